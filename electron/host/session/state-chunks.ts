/**
 * How the host cuts its state into the store's snapshot chunks, and puts it
 * back together at open. A snapshot writes only the chunks whose object
 * changed since the last one (the document is immutable, with structural
 * sharing: an edit gives new objects only along its path), so its cost is
 * what changed, not the size of the session.
 *
 * Chunks
 *   doc.format                           the document's format (FORMAT_VERSION); none = 1
 *   doc.event, doc.timer, doc.settings   one object each
 *   doc.published, doc.eventDateKeptOn   the published plan, the off-day choice (format 2)
 *   doc.parts                            the keys of the parts' chunks, in order (an index)
 *   part.<n>                             one part with its segments and speakers
 *   rec.item.<id>                        one recommendation
 *   rec.past.<id>                        one recommendation's past versions (merge bases, versions.ts)
 *   rec.conflicts, rec.drafts, rec.foreign
 *   rec.merges                           the merge summary (issue 15)
 *   history                              per scope, the keys of the undo and redo steps (an index)
 *   step.<n>                             one undo / redo step with its patches
 *
 * A part or a step is numbered (<n>, base 36) the first time this host sees
 * the object; an edited part is a new object, so it is saved under a new
 * number and its old chunk removed. Steps keep their number for life, so
 * the history costs one chunk per new step however long it is, and one
 * dropped off the front (the history's limit) is one chunk removed.
 * Indexes are compared by value (they are rebuilt each time), the other
 * chunks by identity. A recommendation and its past versions are a chunk
 * each, so a snapshot after an edit writes that record (a kilobyte), not
 * its shard of the record (tens of kilobytes at 10,000 recommendations) or
 * every record's past; they are found by the document's own shards (an
 * unchanged shard object has no changed record), never by a walk of the
 * whole record.
 *
 * Earlier stores hold the record as its 256 shards (`rec.shard.<xx>`) and
 * every past version in one chunk (`rec.past`): they load as before, and
 * the next snapshot rewrites them as records and removes the old chunks,
 * in one transaction.
 *
 * A snapshot of an earlier format is upgraded at load (shared/session/
 * upgrade.ts upgradeDocument); the chunks the upgrade changed are not taken
 * as held, so the next snapshot writes them in the current format, with
 * doc.format, in one transaction.
 */
import { FORMAT_VERSION } from '../../../shared/session/document';
import { upgradeDocument, upgradeSteps } from '../../../shared/session/upgrade';
import { HISTORY_SCOPES, type HistoryScope } from '../../../shared/session/commands';
import { emptyHistory, restoreEntry, restoreHistory, type History, type HistoryEntry } from '../../../shared/session/history';
import { recShard, type RecommendationBook } from '../../../shared/recommendations/model';
import type { Part } from '../../../shared/run-of-show/model';
import type { SessionState } from '../../../shared/session/reducer';

type Chunks = Map<string, unknown>;
type HistoryIndex = Record<HistoryScope, { undo: string[]; redo: string[] }>;

const SHARD_KEY = /^rec\.shard\.([0-9a-f]{2})$/;
const RECORD_PREFIX = 'rec.item.';
const PAST_PREFIX = 'rec.past.';
/** The legacy chunk of every record's past versions (before the per-record chunks). */
const LEGACY_PAST_KEY = 'rec.past';
const NUMBERED_KEY = /^(part|step)\.([0-9a-z]+)$/;
const INDEX_KEYS = new Set(['doc.parts', 'history']);
/** The chunks upgradeDocument may give new values. */
const UPGRADED_KEYS = new Set(['doc.format', 'doc.timer', 'doc.published', 'doc.eventDateKeptOn', 'rec.drafts']);

type Shards = Readonly<Record<string, Readonly<Record<string, unknown>>>>;

/** What the store holds, as a tracker remembers it. */
export interface Held {
  /** The chunks other than records and past versions: key -> the object saved, or for an index its JSON. */
  chunks: Chunks;
  /** The record's shards and past versions' shards as saved: an identical shard object has every record in it saved. */
  records: Shards;
  past: Shards;
}

export interface ChunkChanges {
  changed: Array<[string, unknown]>;
  removed: string[];
  /** What the store holds once it has these changes: pass it to `saved` then. */
  held: Held;
}

const NOTHING_HELD: Held = { chunks: new Map(), records: {}, past: {} };

/** The record chunks (`prefix` + id) that differ between two versions of the shards, found by shard identity. */
function diffShards(before: Shards, after: Shards, prefix: string, changed: Array<[string, unknown]>, removed: string[]): void {
  for (const [shard, items] of Object.entries(after)) {
    const old = Object.hasOwn(before, shard) ? before[shard] : undefined;
    if (old === items) continue;
    for (const [id, item] of Object.entries(items)) if (old === undefined || !Object.hasOwn(old, id) || old[id] !== item) changed.push([prefix + id, item]);
    if (old !== undefined) for (const id of Object.keys(old)) if (!Object.hasOwn(items, id)) removed.push(prefix + id);
  }
  for (const [shard, old] of Object.entries(before)) if (!Object.hasOwn(after, shard)) for (const id of Object.keys(old)) removed.push(prefix + id);
}

