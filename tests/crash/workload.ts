/**
 * The command stream: a realistic mix of a conference day (run-of-show
 * edits, speaker timer actions, recommendations and capture drafts), every
 * value unique to its command. Each command comes with what it writes to
 * the projection (model.ts) and what it does to the timer's clock, so the
 * harness knows its effect whether or not it is ever acknowledged.
 *
 * Commands are chosen so the host accepts them all (a "next" only when
 * there is a next speaker, no "done" on a skipped segment, ...): a
 * rejection means the model and the host disagree, and the run fails.
 */
import type { Command } from '../../shared/session/commands';
import { ATTENDANCE, SEGMENT_KINDS, type SegmentStatus } from '../../shared/run-of-show/model';
import { COUNTRIES } from '../../shared/kernel/countries';
import { EDITABLE_STATUSES } from '../../shared/recommendations/commands';
import { ADDRESSEES, EXPECTED_OUTCOMES, OBJECTIVES, PRIORITIES, REC_COUNTRIES, WPS_PILLARS, emptyRoadmap } from '../../shared/recommendations/model';
import { addedSegmentValue, recValue, speakerValue, type RecFields, type SegmentModel, type SessionModel, type Writes } from './model';
import type { Random } from './random';
import {
  CHAIRS,
  longText,
  NOTES,
  ORGANIZATIONS,
  PART_TITLES,
  RAPPORTEURS,
  REC_TITLES,
  RECOMMENDATIONS,
  SEGMENT_TITLES,
  SPEAKER_NAMES,
  TAGS,
  tagged,
  TIMER_MESSAGES,
} from './texts';

export interface TimerClock {
  durationMs: number;
  accumulatedMs: number;
  runningSince: number | null;
}

/**
 * What a command does to the timer's clock: nothing, sets it to a known
 * value, changes the allotted time, or depends on the host-time instant
 * `at` the host applies it (start, pause, next while running).
 */
export type ClockEffect =
  | { kind: 'none' }
  | { kind: 'set'; clock: TimerClock }
  | { kind: 'adjust'; deltaMs: number }
  | { kind: 'timed'; apply: (clock: TimerClock, at: number) => TimerClock };

export interface Planned {
  command: Command;
  writes: Writes;
  clock: ClockEffect;
  /** The host journals a follow-up after it (Go live loading the timer): seeing its first event does not mean it is complete. */
  followUp?: boolean;
}

const NONE: ClockEffect = { kind: 'none' };
const ADJUSTS = [-60_000, -30_000, -15_000, 15_000, 30_000, 60_000, 120_000];
/** A speaker's time counts up (0) or is longer than the segment's warning (1 min by default): the host refuses a time within it. */
const ALLOTTED = [0, 90_000, 120_000, 180_000, 300_000, 420_000];
const PLANNED = [5, 10, 15, 20, 30, 45].map((m) => m * 60_000);
const FOUR_HOURS = 4 * 60 * 60_000;

const WEIGHTS = {
  'segment.update': 12,
  'speaker.add': 8,
  'part.add': 3,
  'segment.add': 5,
  'segment.setStatus': 8,
  'timer.select': 2,
  'timer.start': 14,
  'timer.pause': 2,
  'timer.adjust': 8,
  'timer.next': 6,
  'timer.message': 5,
  'rec.add': 16,
  'rec.update': 5,
  'rec.draft': 5,
};
type Kind = keyof typeof WEIGHTS;

export class Workload {
  constructor(private readonly rng: Random) {}

  /** The next command (number n, which tags its values), applied to the model. */
  next(model: SessionModel, n: number): Planned {
    for (;;) {
      const planned = this.make(this.rng.weighted(WEIGHTS), model, n);
      if (planned) return planned;
    }
  }

  /**
   * A Go live the host follows with a timer.select (journaled as a second
   * entry): a pause first when the timer runs, then the Go live.
   */
  followedGoLive(model: SessionModel, n: number): Planned {
    if (model.timer.running) return this.make('timer.pause', model, n)!;
    const others = model.segments.filter((s) => s.id !== model.timer.segmentId && s.status !== 'live');
    if (others.length === 0) return this.next(model, n);
    const writes: Writes = new Map();
    return this.setStatus(model, writes, (command, clock = NONE) => ({ command, writes, clock }), this.rng.pick(others));
  }

