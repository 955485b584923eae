/**
 * Undo and redo: whose each step is, what it is called, and whether it can
 * still be taken.
 *
 * Rules
 * - Two histories. The run-of-show's belongs to the chair's role, whichever
 *   window makes the edit. In the recommendations every step records its
 *   author (the rapporteur's name, '' when a command names none), and Undo /
 *   Redo with an author take only that author's steps. Timer actions,
 *   capture drafts and settings are in neither (handlers.ts).
 * - A new step drops its author's redo steps, nobody else's.
 * - A step is undone only while what it wrote is still there: every path
 *   its patches wrote holds the value they wrote (a removed key or index is
 *   still absent). Redone only while what its undo restored is still there.
 *   Otherwise a later change (another rapporteur's edit of the same record,
 *   the timer after a New session) depends on it, and undoing would silently
 *   revert that too: refused, nothing changes, the step stays where it is.
 *   So is a step whose patches have nowhere to go (what they add to was
 *   removed since, as a New session removes the record's shards).
 *   The check is by path, so it errs on the side of refusing: a record
 *   added as the first of its shard (recommendations.ts) counts as
 *   overtaken once anyone adds another record to that shard.
 * - Each author keeps their last HISTORY_LIMIT steps.
 * - Every step has a label for the views ("Go live — Opening"): an action
 *   code they word in their language and the name of what it acted on, in
 *   the session's own words.
 */
import type { Patch } from 'immer';
import type { Command, HistoryScope } from './commands';
import { reject } from '../kernel/errors';
import type { SessionDoc } from './document';
import { findSegment, findSpeaker } from '../run-of-show/model';
import { getRecommendation, recommendationLabel } from '../recommendations/model';

export const HISTORY_LIMIT = 200;

export const HISTORY_ACTIONS = [
  'goLive',
  'markDone',
  'skip',
  'resetSegment',
  'publishPlan',
  'editSegment',
  'addSegment',
  'deleteSegment',
  'moveSegment',
  'addPart',
  'renamePart',
  'deletePart',
  'movePart',
  'addSpeaker',
  'editSpeaker',
  'removeSpeaker',
  'moveSpeaker',
  'editEvent',
  'newSession',
  'openExample',
  'addRecommendation',
  'editRecommendation',
  'mergeRecommendation',
  'importRecommendations',
  'resolveConflict',
] as const;
export type HistoryAction = (typeof HISTORY_ACTIONS)[number];

export interface HistoryLabel {
  action: HistoryAction;
  /** What it acted on, as the session names it ('' when the action says it all). */
  subject: string;
}

export interface HistoryEntry {
  patches: Patch[];
  inverse: Patch[];
  /** The rapporteur's name for a recommendation step; '' for the run-of-show. */
  author: string;
  /** Null only for steps saved before steps had labels. */
  label: HistoryLabel | null;
}

export interface ScopeHistory {
  undo: HistoryEntry[];
  redo: HistoryEntry[];
}

export type History = Record<HistoryScope, ScopeHistory>;

/** How many steps one author can undo and redo, and the next of each. */
export interface HistorySummary {
  undo: number;
  redo: number;
  nextUndo: HistoryLabel | null;
  nextRedo: HistoryLabel | null;
}

export interface AuthorHistory extends HistorySummary {
  author: string;
}

/** What every view is told about the histories (HostMeta.history). */
export interface HistoryMeta {
  runOfShow: HistorySummary;
  /** One per rapporteur with a step to undo or redo. */
  recommendations: AuthorHistory[];
}

export const NO_HISTORY: HistorySummary = { undo: 0, redo: 0, nextUndo: null, nextRedo: null };

export function emptyHistory(): History {
  return { runOfShow: { undo: [], redo: [] }, recommendations: { undo: [], redo: [] } };
}

/** A new step: its author's redo steps go, and its author keeps at most HISTORY_LIMIT steps. */
export function recordStep(history: History, scope: HistoryScope, entry: HistoryEntry): History {
  const { undo, redo } = history[scope];
  let kept = [...undo, entry];
  const own = kept.filter((e) => e.author === entry.author);
  if (own.length > HISTORY_LIMIT) {
    const dropped = new Set(own.slice(0, own.length - HISTORY_LIMIT));
    kept = kept.filter((e) => !dropped.has(e));
  }
  return { ...history, [scope]: { undo: kept, redo: redo.filter((e) => e.author !== entry.author) } };
}

