/**
 * The host's refusals in plain words of the interface language. The host
 * answers { code, field, message } in its own (English, technical) words:
 * "patch.participantZones.6.timeZone is not a known IANA time zone". Here
 * the field becomes the name of what the user typed into ("Participants'
 * zones, line 7") and the control to focus, and the message, matched
 * against the host's own wordings (shared/kernel/fields.ts,
 * shared/run-of-show/rules.ts, shared/timer/apply.ts; a unit test ties
 * them), becomes a sentence of the translation files with its figures. What
 * has no plain wording yet keeps the host's words.
 */
import type { TFunction } from 'i18next';
import type { CommandError } from '../../../shared/kernel/errors';
import type { EnglishMessages } from '../../../shared/i18n/locales/en';

/** The form control a field path points at, and the line in it (1-based) for the list fields. */
export interface FieldTarget {
  control: string;
  line: number | null;
}

/** The form controls a refusal can point at; each has its name in the translation files (refusal.where). */
const CONTROLS = ['title', 'venue', 'date', 'dayStart', 'timeZone', 'organizers', 'zones', 'hardStart', 'minutes', 'warning', 'final', 'chair', 'notes', 'name', 'organization', 'allotted', 'setTime', 'backAt'] as const;
type Control = (typeof CONTROLS)[number];

/** Field names of the commands, by the form control that edits them. */
const CONTROL_OF = new Map<string, Control>([
  ['participantZones', 'zones'],
  ['plannedDurationMs', 'minutes'],
  ['warningMs', 'warning'],
  ['finalMs', 'final'],
  ['allottedMs', 'allotted'],
  ['durationMs', 'setTime'],
  ['time', 'backAt'],
]);

const isControl = (name: string): name is Control => (CONTROLS as readonly string[]).includes(name);

/**
 * The form control for a refused field: "patch.participantZones.6.timeZone"
 * is line 7 of "zones", "durationMs" (timer.set) the Set time box. Null
 * when the field is nothing the user typed (a scope, an id).
 */
export function fieldTarget(field: string): FieldTarget | null {
  const parts = field.split('.');
  const [name, index] = parts.length > 1 ? parts.slice(1) : parts;
  if (name === undefined) return null;
  const control = CONTROL_OF.get(name) ?? name;
  if (!isControl(control)) return null;
  const line = index !== undefined && /^\d+$/.test(index) ? Number(index) + 1 : null;
  return { control, line };
}

/** Where the refusal is, in the words of the forms. */
function where(t: TFunction, target: FieldTarget | null): string | null {
  if (target === null) return null;
  const place = t(`refusal.where.${target.control as Control}`);
  return target.line === null ? place : t('refusal.line', { place, line: target.line });
}

type Problem = { pattern: RegExp; key: keyof EnglishMessages['refusal']['problem']; params?: (m: RegExpMatchArray) => Record<string, string> };

/** The host's wordings and the plain sentence for each (figures taken from the host's words). */
const PROBLEMS: Problem[] = [
  { pattern: /^must not be empty$/, key: 'empty' },
  { pattern: /^must be at most (\d+) characters$/, key: 'tooLong', params: (m) => ({ max: m[1]! }) },
  { pattern: /^must list at most (\d+)$/, key: 'tooMany', params: (m) => ({ max: m[1]! }) },
  { pattern: /^(must be a date as YYYY-MM-DD|is not a calendar date|must be between \S+ and \S+)$/, key: 'date' },
  { pattern: /^must be a time of day as HH:mm/, key: 'timeOfDay' },
  { pattern: /^is not a known IANA time zone/, key: 'zoneUnknown' },
  { pattern: /^lists "(.+)" a second time \(line (\d+) has it\)/, key: 'placeTwice', params: (m) => ({ place: m[1]!, line: m[2]! }) },
  {
    pattern: /^(\d\d:\d\d)(?: \(.+\))? does not exist on (\S+) in (\S+): the clocks go forward from (\d\d:\d\d) to (\d\d:\d\d)$/,
    key: 'timeSkipped',
    params: (m) => ({ time: m[1]!, date: m[2]!, zone: m[3]!, from: m[4]!, to: m[5]! }),
  },
  { pattern: /^(\d\d:\d\d) \("(.+)"\) is before (\d\d:\d\d) \((?:"(.+)"|the start of the day)\); hard starts/, key: 'hardStartOrder', params: (m) => ({ time: m[1]!, before: m[3]! }) },
  { pattern: /^must be at least (\d+) minutes?$/, key: 'atLeastMinutes', params: (m) => ({ count: m[1]! }) },
  { pattern: /^must be at least (\d+) seconds?$/, key: 'atLeastSeconds', params: (m) => ({ count: m[1]! }) },
  { pattern: /^must be at most (\d+) hours$/, key: 'atMostHours', params: (m) => ({ count: m[1]! }) },
  { pattern: /^must be (a number|whole)/, key: 'number' },
  { pattern: /^the final phase \((\S+) left\) must begin after the warning phase \((\S+) left\)/, key: 'finalAfterWarning', params: (m) => ({ final: m[1]!, warning: m[2]! }) },
  { pattern: /^the warning \((\S+) left\) must begin after "(.+)" has started \((\S+) allotted\)/, key: 'warningTooLong', params: (m) => ({ warning: m[1]!, name: m[2]!, allotted: m[3]! }) },
  { pattern: /^"(.+)" needs more time \((\S+)\) than the segment's warning \((\S+) left\)/, key: 'speakerTooShort', params: (m) => ({ name: m[1]!, allotted: m[2]!, warning: m[3]! }) },
  { pattern: /^would make the allotted time over \d+ hours \((\S+) already spoken\): at most (\S+) can be left$/, key: 'setOverCap', params: (m) => ({ spoken: m[1]!, left: m[2]! }) },
  { pattern: /^would make the allotted time over \d+ hours$/, key: 'adjustOverCap' },
  { pattern: /^would make the allotted time negative/, key: 'adjustNegative' },
  { pattern: /^(\d\d:\d\d) has already passed today in (\S+) \(it is (\d\d:\d\d)\)$/, key: 'timePassed', params: (m) => ({ time: m[1]!, zone: m[2]!, now: m[3]! }) },
  { pattern: /^(\d\d:\d\d) is more than \d+ hours away/, key: 'timeTooFar', params: (m) => ({ time: m[1]! }) },
  { pattern: /^a countdown to (\S+) can not be paused/, key: 'countdownNoPause', params: (m) => ({ time: m[1]! }) },
  { pattern: /^a countdown to (\S+) moves only by choosing another time/, key: 'countdownNoAdjust', params: (m) => ({ time: m[1]! }) },
  { pattern: /^a countdown to (\S+) has no start to go back to/, key: 'countdownNoReset', params: (m) => ({ time: m[1]! }) },
];

/** The refusal as the user should read it, in the interface language. */
export function refusalText(t: TFunction, error: CommandError): string {
  for (const problem of PROBLEMS) {
    const match = problem.pattern.exec(error.message);
    if (!match) continue;
    // The figures vary by problem; the translation files' tests check each sentence's placeholders.
    const sentence = (t as unknown as (key: string, options: Record<string, string>) => string)(`refusal.problem.${problem.key}`, problem.params?.(match) ?? {});
    const place = where(t, fieldTarget(error.field));
    return place === null ? sentence : t('refusal.at', { place, problem: sentence });
  }
  // A state the user did not type (nothing to undo, a segment gone) needs no field name.
  return error.code === 'invalid' ? `${error.field} ${error.message}` : error.message;
}