  private make(kind: Kind, model: SessionModel, n: number): Planned | null {
    const { rng } = this;
    const writes: Writes = new Map();
    const plan = (command: Command, clock: ClockEffect = NONE): Planned => ({ command, writes, clock });
    switch (kind) {
      case 'segment.update': {
        const segment = rng.pick(model.segments);
        const title = tagged(rng.pick(SEGMENT_TITLES), n);
        const notes = tagged(rng.pick(NOTES), n);
        model.write(writes, `segment:${segment.id}:title`, title);
        model.write(writes, `segment:${segment.id}:notes`, notes);
        return plan({ type: 'segment.update', segmentId: segment.id, patch: { title, notes } });
      }
      case 'speaker.add': {
        const segment = rng.pick(model.segments);
        const speaker = {
          name: tagged(rng.pick(SPEAKER_NAMES), n),
          organization: rng.pick(ORGANIZATIONS),
          country: rng.pick(COUNTRIES),
          attendance: rng.pick(ATTENDANCE),
          allottedMs: rng.pick(ALLOTTED),
        };
        segment.speakers.push({ id: null, name: speaker.name, allottedMs: speaker.allottedMs });
        model.addEntry(writes, `speaker:${speaker.name}`, speakerValue(segment.id, speaker));
        return plan({ type: 'speaker.add', segmentId: segment.id, speaker });
      }
      case 'part.add': {
        const title = tagged(rng.pick(PART_TITLES), n);
        model.addEntry(writes, `part:${title}`, 'part');
        return plan({ type: 'part.add', title });
      }
      case 'segment.add': {
        const part = rng.pick(model.parts);
        const segment = {
          title: tagged(rng.pick(SEGMENT_TITLES), n),
          chair: tagged(rng.pick(CHAIRS), n),
          kind: rng.pick(SEGMENT_KINDS),
          plannedDurationMs: rng.pick(PLANNED),
        };
        model.addEntry(writes, `chair:${segment.chair}`, addedSegmentValue(part.title, segment));
        return plan({ type: 'segment.add', partId: part.id, segment });
      }
      case 'segment.setStatus':
        return this.setStatus(model, writes, plan);
      case 'timer.select': {
        const withSpeakers = model.segments.filter((s) => s.speakers.length > 0);
        const segment = rng.pick(withSpeakers.length > 0 && rng.chance(0.85) ? withSpeakers : model.segments);
        return plan({ type: 'timer.select', segmentId: segment.id }, select(model, segment, writes));
      }
      case 'timer.start': {
        if (model.timer.segmentId === null) return null;
        if (model.timer.running) return plan({ type: 'timer.start' });
        model.timer.running = true;
        model.writeTimer(writes);
        return plan({ type: 'timer.start' }, { kind: 'timed', apply: (clock, at) => ({ ...clock, runningSince: at }) });
      }
      case 'timer.pause': {
        if (!model.timer.running) return plan({ type: 'timer.pause' });
        model.timer.running = false;
        model.writeTimer(writes);
        return plan({ type: 'timer.pause' }, { kind: 'timed', apply: (clock, at) => ({ ...clock, accumulatedMs: clock.accumulatedMs + Math.max(0, at - (clock.runningSince ?? at)), runningSince: null }) });
      }
      case 'timer.adjust': {
        const { timer } = model;
        if (timer.segmentId === null || timer.mode !== 'countdown') return null;
        const deltas = ADJUSTS.filter((d) => timer.durationMs + d >= 0 && timer.durationMs + d <= FOUR_HOURS);
        const deltaMs = rng.pick(deltas);
        timer.durationMs += deltaMs;
        model.writeTimer(writes);
        return plan({ type: 'timer.adjust', deltaMs }, { kind: 'adjust', deltaMs });
      }
      case 'timer.next': {
        const { timer } = model;
        const segment = model.segments.find((s) => s.id === timer.segmentId);
        const speaker = segment?.speakers[timer.speakerIndex + 1];
        if (!speaker) return null;
        timer.speakerIndex++;
        timer.mode = speaker.allottedMs > 0 ? 'countdown' : 'countup';
        timer.durationMs = speaker.allottedMs;
        model.writeTimer(writes);
        const loaded = { durationMs: speaker.allottedMs, accumulatedMs: 0 };
        const clock: ClockEffect = timer.running ? { kind: 'timed', apply: (_, at) => ({ ...loaded, runningSince: at }) } : { kind: 'set', clock: { ...loaded, runningSince: null } };
        return plan({ type: 'timer.next' }, clock);
      }
      case 'timer.message': {
        const text = tagged(rng.pick(TIMER_MESSAGES), n);
        const flash = rng.chance(0.3);
        model.write(writes, 'timer:message', `${flash}|${text}`);
        return plan({ type: 'timer.message', text, flash });
      }
      case 'rec.add':
        return this.addRecommendation(model, writes, n, plan);
      case 'rec.update': {
        const open = model.recs.filter((r) => r.fields.status !== 'merged' && model.projection.get(`rec:${r.fields.text}`) === JSON.stringify([recValue(r.fields)]));
        if (open.length === 0) return null;
        const rec = rng.pick(open);
        const patch = { status: rng.pick(EDITABLE_STATUSES), ...(rng.chance(0.5) ? { priority: rng.pick(PRIORITIES) } : {}) };
        rec.fields = { ...rec.fields, ...patch };
        model.write(writes, `rec:${rec.fields.text}`, JSON.stringify([recValue(rec.fields)]));
        return plan({ type: 'rec.update', id: rec.id, patch });
      }
      case 'rec.draft': {
        const rapporteur = rng.pick(RAPPORTEURS);
        const typed = tagged(rng.pick(RECOMMENDATIONS), n);
        const letters = Array.from(typed);
        const text = rng.chance(0.25) ? '' : letters.slice(0, rng.int(1, letters.length)).join('').trimEnd();
        model.write(writes, `draft:${rapporteur}`, text === '' ? null : text);
        return plan({ type: 'rec.draft', rapporteur, text });
      }
    }
  }

