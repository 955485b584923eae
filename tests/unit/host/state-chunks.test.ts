/**
 * A snapshot costs what changed: the host's state cut into chunks
 * (state-chunks.ts), and after each kind of edit, exactly the chunks that
 * a snapshot must write and remove. Then the way back: chunks as the store
 * returns them put together into the same state, with nothing left to
 * write.
 */
import { describe, expect, it } from 'vitest';
import { StateChunks } from '../../../electron/host/session/state-chunks';
import { HISTORY_LIMIT } from '../../../shared/session/history';
import { recShard } from '../../../shared/recommendations/model';
import { FORMAT_VERSION } from '../../../shared/session/document';
import type { IsoDate } from '../../../shared/kernel/units';
import { Story, almaty } from '../helpers';

/** A session with 40 recommendations in many shards, and the chunks a first snapshot saved. */
function sessionWithSnapshot(): { story: Story; chunks: StateChunks; recIds: string[] } {
  const story = new Story();
  const recIds: string[] = [];
  for (let i = 0; i < 40; i++) {
    story.clock.advance(1_000);
    story.apply({ type: 'rec.add', recommendation: { text: `Recommendation ${i}: a regional platform of women mediators` }, author: 'Aigerim' });
    recIds.push(newestRecommendation(story));
  }
  const chunks = new StateChunks();
  chunks.saved(chunks.changesFor(story.state).held);
  return { story, chunks, recIds };
}

/** The id of the recommendation added last. */
function newestRecommendation(story: Story): string {
  let newest: { id: string; createdAt: number } | null = null;
  for (const shard of Object.values(story.doc.recommendations.byShard)) {
    for (const rec of Object.values(shard)) if (newest === null || rec.createdAt > newest.createdAt) newest = rec;
  }
  return newest!.id;
}

const keysOf = (changed: Array<[string, unknown]>) => changed.map(([key]) => key).sort();

describe('what a snapshot writes', () => {
  it('an edit of one recommendation: that record, its past versions (the merge base), the new undo step and the history index, nothing else', () => {
    const { story, chunks, recIds } = sessionWithSnapshot();
    const steps = new Set(chunks.chunksOf(story.state).keys());

    story.apply({ type: 'rec.update', id: recIds[17]!, patch: { text: 'Edited: quotas for women in parliaments' }, author: 'Aigerim' });
    const { changed, removed } = chunks.changesFor(story.state);

    const newStep = keysOf(changed).find((key) => key.startsWith('step.') && !steps.has(key));
    expect(keysOf(changed)).toEqual(['history', `rec.item.${recIds[17]!}`, `rec.past.${recIds[17]!}`, newStep].sort());
    expect(removed).toEqual([]);
  });

  it('a recommendation taken back (its capture undone): its record and past versions removed, nothing of its shard rewritten', () => {
    const { story, chunks, recIds } = sessionWithSnapshot();
    story.clock.advance(1_000);
    story.apply({ type: 'rec.add', recommendation: { text: 'Captured by mistake' }, author: 'Aigerim' });
    const id = newestRecommendation(story);
    story.clock.advance(1_000);
    story.apply({ type: 'rec.update', id, patch: { text: 'Captured by mistake, edited' }, author: 'Aigerim' });
    chunks.saved(chunks.changesFor(story.state).held);
    const neighbours = recIds.filter((other) => recShard(other) === recShard(id));

    story.apply({ type: 'history.undo', scope: 'recommendations', author: 'Aigerim' });
    story.apply({ type: 'history.undo', scope: 'recommendations', author: 'Aigerim' });
    const { changed, removed } = chunks.changesFor(story.state);

    expect(removed.filter((key) => key.startsWith('rec.')).sort()).toEqual([`rec.item.${id}`, `rec.past.${id}`]);
    expect(keysOf(changed).filter((key) => key.startsWith('rec.'))).toEqual([]);
    expect(neighbours.every((other) => story.doc.recommendations.byShard[recShard(other)]![other] !== undefined)).toBe(true);
  });

  it('an edit of one segment: its part under a new key (the old one removed), the parts index and the history', () => {
    const { story, chunks } = sessionWithSnapshot();
    const before = chunks.chunksOf(story.state);
    const partKeys = before.get('doc.parts') as string[];
    const segmentId = story.doc.parts[1]!.segments[0]!.id;

    story.apply({ type: 'segment.update', segmentId, patch: { title: 'Panel discussion, renamed' } });
    const { changed, removed } = chunks.changesFor(story.state);

    const newKeys = keysOf(changed);
    const newPart = (chunks.chunksOf(story.state).get('doc.parts') as string[])[1]!;
    expect(newKeys).toEqual(expect.arrayContaining(['doc.parts', 'history', newPart]));
    expect(newKeys.filter((key) => !['doc.parts', 'history', newPart].includes(key)).every((key) => key.startsWith('step.'))).toBe(true);
    expect(newKeys).toHaveLength(4);
    expect(removed).toEqual([partKeys[1]]);
  });

  it('a timer action: the timer alone (it is in no history)', () => {
    const { story, chunks } = sessionWithSnapshot();
    story.apply({ type: 'timer.select', segmentId: story.doc.parts[0]!.segments[0]!.id });
    story.apply({ type: 'timer.start' });
    expect(keysOf(chunks.changesFor(story.state).changed)).toEqual(['doc.timer']);
  });

  it('a step dropped off the front of a full history is one chunk removed, not the history rewritten', () => {
    const story = new Story();
    for (let i = 0; i < HISTORY_LIMIT; i++) story.apply({ type: 'part.add', title: `Part ${i}` });
    const chunks = new StateChunks();
    const full = chunks.chunksOf(story.state);
    chunks.saved(chunks.changesFor(story.state).held);
    const oldest = (full.get('history') as { runOfShow: { undo: string[] } }).runOfShow.undo[0];

    story.apply({ type: 'part.add', title: 'One more' });
    const { changed, removed } = chunks.changesFor(story.state);

    expect(removed).toEqual([oldest]);
    expect(changed.map(([key]) => key).filter((key) => key.startsWith('step.'))).toHaveLength(1);
    expect(changed).toHaveLength(4);
  });
});

