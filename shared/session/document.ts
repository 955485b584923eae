/**
 * The session document: everything the host owns and persists, and every
 * view mirrors. It is the only module that knows every slice; each slice
 * (run-of-show, timer, recommendations, settings) owns its own part.
 */
import type { RunOfShowDoc } from '../run-of-show/model';
import type { TimerState } from '../timer/model';
import type { RecommendationBook } from '../recommendations/model';
import type { SessionSettings } from './settings';

export const FORMAT_VERSION = 1;

export interface SessionDoc extends RunOfShowDoc {
  formatVersion: typeof FORMAT_VERSION;
  timer: TimerState;
  recommendations: RecommendationBook;
  settings: SessionSettings;
}