  /**
   * Go live (the previous live segment becomes done, and a stopped timer
   * follows the new live segment: a follow-up timer.select the host
   * journals itself), or mark done, planned or skipped.
   */
  private setStatus(model: SessionModel, writes: Writes, plan: (command: Command, clock?: ClockEffect) => Planned, live?: SegmentModel): Planned {
    const segment = live ?? this.rng.pick(model.segments);
    let status = live ? 'live' : this.rng.weighted<SegmentStatus>({ live: 6, done: 2, planned: 1, skipped: 1 });
    if (status === 'done' && segment.status === 'skipped') status = 'planned';
    if (status === 'skipped' && segment.status === 'live') status = 'done';
    const setTo = (s: SegmentModel, value: SegmentStatus) => {
      s.status = value;
      model.write(writes, `segment:${s.id}:status`, value);
    };
    if (segment.status !== status) {
      const live = model.segments.find((s) => s.status === 'live');
      if (status === 'live' && live) setTo(live, 'done');
      setTo(segment, status);
    }
    const follows = status === 'live' && !model.timer.running && model.timer.segmentId !== segment.id;
    // The example is dated 2023: Go live says once to run against that date (the host asks otherwise).
    const command: Command = status === 'live' ? { type: 'segment.setStatus', segmentId: segment.id, status, offDay: 'keepEventDate' } : { type: 'segment.setStatus', segmentId: segment.id, status };
    return { ...plan(command, follows ? select(model, segment, writes) : NONE), followUp: follows };
  }

  private addRecommendation(model: SessionModel, writes: Writes, n: number, plan: (command: Command) => Planned): Planned {
    const { rng } = this;
    const segment = rng.chance(0.8) ? rng.pick(model.segments) : null;
    const known = segment?.speakers.filter((s) => s.id !== null) ?? [];
    const speakerId = known.length > 0 && rng.chance(0.6) ? rng.pick(known).id : null;
    const text = tagged(rng.chance(0.05) ? longText(RECOMMENDATIONS, n) : rng.pick(RECOMMENDATIONS), n);
    const captured = { text, segmentId: segment?.id ?? null, speakerId, rapporteur: rng.pick(RAPPORTEURS) };
    const detailed = rng.chance(0.5)
      ? {
          title: rng.pick(REC_TITLES),
          pillar: rng.pick(WPS_PILLARS),
          objective: rng.pick(OBJECTIVES),
          outcome: rng.chance(0.5) ? rng.pick(EXPECTED_OUTCOMES) : null,
          countries: rng.subset(REC_COUNTRIES),
          addressees: rng.subset(ADDRESSEES),
          status: rng.pick(EDITABLE_STATUSES),
          priority: rng.pick(PRIORITIES),
          tags: rng.subset(TAGS),
        }
      : {};
    const fields: RecFields = {
      title: '',
      pillar: null,
      objective: null,
      outcome: null,
      countries: [],
      addressees: [],
      status: 'draft',
      priority: null,
      tags: [],
      mergedInto: null,
      roadmap: emptyRoadmap(),
      ...captured,
      ...detailed,
    };
    model.addEntry(writes, `rec:${text}`, recValue(fields));
    return plan({ type: 'rec.add', recommendation: { ...captured, ...detailed } });
  }
}

/** timer.select: the segment's first speaker, loaded stopped. */
function select(model: SessionModel, segment: SegmentModel, writes: Writes): ClockEffect {
  const first = segment.speakers[0];
  const durationMs = first?.allottedMs ?? 0;
  model.timer = { segmentId: segment.id, speakerIndex: first ? 0 : -1, running: false, mode: first && first.allottedMs > 0 ? 'countdown' : 'countup', durationMs };
  model.writeTimer(writes);
  return { kind: 'set', clock: { durationMs, accumulatedMs: 0, runningSince: null } };
}
