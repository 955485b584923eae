/**
 * What each scope (kernel/scopes.ts) may see of the session, and the
 * session's changes as each scope receives them. The host sends every
 * connection only its scope's share: a projector on the venue network
 * never receives a recommendation, a draft, a note or a path.
 *
 * | scope      | document                                            | meta                                  |
 * |------------|-----------------------------------------------------|---------------------------------------|
 * | local      | all of it                                           | all of it                             |
 * | rapporteur | all of it (the record, and the agenda it is tagged to) | the rapporteurs' undo steps        |
 * | control    | all but the recommendations (an empty record)       | the run-of-show's undo steps          |
 * | view       | the projection below: nothing else                  | the app's version                     |
 *
 * The view projection: the event's public details (title, date, zones,
 * format, venue), the timer (all but its speaking-time log), and the
 * segments the timer and the live segment are (public fields and their
 * speakers; no notes). Views receive it whole, only when it changed: it is
 * a few kilobytes at any session size.
 *
 * Changes: local and rapporteur receive every patch; control receives the
 * patches outside the recommendations (an event with none left still comes,
 * so its version chain stays whole); view receives a fresh projection when
 * its projection changed, and nothing otherwise.
 *
 * Every scope's meta says whether the host can save (the disk's state,
 * without the host's message, which names the folder); the recovery notes
 * and the data dir are local only.
 */
import type { Patch } from 'immer';
import type { HostMeta, SessionEvent, SessionSnapshot } from './api';
import type { Scope } from '../kernel/scopes';
import type { SessionDoc } from '../session/document';
import type { Part, Segment } from '../run-of-show/model';
import { emptyBook } from '../recommendations/model';
import { NO_HISTORY } from '../session/history';

const EMPTY_BOOK = Object.freeze(emptyBook());

export function scopedMeta(scope: Scope, meta: HostMeta): HostMeta {
  if (scope === 'local') return meta;
  const { runOfShow, recommendations } = meta.history;
  return {
    appVersion: meta.appVersion,
    recovery: [],
    // Whether the host can save, for every console whose changes it would refuse; the message (it names the folder) stays local.
    storage: meta.storage.ok ? meta.storage : { ...meta.storage, message: '' },
    history: {
      runOfShow: scope === 'control' ? runOfShow : NO_HISTORY,
      recommendations: scope === 'rapporteur' ? recommendations : [],
    },
  };
}

function publicSegment(segment: Segment): Segment {
  return { ...segment, notes: '', speakers: segment.speakers.map((s) => ({ ...s })) };
}

/** The little a projector or stage needs: see the header. */
export function viewProjection(doc: SessionDoc): SessionDoc {
  const wanted = new Set([doc.timer.segmentId, ...doc.parts.flatMap((p) => p.segments.filter((s) => s.status === 'live').map((s) => s.id))]);
  const parts: Part[] = doc.parts
    .map((part) => ({ id: part.id, title: part.title, segments: part.segments.filter((s) => wanted.has(s.id)).map(publicSegment) }))
    .filter((part) => part.segments.length > 0);
  const { event } = doc;
  return {
    formatVersion: doc.formatVersion,
    event: { ...event, organizers: [] },
    parts,
    timer: { ...doc.timer, spoken: {} },
    recommendations: EMPTY_BOOK as SessionDoc['recommendations'],
    settings: doc.settings,
    // The published plan is the chair's baseline; a screen on the stage has no use for it.
    published: null,
    eventDateKeptOn: doc.eventDateKeptOn,
  };
}

export function scopedDoc(scope: Scope, doc: SessionDoc): SessionDoc {
  if (scope === 'local' || scope === 'rapporteur') return doc;
  if (scope === 'control') return { ...doc, recommendations: EMPTY_BOOK as SessionDoc['recommendations'] };
  return viewProjection(doc);
}

export function scopedSnapshot(scope: Scope, snapshot: SessionSnapshot): SessionSnapshot {
  if (scope === 'local') return snapshot;
  return { version: snapshot.version, doc: scopedDoc(scope, snapshot.doc), meta: scopedMeta(scope, snapshot.meta) };
}

const touchesRecommendations = (patch: Patch) => patch.path.length === 0 || patch.path[0] === 'recommendations';

/**
 * The changes one connection of `scope` receives, in order: call `next` with
 * each of the host's events and the host's snapshot after it; it returns
 * what to send, or null for nothing.
 */
export class ScopedFeed {
  private lastView: string | null = null;

  constructor(readonly scope: Scope) {}

  /** The opening snapshot of a connection (also what a view compares later changes with). */
  opening(snapshot: SessionSnapshot): SessionSnapshot {
    const scoped = scopedSnapshot(this.scope, snapshot);
    if (this.scope === 'view') this.lastView = JSON.stringify(scoped.doc);
    return scoped;
  }

  next(event: SessionEvent, now: () => SessionSnapshot): SessionEvent | null {
    if (this.scope === 'local') return event;
    if (event.type === 'snapshot') return { type: 'snapshot', snapshot: this.opening(event.snapshot) };
    if (this.scope === 'view') {
      const snapshot = now();
      const doc = viewProjection(snapshot.doc);
      const text = JSON.stringify(doc);
      if (text === this.lastView) return null;
      this.lastView = text;
      return { type: 'snapshot', snapshot: { version: snapshot.version, doc, meta: scopedMeta('view', snapshot.meta) } };
    }
    const meta = scopedMeta(this.scope, event.meta);
    if (this.scope === 'rapporteur' || event.type === 'meta') return { ...event, meta };
    if (event.patches.some((p) => p.path.length === 0)) return { type: 'snapshot', snapshot: this.opening(now()) };
    return { ...event, patches: event.patches.filter((p) => !touchesRecommendations(p)), meta };
  }
}
