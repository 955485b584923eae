/**
 * What a connection may do. Every method (methods.ts) names the scope it
 * needs; the host gives each connection one (electron/host/net/server.ts).
 */
export const SCOPES = ['view', 'control', 'local'] as const;
export type Scope = (typeof SCOPES)[number];

/** What a connection with `held` may call: each scope includes the ones before it. */
export function allows(held: Scope, needed: Scope): boolean {
  return SCOPES.indexOf(held) >= SCOPES.indexOf(needed);
}