describe('putting a state back together', () => {
  it('gives back the same state, and knows the store already holds all of it', () => {
    const { story, chunks } = sessionWithSnapshot();
    // As the store returns them: through JSON.
    const stored = new Map([...chunks.chunksOf(story.state)].map(([key, value]) => [key, JSON.parse(JSON.stringify(value)) as unknown]));

    const loaded = StateChunks.load(stored);

    expect(loaded.state).toEqual(story.state);
    expect(loaded.chunks.changesFor(loaded.state)).toMatchObject({ changed: [], removed: [] });
  });

  it('numbers new parts and steps after the ones it loaded, and removes chunks nothing refers to', () => {
    const { story, chunks } = sessionWithSnapshot();
    const stored = new Map([...chunks.chunksOf(story.state)].map(([key, value]) => [key, JSON.parse(JSON.stringify(value)) as unknown]));
    stored.set('step.zz', { patches: [], inverse: [], author: '', label: null });

    const loaded = StateChunks.load(stored);
    const { removed } = loaded.chunks.changesFor(loaded.state);
    expect(removed).toEqual(['step.zz']);

    const state = { ...loaded.state, doc: { ...loaded.state.doc, parts: [...loaded.state.doc.parts, { ...loaded.state.doc.parts[0]!, title: 'A copy' }] } };
    const added = loaded.chunks.changesFor(state).changed.map(([key]) => key).find((key) => key.startsWith('part.'))!;
    expect(parseInt(added.slice('part.'.length), 36)).toBeGreaterThan(parseInt('zz', 36));
  });

  it('keeps the published plan and the off-day choice (format 2) across a snapshot', () => {
    const { story, chunks } = sessionWithSnapshot();
    story.apply({ type: 'plan.publish' });
    const published = story.doc.published;
    expect(published).not.toBeNull();
    const state = { ...story.state, doc: { ...story.doc, eventDateKeptOn: '2023-10-17' as IsoDate } };

    expect(keysOf(chunks.changesFor(state).changed)).toEqual(expect.arrayContaining(['doc.published', 'doc.eventDateKeptOn']));
    const stored = new Map([...chunks.chunksOf(state)].map(([key, value]) => [key, JSON.parse(JSON.stringify(value)) as unknown]));
    const loaded = StateChunks.load(stored);
    expect(loaded.state.doc.published).toEqual(published);
    expect(loaded.state.doc.eventDateKeptOn).toBe('2023-10-17');
    expect(loaded.state).toEqual(state);
  });

  it('upgrades a snapshot of format 1 (no doc.format, drafts by name, no plan) and writes the upgraded chunks at the next snapshot', () => {
    const { story, chunks } = sessionWithSnapshot();
    const stored = new Map([...chunks.chunksOf(story.state)].map(([key, value]) => [key, JSON.parse(JSON.stringify(value)) as unknown]));
    const draft = { rapporteur: 'constructor', text: 'Half-typed: a fund for', updatedAt: almaty('09:30') };
    stored.delete('doc.format');
    stored.delete('doc.published');
    stored.delete('doc.eventDateKeptOn');
    stored.set('rec.drafts', { constructor: draft });
    const { untilTime: _untilTime, ...oldTimer } = story.doc.timer;
    stored.set('doc.timer', oldTimer);

    const loaded = StateChunks.load(stored);

    expect(loaded.state.doc).toMatchObject({ formatVersion: FORMAT_VERSION, published: null, eventDateKeptOn: null, timer: { untilTime: null } });
    expect(loaded.state.doc.recommendations.drafts).toEqual([draft]);
    // The records too: an upgrade may change them (issue 15 gave each a roadmap), so they are written in this format.
    const records = Object.values(loaded.state.doc.recommendations.byShard).flatMap((shard) => Object.keys(shard).map((id) => `rec.item.${id}`));
    expect(records).toHaveLength(40);
    expect(keysOf(loaded.chunks.changesFor(loaded.state).changed)).toEqual(['doc.eventDateKeptOn', 'doc.format', 'doc.published', 'doc.timer', 'rec.drafts', ...records].sort());
  });

  it('refuses a snapshot of a newer document format, naming it', () => {
    const { story, chunks } = sessionWithSnapshot();
    const stored = new Map(chunks.chunksOf(story.state));
    stored.set('doc.format', FORMAT_VERSION + 1);
    expect(() => StateChunks.load(stored)).toThrow(`the snapshot's document format (${FORMAT_VERSION + 1}) is not one this version reads (${FORMAT_VERSION})`);
  });

  it('refuses a chunk set that misses a chunk, naming it', () => {
    const { story, chunks } = sessionWithSnapshot();
    const stored = new Map(chunks.chunksOf(story.state));
    stored.delete('doc.timer');
    expect(() => StateChunks.load(stored)).toThrow('the snapshot has no chunk "doc.timer"');
  });
});

