/**
 * What a connection may do and see. Every method (contract/methods.ts) and
 * every command (session/handlers.ts) names the scope it needs; the host
 * gives each connection one (electron/host/net/server.ts), and each
 * connection receives only the data its scope may see
 * (contract/scoped-data.ts).
 *
 * - `view`: a projector, stage or read-only view (view token): the timer,
 *   the live segment's public fields, messages and blackout.
 * - `control`: the technician's or chair's remote (control token): the
 *   run-of-show and the timer, never the recommendations.
 * - `rapporteur`: a rapporteur on a second laptop (rapporteur token): the
 *   recommendations, and the agenda they are tagged to, read-only.
 * - `local`: the console on this computer: everything.
 */
export const SCOPES = ['view', 'control', 'rapporteur', 'local'] as const;
export type Scope = (typeof SCOPES)[number];

/** True when a connection holding `held` may do what needs `needed`: local may do all, everyone may view. */
export function allows(held: Scope, needed: Scope): boolean {
  return held === 'local' || held === needed || needed === 'view';
}
