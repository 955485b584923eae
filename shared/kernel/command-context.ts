/**
 * What an applier may know beyond the command: the host time it is applied
 * at, the venue's date, and new ids. The host fills it from its clock (or,
 * on replay, from the journal), so applying a command is pure and a replay
 * gives the same document.
 */
import type { EpochMs, IsoDate } from './units';

export interface CommandContext {
  now: EpochMs;
  newId: () => string;
  /** Today's date in the venue zone, for a blank session. */
  today: IsoDate;
  /**
   * Only when replaying a journal entry written before the example's ids
   * were fixed (it recorded the random ids it took): the example takes
   * those again, so the commands after it still find their segments.
   */
  recordedExampleIds?: () => string;
}

/** The member of a command union with a given type. */
export type OfType<C extends { type: string }, T extends C['type']> = Extract<C, { type: T }>;