describe('chunks saved by earlier versions (issue 15)', () => {
  it('fractional instants, in the record and in its undo steps, come back whole; past versions and the merge summary are kept, and absent ones read empty', () => {
    const { story, chunks, recIds } = sessionWithSnapshot();
    story.apply({ type: 'rec.update', id: recIds[3]!, patch: { status: 'agreed' }, author: 'Aigerim' });
    const saved = new Map(chunks.chunksOf(story.state));
    expect(saved.has(`rec.past.${recIds[3]!}`)).toBe(true);
    // As a version with fractional host time wrote them: every instant 0.75 ms later.
    const fractional = new Map([...saved].map(([key, value]) => [key, JSON.parse(JSON.stringify(value), (_k, v: unknown) => (typeof v === 'number' && v > 1e12 ? v + 0.75 : v)) as unknown]));
    const { state } = StateChunks.load(fractional);
    expect(state).toEqual(story.state);
    expect(JSON.stringify(state.doc.recommendations.past)).toContain(recIds[3]);

    const older = new Map([...saved].filter(([key]) => !key.startsWith('rec.past.')));
    older.delete('rec.merges');
    const { state: before } = StateChunks.load(older);
    expect(before.doc.recommendations.past).toEqual({});
    expect(before.doc.recommendations.merges).toEqual({});
  });
});

describe('a hostile record key in a stored snapshot', () => {
  it('is an own key of its shard, as JSON.parse would make it, never the shard’s prototype', () => {
    const { story, chunks } = sessionWithSnapshot();
    const stored = new Map(chunks.chunksOf(story.state));
    const planted = { id: '__proto__', text: 'planted', polluted: true };
    stored.set('rec.item.__proto__', planted);
    stored.set('rec.past.__proto__', { 1: { text: 'planted' } });

    const { state } = StateChunks.load(stored);

    const { byShard, past } = state.doc.recommendations;
    for (const shards of [byShard, past]) {
      const shard = shards[recShard('__proto__')]! as Record<string, unknown>;
      expect(Object.getPrototypeOf(shard)).toBe(Object.prototype);
      expect(Object.hasOwn(shard, '__proto__')).toBe(true);
      expect((shard as { polluted?: unknown }).polluted).toBeUndefined();
    }
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });
});

describe('a store that keeps the record in shards (before the per-record chunks)', () => {
  /** The chunks as that version wrote them: the record's 256 shards, every past version in one chunk. */
  function asShards(chunks: Map<string, unknown>): Map<string, unknown> {
    const legacy = new Map<string, unknown>();
    const shards: Record<string, Record<string, unknown>> = {};
    const past: Record<string, Record<string, unknown>> = {};
    for (const [key, value] of chunks) {
      if (key.startsWith('rec.item.')) (shards[recShard(key.slice(9))] ??= {})[key.slice(9)] = value;
      else if (key.startsWith('rec.past.')) (past[recShard(key.slice(9))] ??= {})[key.slice(9)] = value;
      else legacy.set(key, value);
    }
    for (const [shard, records] of Object.entries(shards)) legacy.set(`rec.shard.${shard}`, records);
    legacy.set('rec.past', past);
    return new Map([...legacy].map(([key, value]) => [key, JSON.parse(JSON.stringify(value)) as unknown]));
  }

  it('loads as it was, and the next snapshot writes each record and its past and removes the shards, in one change set', () => {
    const { story, chunks, recIds } = sessionWithSnapshot();
    story.apply({ type: 'rec.update', id: recIds[5]!, patch: { status: 'agreed' }, author: 'Aigerim' });
    const legacy = asShards(chunks.chunksOf(story.state));
    const loaded = StateChunks.load(legacy);
    expect(loaded.state).toEqual(story.state);

    const { changed, removed, held } = loaded.chunks.changesFor(loaded.state);
    const legacyKeys = [...legacy.keys()].filter((key) => key.startsWith('rec.shard.') || key === 'rec.past');
    expect(removed.sort()).toEqual(legacyKeys.sort());
    expect(keysOf(changed)).toEqual([...recIds.map((id) => `rec.item.${id}`), `rec.past.${recIds[5]!}`].sort());
    loaded.chunks.saved(held);
    expect(loaded.chunks.changesFor(loaded.state)).toMatchObject({ changed: [], removed: [] });
  });
});
