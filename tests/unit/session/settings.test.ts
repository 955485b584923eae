/**
 * The session's settings (today its language): the command is validated at
 * the boundary, changes the document for every view, is in no undo history,
 * survives "New session" and its undo, and is still there after the host
 * restarts on the same data dir.
 */
import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../../shared/session/commands';
import { viewLanguage } from '../../../shared/session/settings';
import { LANGUAGES } from '../../../shared/i18n/languages';
import { createBlankSession, createExampleSession } from '../../../shared/session/example-session';
import { almaty, CONFERENCE_DAY, counterIds, manualClock, openHost, Story, tempDir } from '../helpers';

describe('the settings.language command', () => {
  it('accepts every supported language', () => {
    for (const language of LANGUAGES) {
      expect(parseCommand({ type: 'settings.language', language })).toEqual({ ok: true, command: { type: 'settings.language', language } });
    }
  });

  it.each([
    ['a language without a translation', { type: 'settings.language', language: 'de' }, 'language', 'must be one of the supported languages: en, ru, kk, ky, tg, tk, uz'],
    ['a Cyrillic Uzbek the interface does not have', { type: 'settings.language', language: 'uz-Cyrl' }, 'language', 'must be one of the supported languages: en, ru, kk, ky, tg, tk, uz'],
    ['a code in the wrong case', { type: 'settings.language', language: 'RU' }, 'language', 'must be one of the supported languages: en, ru, kk, ky, tg, tk, uz'],
    ['no language', { type: 'settings.language' }, 'language', 'must be one of the supported languages: en, ru, kk, ky, tg, tk, uz'],
    ['an unknown field', { type: 'settings.language', language: 'ru', theme: 'dark' }, 'command', 'has unknown field(s): theme'],
  ])('refuses %s', (_, input, field, message) => {
    expect(parseCommand(input)).toEqual({ ok: false, error: { code: 'invalid', field, message } });
  });
});

describe('applying the language', () => {
  it('starts in English, in the example and in a blank session', () => {
    expect(createExampleSession(counterIds()).settings).toEqual({ language: 'en' });
    expect(createBlankSession(CONFERENCE_DAY).settings).toEqual({ language: 'en' });
  });

  it('changes the document with one patch, and choosing the same language again changes nothing', () => {
    const story = new Story();
    const { patches } = story.apply({ type: 'settings.language', language: 'ru' });
    expect(story.doc.settings.language).toBe('ru');
    expect(patches).toEqual([{ op: 'replace', path: ['settings', 'language'], value: 'ru' }]);

    const before = story.state;
    expect(story.apply({ type: 'settings.language', language: 'ru' }).patches).toEqual([]);
    expect(story.state).toBe(before);
  });

  it('is in no undo history: Undo undoes the last edit, never the language', () => {
    const story = new Story();
    story.apply({ type: 'part.add', title: 'Side event' });
    story.apply({ type: 'settings.language', language: 'ru' });
    expect(story.state.history.runOfShow.undo).toHaveLength(1);
    expect(story.state.history.recommendations.undo).toHaveLength(0);

    story.apply({ type: 'history.undo', scope: 'runOfShow' });
    expect(story.doc.parts.map((p) => p.title)).not.toContain('Side event');
    expect(story.doc.settings.language).toBe('ru');
  });

  it('is kept by a new session and by the example, and undoing them does not bring back an older language', () => {
    const story = new Story();
    story.apply({ type: 'settings.language', language: 'ru' });
    story.apply({ type: 'session.new' });
    expect(story.doc.parts).toEqual([]);
    expect(story.doc.event.title).toBe('New session');
    expect(story.doc.settings.language).toBe('ru');

    story.apply({ type: 'session.loadExample' });
    expect(story.doc.parts.length).toBeGreaterThan(0);
    expect(story.doc.settings.language).toBe('ru');

    story.apply({ type: 'settings.language', language: 'en' });
    story.apply({ type: 'history.undo', scope: 'runOfShow' });
    story.apply({ type: 'history.undo', scope: 'runOfShow' });
    expect(story.doc.event.title).toMatch(/^Conference on Women, Peace and Security/);
    expect(story.doc.settings.language).toBe('en');
  });

  it('survives a restart of the host: the journal replays it through applyCommand', async () => {
    const dataDir = await tempDir('settings');
    const clock = manualClock(almaty('09:00'));
    const host = await openHost({ dataDir, clock });
    expect(await host.dispatch({ type: 'settings.language', language: 'ru' })).toMatchObject({ ok: true });
    expect(host.getSnapshot().doc.settings.language).toBe('ru');
    await host.close();

    const reopened = await openHost({ dataDir, clock });
    expect(reopened.getSnapshot().doc.settings).toEqual({ language: 'ru' });
    expect(reopened.getSnapshot().meta.history.runOfShow).toMatchObject({ undo: 0, redo: 0 });
  });
});

