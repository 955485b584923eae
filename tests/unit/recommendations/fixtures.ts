/**
 * Fixtures for the rapporteur's tests: a rapporteur's session driven the way
 * the host drives it (one clock, ids shaped like the host's UUIDs), and the
 * published JSON Schema compiled by an independent validator (ajv 2020).
 */
import { Ajv2020 } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { expect } from 'vitest';
import type { Command } from '../../../shared/session/commands';
import { createExampleSession } from '../../../shared/session/example-session';
import type { SessionDoc } from '../../../shared/session/document';
import { allRecommendations, getRecommendation, type Recommendation } from '../../../shared/recommendations/model';
import { applyCommand, type SessionState, type Transition } from '../../../shared/session/reducer';
import { emptyHistory } from '../../../shared/session/history';
import type { EpochMs } from '../../../shared/kernel/units';
import schema from '../../../shared/recommendations/files/recommendations-export.schema.json';
import { CONFERENCE_DAY, almaty, manualClock, segmentIdByTitle, type ManualClock } from '../helpers';

/** UUID-shaped ids from a counter: "00000001-0000-4000-8000-000000000001", ... */
export function uuidIds(seed: number): () => string {
  let next = 0;
  const head = seed.toString(16).padStart(8, '0');
  return () => `${head}-0000-4000-8000-${(++next).toString(16).padStart(12, '0')}`;
}

/** One rapporteur's session: their own run-of-show ids, their own clock. */
export class Rapporteur {
  state: SessionState;
  readonly clock: ManualClock;
  private readonly newId: () => string;

  constructor(seed = 1, start: EpochMs = almaty('10:00')) {
    this.newId = uuidIds(seed);
    this.state = { doc: createExampleSession(uuidIds(seed + 1000)), history: emptyHistory() };
    this.clock = manualClock(start);
  }

  get doc(): SessionDoc {
    return this.state.doc;
  }

  apply(command: Command): Transition {
    const transition = applyCommand(this.state, command, { now: this.clock.now(), newId: this.newId, today: CONFERENCE_DAY });
    this.state = transition.state;
    return transition;
  }

  /** Adds a recommendation a minute from now; returns its id. */
  add(text: string, fields: Omit<Extract<Command, { type: 'rec.add' }>['recommendation'], 'text'> = {}): string {
    this.clock.advance(60_000);
    const before = new Set(this.recs.map((r) => r.id));
    this.apply({ type: 'rec.add', recommendation: { text, ...fields } });
    const id = this.recs.map((r) => r.id).find((key) => !before.has(key));
    if (id === undefined) throw new Error('rec.add added nothing');
    return id;
  }

  /** Edits a recommendation a minute from now. */
  edit(id: string, patch: Extract<Command, { type: 'rec.update' }>['patch']): void {
    this.clock.advance(60_000);
    this.apply({ type: 'rec.update', id, patch });
  }

  rec(id: string): Recommendation {
    const rec = getRecommendation(this.doc.recommendations, id);
    if (!rec) throw new Error(`no recommendation ${id}`);
    return rec;
  }

  segment(titleStart: string): string {
    return segmentIdByTitle(this.doc, titleStart);
  }

  get recs(): Recommendation[] {
    return allRecommendations(this.doc.recommendations);
  }
}

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const validate = ajv.compile(schema);

/** Asserts that an export (as parsed JSON) is valid against the published schema. */
export function expectValidExport(data: unknown): void {
  const valid = validate(data);
  expect(validate.errors ?? [], 'schema errors').toEqual([]);
  expect(valid).toBe(true);
}

/** The schema's verdict, for tests of invalid documents. */
export function schemaAccepts(data: unknown): boolean {
  return validate(data) === true;
}
