/**
 * Documents saved by earlier versions of this format, brought up to date
 * when the host loads them. Each step is small and idempotent, so a
 * document that is already current passes through unchanged.
 *
 * - Capture drafts were a map by rapporteur name; they are a list now
 *   (recommendations/model.ts says why).
 * - Instants had fractions of a millisecond (kernel/host-clock.ts): they are
 *   rounded down, in the document and in the undo history alike, so an
 *   undo step still finds what it wrote, and a version stamp equals its
 *   exported copy.
 */
import type { CaptureDraft } from '../recommendations/model';
import { wholeMilliseconds } from '../kernel/host-clock';
import type { SessionDoc } from './document';
import type { SessionState } from './reducer';

type Saved = Omit<SessionDoc, 'recommendations'> & {
  recommendations: Omit<SessionDoc['recommendations'], 'drafts'> & { drafts: CaptureDraft[] | Record<string, CaptureDraft> };
};

export function upgradeDocument(saved: Saved): SessionDoc {
  const { drafts } = saved.recommendations;
  const doc = Array.isArray(drafts) ? (saved as SessionDoc) : { ...saved, recommendations: { ...saved.recommendations, drafts: Object.values(drafts) } };
  return wholeMilliseconds(doc);
}

/** A saved state (document and history) brought up to date. */
export function upgradeState(saved: { doc: Saved; history: SessionState['history'] }): SessionState {
  return { doc: upgradeDocument(saved.doc), history: wholeMilliseconds(saved.history) };
}
