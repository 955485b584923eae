/**
 * Undo and redo as a live room uses them (shared/history.ts): the chair and
 * two rapporteurs at work in one session, each undoing only their own
 * steps, labels the toolbar can show, refusals when someone else's later
 * change depends on a step, and histories saved before steps had authors.
 */
import { describe, expect, it } from 'vitest';
import { type Command } from '../../../shared/session/commands';
import { allRecommendations, getRecommendation } from '../../../shared/recommendations/model';
import { authorHistory, historyMeta, HISTORY_LIMIT, restoreHistory, type HistoryLabel } from '../../../shared/session/history';
import { Story } from '../helpers';

/** Adds a recommendation as a rapporteur; returns its id. */
function capture(story: Story, author: string, text: string): string {
  const before = new Set(allRecommendations(story.doc.recommendations).map((r) => r.id));
  story.apply({ type: 'rec.add', recommendation: { text, rapporteur: author }, author });
  return allRecommendations(story.doc.recommendations).find((r) => !before.has(r.id))!.id;
}

const texts = (story: Story) => allRecommendations(story.doc.recommendations).map((r) => r.text).sort();
const undo = (author?: string): Command => ({ type: 'history.undo', scope: author === undefined ? 'runOfShow' : 'recommendations', ...(author ? { author } : {}) });
const redo = (author?: string): Command => ({ type: 'history.redo', scope: author === undefined ? 'runOfShow' : 'recommendations', ...(author ? { author } : {}) });