describe('a projected view\'s own language (settings.viewLanguage)', () => {
  it.each([
    ['a view that is not projected', { type: 'settings.viewLanguage', view: 'console', language: 'uz' }, 'view', 'must be one of: projector, stage'],
    ['a prototype key for a view', { type: 'settings.viewLanguage', view: '__proto__', language: 'uz' }, 'view', 'must be one of: projector, stage'],
    ['a language without a translation', { type: 'settings.viewLanguage', view: 'stage', language: 'fa' }, 'language', 'must be one of the supported languages: en, ru, kk, ky, tg, tk, uz'],
    ['no language at all (null gives the view the console\'s)', { type: 'settings.viewLanguage', view: 'stage' }, 'language', 'must be one of the supported languages: en, ru, kk, ky, tg, tk, uz'],
  ])('refuses %s', (_, input, field, message) => {
    expect(parseCommand(input)).toEqual({ ok: false, error: { code: 'invalid', field, message } });
  });

  it('a speaker from Tashkent gets Uzbek cues on the stage while the console stays Russian, and the projector follows the console', () => {
    const story = new Story();
    story.apply({ type: 'settings.language', language: 'ru' });
    story.apply({ type: 'settings.viewLanguage', view: 'stage', language: 'uz' });
    expect(story.doc.settings).toEqual({ language: 'ru', viewLanguages: { stage: 'uz' } });
    expect([viewLanguage(story.doc.settings, 'console'), viewLanguage(story.doc.settings, 'stage'), viewLanguage(story.doc.settings, 'projector')]).toEqual(['ru', 'uz', 'ru']);

    story.apply({ type: 'settings.language', language: 'kk' });
    expect([viewLanguage(story.doc.settings, 'stage'), viewLanguage(story.doc.settings, 'projector')]).toEqual(['uz', 'kk']);
  });

  it('null gives the view the console\'s language again; clearing what is not set changes nothing', () => {
    const story = new Story();
    story.apply({ type: 'settings.viewLanguage', view: 'projector', language: 'tk' });
    story.apply({ type: 'settings.viewLanguage', view: 'stage', language: 'tg' });
    story.apply({ type: 'settings.viewLanguage', view: 'projector', language: null });
    expect(story.doc.settings).toEqual({ language: 'en', viewLanguages: { stage: 'tg' } });
    story.apply({ type: 'settings.viewLanguage', view: 'stage', language: null });
    expect(story.doc.settings).toEqual({ language: 'en' });
    const before = story.state;
    expect(story.apply({ type: 'settings.viewLanguage', view: 'stage', language: null }).patches).toEqual([]);
    expect(story.state).toBe(before);
  });

  it('is in no undo history, is kept by a new session, and survives a restart of the host', async () => {
    const story = new Story();
    story.apply({ type: 'part.add', title: 'Side event' });
    story.apply({ type: 'settings.viewLanguage', view: 'stage', language: 'ky' });
    story.apply({ type: 'history.undo', scope: 'runOfShow' });
    story.apply({ type: 'session.new' });
    expect(story.doc.settings.viewLanguages).toEqual({ stage: 'ky' });

    const dataDir = await tempDir('view-language');
    const clock = manualClock(almaty('09:00'));
    const host = await openHost({ dataDir, clock });
    expect(await host.dispatch({ type: 'settings.viewLanguage', view: 'stage', language: 'uz' })).toMatchObject({ ok: true });
    await host.close();
    const reopened = await openHost({ dataDir, clock });
    expect(reopened.getSnapshot().doc.settings).toEqual({ language: 'en', viewLanguages: { stage: 'uz' } });
    await reopened.close();
  });
});
