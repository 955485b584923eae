/**
 * Documents saved by earlier versions of this format, brought up to date
 * when the host loads them. Each step is small and idempotent, so a
 * document that is already current passes through unchanged.
 *
 * - Capture drafts were a map by rapporteur name; they are a list now
 *   (recommendations/model.ts says why).
 */
import type { CaptureDraft } from '../recommendations/model';
import type { SessionDoc } from './document';

type Saved = Omit<SessionDoc, 'recommendations'> & {
  recommendations: Omit<SessionDoc['recommendations'], 'drafts'> & { drafts: CaptureDraft[] | Record<string, CaptureDraft> };
};

export function upgradeDocument(saved: Saved): SessionDoc {
  const { drafts } = saved.recommendations;
  if (Array.isArray(drafts)) return saved as SessionDoc;
  return { ...saved, recommendations: { ...saved.recommendations, drafts: Object.values(drafts) } };
}