/**
 * Puts a stored record into its shard as an own key, as JSON.parse makes
 * every key, so a stored key such as `__proto__` stays a key and never
 * becomes the shard's prototype.
 */
function putOwn(shards: Record<string, Record<string, unknown>>, id: string, value: unknown): void {
  const shard = (shards[recShard(id)] ??= {});
  Object.defineProperty(shard, id, { value, enumerable: true, writable: true, configurable: true });
}

export class StateChunks {
  private readonly numbers = new WeakMap<object, string>();
  private next = 0;
  private held: Held = NOTHING_HELD;

  private keyOf(prefix: 'part' | 'step', item: object): string {
    let key = this.numbers.get(item);
    if (key === undefined) {
      key = `${prefix}.${(this.next++).toString(36)}`;
      this.numbers.set(item, key);
    }
    return key;
  }

  /** Every chunk of `state` (references into it; nothing is copied). */
  chunksOf(state: SessionState): Chunks {
    const chunks = this.baseChunksOf(state);
    const { byShard, past } = state.doc.recommendations;
    for (const [prefix, shards] of [[RECORD_PREFIX, byShard], [PAST_PREFIX, past]] as const) {
      for (const items of Object.values(shards)) for (const [id, item] of Object.entries(items)) chunks.set(prefix + id, item);
    }
    return chunks;
  }

  /** The chunks of `state` other than the records and their past versions. */
  private baseChunksOf(state: SessionState): Chunks {
    const { doc, history } = state;
    const chunks: Chunks = new Map();
    chunks.set('doc.format', doc.formatVersion);
    chunks.set('doc.event', doc.event);
    chunks.set('doc.published', doc.published);
    chunks.set('doc.eventDateKeptOn', doc.eventDateKeptOn);
    chunks.set('doc.timer', doc.timer);
    chunks.set('doc.settings', doc.settings);
    const partKeys = doc.parts.map((part) => {
      const key = this.keyOf('part', part);
      chunks.set(key, part);
      return key;
    });
    chunks.set('doc.parts', partKeys);
    const { conflicts, drafts, foreign, merges } = doc.recommendations;
    chunks.set('rec.conflicts', conflicts);
    chunks.set('rec.drafts', drafts);
    chunks.set('rec.foreign', foreign);
    chunks.set('rec.merges', merges);
    const index = {} as HistoryIndex;
    for (const scope of HISTORY_SCOPES) {
      const list = (entries: readonly HistoryEntry[]) =>
        entries.map((entry) => {
          const key = this.keyOf('step', entry);
          chunks.set(key, entry);
          return key;
        });
      index[scope] = { undo: list(history[scope].undo), redo: list(history[scope].redo) };
    }
    chunks.set('history', index);
    return chunks;
  }

  private heldValue(key: string, value: unknown): unknown {
    return INDEX_KEYS.has(key) ? JSON.stringify(value) : value;
  }

  /** The chunks that differ from what the store holds, and the keys it holds that `state` no longer has. */
  changesFor(state: SessionState): ChunkChanges {
    const chunks = this.baseChunksOf(state);
    const changed: Array<[string, unknown]> = [];
    const removed: string[] = [];
    const heldChunks: Chunks = new Map();
    for (const [key, value] of chunks) {
      const held = this.heldValue(key, value);
      heldChunks.set(key, held);
      if (this.held.chunks.get(key) !== held) changed.push([key, value]);
    }
    for (const key of this.held.chunks.keys()) if (!chunks.has(key)) removed.push(key);
    const { byShard, past } = state.doc.recommendations;
    diffShards(this.held.records, byShard, RECORD_PREFIX, changed, removed);
    diffShards(this.held.past, past, PAST_PREFIX, changed, removed);
    return { changed, removed, held: { chunks: heldChunks, records: byShard, past } };
  }

  /** Records that the store now holds what `changesFor` said it would. */
  saved(held: Held): void {
    this.held = held;
  }

  /**
   * Puts a state back together from a snapshot's chunks; the returned
   * tracker knows the store holds them. Throws, naming the chunk, when the
   * set is incomplete (a verified snapshot never is).
   */
  static load(stored: ReadonlyMap<string, unknown>): { state: SessionState; chunks: StateChunks } {
    const tracker = new StateChunks();
    const get = (key: string): unknown => {
      if (!stored.has(key)) throw new Error(`the snapshot has no chunk "${key}"`);
      return stored.get(key);
    };
    const keyList = (key: string, value: unknown): string[] => {
      if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) throw new Error(`the snapshot's chunk "${key}" is not a list of keys`);
      return value;
    };
    const register = <T extends object>(key: string, item: T): T => {
      tracker.numbers.set(item, key);
      return item;
    };

