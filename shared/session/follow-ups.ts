/**
 * Commands the host issues itself after a command, journaled like any
 * other. A pure rule over the command and the document after it, so the
 * host can finish a follow-up that a crash cut off (it re-runs the rule on
 * the journal's last command at start-up).
 *
 * - A segment goes live while the speaker timer is not running and follows
 *   another segment: the timer loads the live segment's speaker queue.
 */
import type { Command } from './commands';
import type { SessionDoc } from './document';

export function followUps(command: Command, doc: SessionDoc): Command[] {
  if (command.type !== 'segment.setStatus' || command.status !== 'live') return [];
  const { timer } = doc;
  if (timer.clock.runningSince !== null || timer.segmentId === command.segmentId) return [];
  return [{ type: 'timer.select', segmentId: command.segmentId }];
}