describe('undo per role and per author', () => {
  it('the chair’s steps are labelled, and a rapporteur’s Ctrl+Z never touches them', () => {
    const story = new Story();
    const opening = story.id('Opening');
    const photo = story.id('Family photo');
    story.at('10:00', { type: 'segment.setStatus', segmentId: opening, status: 'live' });
    story.at('10:31', { type: 'segment.setStatus', segmentId: opening, status: 'done' });
    story.at('10:32', { type: 'segment.setStatus', segmentId: photo, status: 'live' });
    expect(historyMeta(story.state.history).runOfShow).toEqual({
      undo: 3,
      redo: 0,
      nextUndo: { action: 'goLive', subject: 'Family photo and coffee break' } satisfies HistoryLabel,
      nextRedo: null,
    });

    capture(story, 'Aigerim', 'Quotas for women in peace delegations');
    story.apply(undo('Aigerim'));
    expect(texts(story)).toEqual([]);
    expect(story.refusal(undo('Aigerim'))).toEqual({ code: 'conflict', field: 'scope', message: "there is nothing of Aigerim's to undo" });
    expect(story.doc.parts[0]!.segments.map((s) => s.status)).toEqual(['done', 'live']);

    // The chair's own undo is the run-of-show's, in order.
    story.apply(undo());
    expect(story.doc.parts[0]!.segments.map((s) => s.status)).toEqual(['done', 'planned']);
    expect(historyMeta(story.state.history).runOfShow.nextUndo).toEqual({ action: 'markDone', subject: 'Opening of the conference: welcome remarks' });
    expect(historyMeta(story.state.history).runOfShow.nextRedo).toEqual({ action: 'goLive', subject: 'Family photo and coffee break' });
  });

  it('two rapporteurs: each undoes and redoes only their own steps', () => {
    const story = new Story();
    capture(story, 'Aigerim', 'Quotas for women in parliaments');
    capture(story, 'Dilnoza', 'Support networks of women abroad');

    story.apply(undo('Aigerim'));
    expect(texts(story)).toEqual(['Support networks of women abroad']);
    const meta = historyMeta(story.state.history);
    expect(authorHistory(meta, 'Aigerim')).toEqual({ author: 'Aigerim', undo: 0, redo: 1, nextUndo: null, nextRedo: { action: 'addRecommendation', subject: 'Quotas for women in parliaments' } });
    expect(authorHistory(meta, 'Dilnoza')).toMatchObject({ undo: 1, redo: 0 });
    expect(authorHistory(meta, 'Someone else')).toEqual({ undo: 0, redo: 0, nextUndo: null, nextRedo: null });

    // Dilnoza's new step leaves Aigerim's redo alone.
    capture(story, 'Dilnoza', 'Gender-responsive budgets');
    story.apply(redo('Aigerim'));
    expect(texts(story)).toEqual(['Gender-responsive budgets', 'Quotas for women in parliaments', 'Support networks of women abroad']);
  });

  it('a step someone else has built on is refused until they undo theirs', () => {
    const story = new Story();
    const id = capture(story, 'Aigerim', 'Quotas for women in parliaments');
    story.apply({ type: 'rec.update', id, patch: { status: 'agreed' }, author: 'Dilnoza' });
    expect(historyMeta(story.state.history).recommendations.find((h) => h.author === 'Dilnoza')?.nextUndo).toEqual({ action: 'editRecommendation', subject: 'Quotas for women in parliaments' });

    expect(story.refusal(undo('Aigerim'))).toEqual({
      code: 'conflict',
      field: 'scope',
      message: 'this step can not be undone: what it changed has been changed again since (in this or another window); change it by hand instead',
    });
    expect(getRecommendation(story.doc.recommendations, id)?.status).toBe('agreed');

    story.apply(undo('Dilnoza'));
    story.apply(undo('Aigerim'));
    expect(texts(story)).toEqual([]);
    // And a redo waits the same way for what its undo restored.
    capture(story, 'Dilnoza', 'Support networks of women abroad');
    story.apply(undo('Dilnoza'));
    story.apply(redo('Aigerim'));
    expect(texts(story)).toEqual(['Quotas for women in parliaments']);
  });

  it('New session can not be undone once the timer has moved on from it', () => {
    const story = new Story();
    story.apply({ type: 'session.new' });
    story.apply({ type: 'timer.blackout', on: true });
    expect(story.refusal(undo()).message).toMatch(/^this step can not be undone/);
    story.apply({ type: 'timer.blackout', on: false });
    story.apply(undo());
    expect(story.doc.parts.length).toBeGreaterThan(0);
  });

  it('a redo into a part of the record that New session removed is refused, never a crash of the host', () => {
    const story = new Story();
    // Records live in shards (recommendations/model.ts): capture until one joins a shard that already has a record.
    const joinsShard = () => story.state.history.recommendations.undo.at(-1)!.patches.some((p) => p.path.length > 3);
    for (let i = 0; i < 500 && (i === 0 || !joinsShard()); i++) capture(story, 'Aigerim', `Recommendation ${i}`);
    expect(joinsShard()).toBe(true);
    story.apply(undo('Aigerim'));
    story.apply({ type: 'session.new' });

    expect(story.refusal(redo('Aigerim'))).toMatchObject({ code: 'conflict', field: 'scope', message: expect.stringContaining('can not be redone') });
  });

  it('refuses an author on the run-of-show’s history', () => {
    const story = new Story();
    story.apply({ type: 'part.add', title: 'Side event' });
    expect(story.refusal({ type: 'history.undo', scope: 'runOfShow', author: 'Aigerim' })).toMatchObject({ code: 'invalid', field: 'author' });
  });

  it(`each author keeps their last ${HISTORY_LIMIT} steps`, () => {
    const story = new Story();
    const theirs = capture(story, 'Dilnoza', 'Support networks of women abroad');
    const ours = capture(story, 'Aigerim', 'Quotas');
    for (let i = 1; i <= HISTORY_LIMIT; i++) story.apply({ type: 'rec.update', id: ours, patch: { title: `Quotas ${i}` }, author: 'Aigerim' });
    const meta = historyMeta(story.state.history);
    expect(authorHistory(meta, 'Aigerim').undo).toBe(HISTORY_LIMIT);
    expect(authorHistory(meta, 'Dilnoza').undo).toBe(1);
    story.apply(undo('Dilnoza'));
    expect(getRecommendation(story.doc.recommendations, theirs)).toBeUndefined();
  });

  it('reads a history saved before steps had authors and labels, and can still undo it', () => {
    const story = new Story();
    story.apply({ type: 'part.add', title: 'Side event' });
    const saved = JSON.parse(JSON.stringify(story.state.history)) as { runOfShow: { undo: Array<Record<string, unknown>> } };
    for (const entry of saved.runOfShow.undo) {
      delete entry.author;
      delete entry.label;
    }
    story.state = { doc: story.doc, history: restoreHistory(saved) };
    expect(historyMeta(story.state.history).runOfShow).toEqual({ undo: 1, redo: 0, nextUndo: null, nextRedo: null });
    story.apply(undo());
    expect(story.doc.parts.map((p) => p.title)).not.toContain('Side event');
    expect(restoreHistory('not a history')).toEqual({ runOfShow: { undo: [], redo: [] }, recommendations: { undo: [], redo: [] } });
  });
});