    const parts = keyList('doc.parts', get('doc.parts')).map((key) => register(key, get(key) as Part));
    const byShard: Record<string, Record<string, unknown>> = {};
    const past: Record<string, Record<string, unknown>> = {};
    let legacyRecords = false;
    for (const [key, value] of stored) {
      const shard = SHARD_KEY.exec(key)?.[1];
      if (shard !== undefined) {
        byShard[shard] = value as Record<string, unknown>;
        legacyRecords = true;
      } else if (key.startsWith(RECORD_PREFIX)) {
        putOwn(byShard, key.slice(RECORD_PREFIX.length), value);
      } else if (key.startsWith(PAST_PREFIX)) {
        putOwn(past, key.slice(PAST_PREFIX.length), value);
      }
    }
    // A store written before issue 15 has no past versions or merge summary: upgradeDocument gives empty ones.
    const legacyPast = stored.has(LEGACY_PAST_KEY);
    const recommendations = {
      byShard,
      conflicts: get('rec.conflicts'),
      drafts: get('rec.drafts'),
      foreign: get('rec.foreign'),
      ...(legacyPast ? { past: get(LEGACY_PAST_KEY) } : Object.keys(past).length > 0 ? { past } : {}),
      ...(stored.has('rec.merges') ? { merges: get('rec.merges') } : {}),
    } as RecommendationBook;
    const saved = {
      formatVersion: stored.get('doc.format') ?? 1,
      event: get('doc.event'),
      parts,
      timer: get('doc.timer'),
      recommendations,
      settings: get('doc.settings'),
      ...(stored.has('doc.published') ? { published: stored.get('doc.published') } : {}),
      ...(stored.has('doc.eventDateKeptOn') ? { eventDateKeptOn: stored.get('doc.eventDateKeptOn') } : {}),
    };
    if (typeof saved.formatVersion !== 'number' || saved.formatVersion > FORMAT_VERSION) throw new Error(`the snapshot's document format (${String(saved.formatVersion)}) is not one this version reads (${FORMAT_VERSION})`);
    const upgraded = saved.formatVersion !== FORMAT_VERSION;
    const doc = upgradeDocument(saved);

    const index = get('history') as Partial<HistoryIndex> | null;
    const history: History = emptyHistory();
    for (const scope of HISTORY_SCOPES) {
      for (const list of ['undo', 'redo'] as const) {
        const keys = keyList(`history.${scope}.${list}`, index?.[scope]?.[list] ?? []);
        // A step that no longer reads as one (restoreEntry) is left out; its chunk goes at the next snapshot.
        history[scope][list] = keys.flatMap((key) => {
          // Instants saved with fractions of a millisecond rounded down and records given a roadmap, as in the document (upgrade.ts).
          const entry = upgradeSteps(restoreEntry(get(key)));
          return entry === null ? [] : [register(key, entry)];
        });
      }
    }

    let highest = -1;
    for (const key of stored.keys()) {
      const number = NUMBERED_KEY.exec(key)?.[2];
      if (number !== undefined) highest = Math.max(highest, parseInt(number, 36));
    }
    tracker.next = highest + 1;
    const state = { doc, history };
    // What the store holds: every stored chunk but the records' (so leftovers are removed by the next snapshot), as the state now has them.
    const heldChunks: Chunks = new Map();
    for (const [key, value] of stored) if (!key.startsWith(RECORD_PREFIX) && !key.startsWith(PAST_PREFIX)) heldChunks.set(key, tracker.heldValue(key, value));
    // Chunks an upgrade rewrote stay as stored, so the next snapshot saves them in this format.
    for (const [key, value] of tracker.baseChunksOf(state)) if (!INDEX_KEYS.has(key) && !(upgraded && UPGRADED_KEYS.has(key))) heldChunks.set(key, value);
    // Records stored as shards or past versions in one chunk (earlier stores), or of an earlier format, are saved as records by the next snapshot.
    const { recommendations: book } = state.doc;
    tracker.held = { chunks: heldChunks, records: legacyRecords || upgraded ? {} : book.byShard, past: legacyPast || upgraded ? {} : book.past };
    return { state, chunks: tracker };
  }
}

/** Cuts a snapshot of the previous file format ({ doc, history }) into these chunks (store/legacy-migration.ts). */
export function legacyChunks(legacy: { doc: unknown; history: unknown }): Map<string, unknown> {
  return new StateChunks().chunksOf({ doc: upgradeDocument(legacy.doc as object), history: restoreHistory(legacy.history) });
}
