/**
 * The session document: everything the host owns and persists, and every
 * view mirrors. It is the only module that knows every slice; each slice
 * (run-of-show, timer, recommendations, settings) owns its own part.
 */
import type { RunOfShowDoc } from '../run-of-show/model';
import type { TimerState } from '../timer/model';
import type { RecommendationBook } from '../recommendations/model';
import type { SessionSettings } from './settings';

/** 2: the published plan, the off-day choice and the countdown to a time of day (upgrade.ts reads 1). */
export const FORMAT_VERSION = 2;

export interface SessionDoc extends RunOfShowDoc {
  formatVersion: typeof FORMAT_VERSION;
  timer: TimerState;
  recommendations: RecommendationBook;
  settings: SessionSettings;
}
