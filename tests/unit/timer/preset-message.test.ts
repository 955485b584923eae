/**
 * A ready-made message to the speaker keeps which one it is, so each
 * projected view shows it in its own language (the stage in Uzbek, the
 * console in Russian); its text is the sender's wording, for anything that
 * does not know the presets. A typed message is shown as typed.
 */
import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { parseCommand } from '../../../shared/session/commands';
import { LOCALES } from '../../../shared/i18n/locales';
import { messageText } from '../../../renderer/src/i18n/format';
import { Story } from '../helpers';

function translator(language: 'ru' | 'uz' | 'kk') {
  const instance = i18next.createInstance();
  void instance.init({ lng: language, initAsync: false, interpolation: { escapeValue: false }, resources: { [language]: { translation: LOCALES[language].messages } } });
  return instance.t;
}

describe('ready-made messages in each view\'s language', () => {
  it('the Russian console sends "Please conclude": the stage in Uzbek shows it in Uzbek, the console in Russian', () => {
    const story = new Story();
    story.apply({ type: 'timer.message', text: 'Пожалуйста, завершайте', flash: false, preset: 'conclude' });
    const message = story.doc.timer.message!;
    expect(message).toMatchObject({ text: 'Пожалуйста, завершайте', preset: 'conclude' });
    expect([messageText(translator('ru'), message), messageText(translator('uz'), message), messageText(translator('kk'), message)]).toEqual([
      'Пожалуйста, завершайте',
      'Iltimos, yakunlang',
      'Аяқтауыңызды өтінеміз',
    ]);
  });

  it('a typed message is shown as typed, in every language', () => {
    const story = new Story();
    story.apply({ type: 'timer.message', text: 'Microphone 2, please', flash: true });
    expect(story.doc.timer.message).not.toHaveProperty('preset');
    expect(messageText(translator('uz'), story.doc.timer.message!)).toBe('Microphone 2, please');
  });

  it.each(['farewell', '__proto__', 'toString', ''])('refuses a preset that is not one: %j', (preset) => {
    expect(parseCommand({ type: 'timer.message', text: 'x', flash: false, preset })).toEqual({
      ok: false,
      error: { code: 'invalid', field: 'preset', message: 'must be one of: conclude, oneMinute, timeUp, microphone' },
    });
  });
});