type Path = readonly (string | number)[];

function lookup(doc: unknown, path: Path): { found: boolean; value: unknown } {
  let node: unknown = doc;
  for (const key of path) {
    if (typeof node !== 'object' || node === null) return { found: false, value: undefined };
    if (Array.isArray(node) && typeof key === 'number' && key >= node.length) return { found: false, value: undefined };
    if (!Object.prototype.hasOwnProperty.call(node, key)) return { found: false, value: undefined };
    node = (node as Record<string | number, unknown>)[key];
  }
  return { found: true, value: node };
}

/** Equality of JSON data (the document is plain JSON). */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => Object.prototype.hasOwnProperty.call(b, key) && sameData((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

/** True while every path the patches wrote still holds what they wrote. */
export function stillHolds(doc: SessionDoc, patches: readonly Patch[]): boolean {
  return patches.every((patch) => {
    const at = lookup(doc, patch.path);
    return patch.op === 'remove' ? !at.found : at.found && sameData(at.value, patch.value);
  });
}

/**
 * True when every patch has somewhere to go: what it adds to or replaces
 * in is still there. A record's shard that a New session removed is not,
 * though the record is absent as the check by path wants.
 */
function applicable(doc: SessionDoc, patches: readonly Patch[]): boolean {
  return patches.every((patch) => {
    if (patch.op === 'remove' || patch.path.length === 0) return true;
    const parent = lookup(doc, patch.path.slice(0, -1));
    return parent.found && typeof parent.value === 'object' && parent.value !== null;
  });
}

export interface HistoryMove {
  /** The patches to apply to the document. */
  patches: Patch[];
  history: History;
}

/**
 * Takes the author's last step off the undo (or redo) list and moves it to
 * the other list; refused when there is none, or when it was overtaken.
 */
export function moveStep(doc: SessionDoc, history: History, scope: HistoryScope, author: string, undoing: boolean): HistoryMove {
  const { undo, redo } = history[scope];
  const from = undoing ? undo : redo;
  const index = from.findLastIndex((e) => e.author === author);
  const whose = author === '' ? '' : ` of ${author}'s`;
  if (index < 0) reject('conflict', 'scope', undoing ? `there is nothing${whose} to undo` : `there is nothing${whose} to redo`);
  const entry = from[index]!;
  if (!stillHolds(doc, undoing ? entry.patches : entry.inverse) || !applicable(doc, undoing ? entry.inverse : entry.patches)) {
    reject(
      'conflict',
      'scope',
      undoing
        ? 'this step can not be undone: what it changed has been changed again since (in this or another window); change it by hand instead'
        : 'this step can not be redone: what it would change has been changed again since (in this or another window); change it by hand instead',
    );
  }
  const rest = from.filter((_, i) => i !== index);
  const next: ScopeHistory = undoing ? { undo: rest, redo: [...redo, entry] } : { undo: [...undo, entry], redo: rest };
  return { patches: undoing ? entry.inverse : entry.patches, history: { ...history, [scope]: next } };
}

function summaryOf(history: ScopeHistory, author: string): HistorySummary {
  const undo = history.undo.filter((e) => e.author === author);
  const redo = history.redo.filter((e) => e.author === author);
  return { undo: undo.length, redo: redo.length, nextUndo: undo.at(-1)?.label ?? null, nextRedo: redo.at(-1)?.label ?? null };
}

export function historyMeta(history: History): HistoryMeta {
  const { recommendations } = history;
  const authors = [...new Set([...recommendations.undo, ...recommendations.redo].map((e) => e.author))];
  return {
    runOfShow: summaryOf(history.runOfShow, ''),
    recommendations: authors.map((author) => ({ author, ...summaryOf(recommendations, author) })),
  };
}

/** One rapporteur's part of the recommendations history. */
export function authorHistory(meta: HistoryMeta, author: string): HistorySummary {
  return meta.recommendations.find((h) => h.author === author) ?? NO_HISTORY;
}

const isText = (value: unknown): value is string => typeof value === 'string';

/** One saved step, or null when it is not one; steps saved before authors and labels existed get '' and no label. */
export function restoreEntry(raw: unknown): HistoryEntry | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const entry = raw as Partial<Record<keyof HistoryEntry, unknown>>;
  if (!Array.isArray(entry.patches) || !Array.isArray(entry.inverse)) return null;
  const label = entry.label as Partial<HistoryLabel> | null | undefined;
  const known = typeof label === 'object' && label !== null && (HISTORY_ACTIONS as readonly unknown[]).includes(label.action) && isText(label.subject);
  return {
    patches: entry.patches as Patch[],
    inverse: entry.inverse as Patch[],
    author: isText(entry.author) ? entry.author : '',
    label: known ? { action: label.action!, subject: label.subject! } : null,
  };
}

/** The history of a saved snapshot; steps saved before authors and labels existed get '' and no label. */
export function restoreHistory(raw: unknown): History {
  const history = emptyHistory();
  if (typeof raw !== 'object' || raw === null) return history;
  for (const scope of Object.keys(history) as HistoryScope[]) {
    const saved = (raw as Partial<Record<HistoryScope, Partial<Record<'undo' | 'redo', unknown>>>>)[scope];
    for (const list of ['undo', 'redo'] as const) {
      const entries = saved?.[list];
      if (Array.isArray(entries)) history[scope][list] = entries.map(restoreEntry).filter((e): e is HistoryEntry => e !== null);
    }
  }
  return history;
}

const segmentTitle = (doc: SessionDoc, id: string) => findSegment(doc, id)?.segment.title ?? '';
const partTitle = (doc: SessionDoc, id: string) => doc.parts.find((p) => p.id === id)?.title ?? '';
const speakerName = (doc: SessionDoc, id: string) => findSpeaker(doc, id)?.speaker.name ?? '';
const recLabel = (doc: SessionDoc, id: string) => {
  const rec = getRecommendation(doc.recommendations, id);
  return rec ? recommendationLabel(rec, 60) : '';
};

const STATUS_ACTIONS = { live: 'goLive', done: 'markDone', skipped: 'skip', planned: 'resetSegment' } as const;

/** The label of a command that makes a step, from the documents before and after it. */
export function labelOf(command: Command, before: SessionDoc, after: SessionDoc): HistoryLabel | null {
  switch (command.type) {
    case 'segment.setStatus':
      return { action: STATUS_ACTIONS[command.status], subject: segmentTitle(after, command.segmentId) };
    case 'plan.publish':
      return { action: 'publishPlan', subject: '' };
    case 'segment.update':
      return { action: 'editSegment', subject: segmentTitle(after, command.segmentId) };
    case 'segment.add':
      return { action: 'addSegment', subject: command.segment.title };
    case 'segment.delete':
      return { action: 'deleteSegment', subject: segmentTitle(before, command.segmentId) };
    case 'segment.move':
      return { action: 'moveSegment', subject: segmentTitle(after, command.segmentId) };
    case 'part.add':
      return { action: 'addPart', subject: command.title };
    case 'part.update':
      return { action: 'renamePart', subject: command.title };
    case 'part.delete':
      return { action: 'deletePart', subject: partTitle(before, command.partId) };
    case 'part.move':
      return { action: 'movePart', subject: partTitle(after, command.partId) };
    case 'speaker.add':
      return { action: 'addSpeaker', subject: command.speaker.name };
    case 'speaker.update':
      return { action: 'editSpeaker', subject: speakerName(after, command.speakerId) };
    case 'speaker.delete':
      return { action: 'removeSpeaker', subject: speakerName(before, command.speakerId) };
    case 'speaker.move':
      return { action: 'moveSpeaker', subject: speakerName(after, command.speakerId) };
    case 'event.update':
      return { action: 'editEvent', subject: after.event.title };
    case 'session.new':
      return { action: 'newSession', subject: '' };
    case 'session.loadExample':
      return { action: 'openExample', subject: '' };
    case 'rec.add':
      return { action: 'addRecommendation', subject: recommendationLabel({ title: command.recommendation.title ?? '', text: command.recommendation.text }, 60) };
    case 'rec.update':
      return { action: 'editRecommendation', subject: recLabel(after, command.id) };
    case 'rec.merge':
      return { action: 'mergeRecommendation', subject: recLabel(after, command.id) };
    case 'rec.import':
      return { action: 'importRecommendations', subject: command.source };
    case 'rec.resolve':
      return { action: 'resolveConflict', subject: recLabel(after, command.id) };
    default:
      return null;
  }
}
