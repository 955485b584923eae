/** Commands of the speaker timer (see model.ts and apply.ts). */
import { z } from 'zod';
import { id, plainText, timeOfDay, wholeMs } from '../kernel/fields';
import { LIMITS } from '../kernel/limits';
import type { OfType } from '../kernel/command-context';
import { PRESET_MESSAGES } from './model';

export const MESSAGE_MAX_CHARS = 200;

const adjustMs = z
  .number('must be a number of milliseconds')
  .int('must be whole milliseconds')
  .refine((v) => v !== 0, 'must not be zero')
  .refine((v) => Math.abs(v) <= 60 * 60_000, 'must be at most one hour either way');

export const timerCommands = [
  z.strictObject({ type: z.literal('timer.select'), segmentId: id, speakerId: id.nullable().optional() }),
  z.strictObject({ type: z.literal('timer.start') }),
  z.strictObject({ type: z.literal('timer.pause') }),
  z.strictObject({ type: z.literal('timer.reset') }),
  z.strictObject({ type: z.literal('timer.next') }),
  z.strictObject({ type: z.literal('timer.previous') }),
  z.strictObject({ type: z.literal('timer.adjust'), deltaMs: adjustMs }),
  z.strictObject({ type: z.literal('timer.set'), durationMs: wholeMs(LIMITS.speakerMaxMs, 0) }),
  z.strictObject({
    type: z.literal('timer.intervention'),
    label: plainText().trim().min(1, 'must not be empty').max(LIMITS.nameChars, `must be at most ${LIMITS.nameChars} characters`),
  }),
  z.strictObject({
    type: z.literal('timer.message'),
    text: plainText().trim().min(1, 'must not be empty').max(MESSAGE_MAX_CHARS, `must be at most ${MESSAGE_MAX_CHARS} characters`),
    flash: z.boolean('must be true or false'),
    preset: z.enum(PRESET_MESSAGES, `must be one of: ${PRESET_MESSAGES.join(', ')}`).optional(),
  }),
  z.strictObject({ type: z.literal('timer.clearMessage') }),
  z.strictObject({ type: z.literal('timer.blackout'), on: z.boolean('must be true or false') }),
  z.strictObject({ type: z.literal('timer.showTimeOfDay'), on: z.boolean('must be true or false') }),
  z.strictObject({ type: z.literal('timer.settings'), autoAdvance: z.boolean().optional(), chime: z.boolean().optional() }),
  z.strictObject({ type: z.literal('timer.countdownTo'), time: timeOfDay }),
] as const;

export type TimerCommand = z.infer<(typeof timerCommands)[number]>;
export type TimerCommandOf<T extends TimerCommand['type']> = OfType<TimerCommand, T>;
