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
 * segments the timer and the live segment are (public fields; of the
 * timer's segment only the speaker being timed and the next one; no notes).
 * Views receive it whole, only when it changed: it stays under 4 KB at any
 * number of segments, speakers or recommendations.
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

/**
 * A segment as a view sees it: no notes and, of its speakers, only the one
 * the timer times and the next (what timer/view.ts's timerView shows).
 */
function publicSegment(segment: Segment, timer: SessionDoc['timer']): Segment {
  const index = segment.id === timer.segmentId && timer.speakerId !== null ? segment.speakers.findIndex((s) => s.id === timer.speakerId) : -1;
  const speakers = index < 0 ? [] : segment.speakers.slice(index, index + 2);
  return { ...segment, notes: '', speakers: speakers.map((s) => ({ ...s })) };
}

/** The little a projector or stage needs: see the header. */
export function viewProjection(doc: SessionDoc): SessionDoc {
  const wanted = (s: Segment) => s.id === doc.timer.segmentId || s.status === 'live';
  const parts: Part[] = [];
  for (const part of doc.parts) {
    const segments = part.segments.filter(wanted);
    if (segments.length > 0) parts.push({ id: part.id, title: part.title, segments: segments.map((s) => publicSegment(s, doc.timer)) });
  }
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
 * One host event as every connection of `scope` receives it, before any
 * connection's own state: the same for all of them, so a host with many
 * views computes (and serializes) it once per scope. A view's share is its
 * projection whole, with its text, which each connection compares with the
 * last it received (ScopedFeed).
 */
export interface ScopeShare {
  event: SessionEvent;
  /** The view projection's text (view scope only), to skip a change the view would not see. */
  viewText: string | null;
}

export function scopeShare(scope: Scope, event: SessionEvent, now: () => SessionSnapshot): ScopeShare {
  if (scope === 'local') return { event, viewText: null };
  if (event.type === 'snapshot' || scope === 'view') {
    const snapshot = scopedSnapshot(scope, event.type === 'snapshot' ? event.snapshot : now());
    return { event: { type: 'snapshot', snapshot }, viewText: scope === 'view' ? JSON.stringify(snapshot.doc) : null };
  }
  const meta = scopedMeta(scope, event.meta);
  if (scope === 'rapporteur' || event.type === 'meta') return { event: { ...event, meta }, viewText: null };
  if (event.patches.some((p) => p.path.length === 0)) return { event: { type: 'snapshot', snapshot: scopedSnapshot(scope, now()) }, viewText: null };
  return { event: { ...event, patches: event.patches.filter((p) => !touchesRecommendations(p)), meta }, viewText: null };
}

/**
 * The changes one connection of `scope` receives, in order: call `next` with
 * each of the host's events and the host's snapshot after it (or `accept`
 * with the event's share, computed once for every connection of the scope);
 * it returns what to send, or null for nothing.
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
    return this.accept(scopeShare(this.scope, event, now));
  }

  /** Whether this connection gets `share` (a view skips a projection it already has); remembers what it got. */
  accept(share: ScopeShare): SessionEvent | null {
    if (this.scope !== 'view') return share.event;
    if (share.viewText === this.lastView) return null;
    this.lastView = share.viewText;
    return share.event;
  }
}
