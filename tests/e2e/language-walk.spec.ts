/**
 * Every language, walked in the rendered pages: with the example conference
 * live (a segment on, the timer running, a message on the screen), the
 * console with every panel and every fold open (then with the event's and
 * a segment's forms open, then the shortcuts dialog), the projector, the
 * stage and the phone page are read in each of the seven languages, and
 * every visible string (text, options, placeholders, labels for screen
 * readers) must come from that language's file: a message, a message whose {{placeholders}} hold
 * such strings, the session's own words (titles, names, notes...), the
 * language's date words, figures and signs, or keys as printed on them
 * (Ctrl+Z). Text fields' contents are the session's words being edited and
 * are not read. An English word left in
 * the Kazakh console fails, naming it.
 *
 * And the projector and the stage each speak their own language: a speaker
 * from Tashkent reads Uzbek on the stage, ready-made messages included,
 * while the console stays Russian.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './serve-fixture';
import { goLive } from './go-live';
import { hostDoc } from './host-probe';
import { LANGUAGES, type Language } from '../../shared/i18n/languages';
import { LOCALES } from '../../shared/i18n/locales';
import type { Messages } from '../../shared/i18n/locale';
import type { SessionDoc } from '../../shared/session/document';

/** Sends one command to the host as another control window would. */
async function dispatch(page: Page, command: unknown): Promise<void> {
  const result = await page.evaluate(
    (command) =>
      new Promise<unknown>((resolve, reject) => {
        const socket = new WebSocket(`ws://${location.host}/ws`);
        socket.onerror = () => reject(new Error('the host can not be reached'));
        socket.onopen = () => socket.send(JSON.stringify({ t: 'call', id: 1, method: 'session.dispatch', args: { command } }));
        socket.onmessage = (message) => {
          const frame = JSON.parse(String(message.data)) as { t: string; id?: number; result?: unknown };
          if (frame.t !== 'result' || frame.id !== 1) return;
          resolve(frame.result);
          socket.close();
        };
      }),
    command,
  );
  expect(result).toMatchObject({ ok: true });
}

/** Every string a person can see or hear on the page: text, options, placeholders, accessible names, titles. */
function visibleStrings(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode;
      const element = node.parentElement;
      const text = node.textContent?.trim() ?? '';
      // A text field's text is the session's words being edited, not the interface's.
      if (!element || text === '' || element.closest('script, style, textarea')) continue;
      if (element.closest('option') || element.checkVisibility({ visibilityProperty: true })) out.push(text);
    }
    for (const element of Array.from(document.querySelectorAll('[placeholder], [aria-label], [title], [alt]'))) {
      for (const name of ['placeholder', 'aria-label', 'title', 'alt']) {
        const value = element.getAttribute(name)?.trim();
        if (value) out.push(value);
      }
    }
    return [...new Set(out)];
  });
}

/** A message of a language by its dotted key. */
function message(language: Language, key: string): string {
  const text = key.split('.').reduce<Messages | string>((at, part) => (typeof at === 'string' ? at : at[part]!), LOCALES[language].messages);
  if (typeof text !== 'string') throw new Error(`${key} is not a message`);
  return text;
}

function flatten(messages: Messages, out: string[] = []): string[] {
  for (const value of Object.values(messages)) {
    if (typeof value === 'string') out.push(value);
    else flatten(value, out);
  }
  return out;
}

/** The session's own words: what people typed, shown as typed. Codes (formats, kinds, statuses) are not words and are not here. */
function sessionWords(doc: SessionDoc): Set<string> {
  const DATA_FIELDS = new Set(['title', 'venue', 'organizers', 'name', 'organization', 'notes', 'chair', 'text', 'tags', 'rapporteur', 'timeZone', 'label', 'interventionLabel']);
  const CITY_NAMES = new Set(Object.keys(LOCALES.en.messages.city as Messages));
  const words = new Set<string>();
  const visit = (value: unknown, field: string) => {
    if (typeof value === 'string') {
      // A zone labelled with a city's English name is shown in the interface language, so it is not the session's word.
      if (DATA_FIELDS.has(field) && value.trim() !== '' && !(field === 'label' && CITY_NAMES.has(value))) words.add(value.trim());
    } else if (Array.isArray(value)) value.forEach((item) => visit(item, field));
    else if (value && typeof value === 'object') for (const [key, inner] of Object.entries(value)) visit(inner, key);
  };
  visit(doc, '');
  return words;
}

/** The words of the language's dates (months, weekdays, and the pattern's own, as "ж."), from Node's CLDR. */
function dateWords(language: Language): Set<string> {
  const intl = LOCALES[language].intl;
  const words = new Set<string>();
  const add = (parts: Intl.DateTimeFormatPart[]) => parts.filter((p) => p.type === 'month' || p.type === 'weekday' || p.type === 'literal').forEach((p) => p.value.split(WORD_BREAK).forEach((w) => w && words.add(w)));
  for (let day = 0; day < 366; day += 1) {
    const instant = Date.UTC(2023, 0, 1) + day * 86_400_000;
    add(new Intl.DateTimeFormat(intl, { dateStyle: 'full', timeZone: 'UTC' }).formatToParts(instant));
    add(new Intl.DateTimeFormat(intl, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' }).formatToParts(instant));
  }
  return words;
}

const NEUTRAL = /^[\p{N}\p{P}\p{S}\s\u2060]*$/u;
/** Keys named as printed on them, the same on every keyboard of the region: Ctrl+Z, Alt+↑, N. */
const KEY_CAPS = /^(?:(?:Ctrl|Alt|Shift|Cmd|[A-Z]|[\p{P}\p{S}])(?:\+|$))+$/u;
const WORD_BREAK = /[\s,-]+/;
const SEPARATORS = [', ', '; ', ' · ', ' / ', ' - ', '–', ' — '];

/** Every way a string is a message with its {{placeholders}} filled: the filled parts, for each way. */
function* fillings(text: string, pieces: readonly string[], from = 0): Generator<string[]> {
  const [piece, ...rest] = pieces;
  if (!text.startsWith(piece!, from)) return;
  const start = from + piece!.length;
  if (rest.length === 0) {
    if (start === text.length) yield [];
    return;
  }
  // The next fixed piece after a placeholder: try each place it occurs.
  const next = rest[0]!;
  for (let end = start + 1; end <= text.length; end++) {
    if (rest.length === 1 ? end !== text.length - next.length || !text.endsWith(next) : !text.startsWith(next, end)) continue;
    for (const restParts of fillings(text, rest, end)) yield [text.slice(start, end), ...restParts];
  }
}

/** Whether a string is the language's own: see the header. */
function checker(language: Language, session: Set<string>) {
  const messages = flatten(LOCALES[language].messages);
  const exact = new Set([...messages, ...LANGUAGES.map((code) => LOCALES[code].name)].map((text) => text.trim()));
  const templates = messages.filter((text) => text.includes('{{')).map((text) => text.trim().split(/\{\{[^}]+\}\}/));
  const dates = dateWords(language);
  const own = (text: string, depth = 0): boolean => {
    const s = text.replace(/\u2060/g, '').trim();
    if (NEUTRAL.test(s) || exact.has(s) || session.has(s) || KEY_CAPS.test(s)) return true;
    if (s.split(WORD_BREAK).every((word) => NEUTRAL.test(word) || dates.has(word))) return true;
    if (depth > 4) return false;
    for (const pieces of templates) {
      for (const parts of fillings(s, pieces)) if (parts.every((part) => own(part, depth + 1))) return true;
    }
    return SEPARATORS.some((separator) => s.includes(separator) && s.split(separator).every((part) => own(part, depth + 1)));
  };
  return own;
}

async function foreignStrings(page: Page, language: Language, session: Set<string>): Promise<string[]> {
  const own = checker(language, session);
  return (await visibleStrings(page)).filter((text) => !own(text));
}

test.describe('every language, walked', () => {
  test('console, projector, stage and phone page show only their language\'s words, in each of the seven', async ({ page, context, server }) => {
    test.setTimeout(180_000);
    await page.goto(server.url);
    const opening = page.getByRole('listitem', { name: 'Opening of the conference: welcome remarks' });
    await goLive(page, opening);
    const timer = page.getByRole('region', { name: 'Speaker timer' });
    await timer.getByRole('button', { name: 'Start' }).click();
    await timer.getByRole('button', { name: 'Please conclude' }).click();
    const projector = await context.newPage();
    await projector.goto(`${server.url}projector`);
    const stage = await context.newPage();
    await stage.goto(`${server.url}stage`);
    const phone = await context.newPage();
    await phone.setViewportSize({ width: 375, height: 667 });
    await phone.goto(`${server.url}control`);

    const found: Record<string, string[]> = {};
    for (const language of LANGUAGES) {
      await dispatch(page, { type: 'settings.language', language });
      for (const view of [page, projector, stage, phone]) await expect(view.locator('html')).toHaveAttribute('lang', language);
      // Every fold open, so what it hides is read too.
      await page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
      await expect(page.getByRole('table').first()).toBeVisible();
      const session = sessionWords(await hostDoc(page));
      for (const [name, view] of [['console', page], ['projector', projector], ['stage', stage], ['phone page', phone]] as const) {
        const foreign = await foreignStrings(view, language, session);
        if (foreign.length > 0) found[`${language} ${name}`] = foreign;
      }

      // The forms: the event's details and a segment's, with their hints; then the shortcuts dialog.
      const eventDetails = page.getByRole('button', { name: message(language, 'toolbar.eventDetails'), exact: true });
      const editOpening = opening.getByRole('button', { name: message(language, 'common.edit'), exact: true });
      await eventDetails.click();
      await editOpening.click();
      await expect(page.getByRole('form', { name: message(language, 'segment.editLabel').replace('{{title}}', 'Opening of the conference: welcome remarks') })).toBeVisible();
      const forms = await foreignStrings(page, language, session);
      if (forms.length > 0) found[`${language} console forms`] = forms;
      await eventDetails.click();
      await editOpening.click();
      await page.getByRole('button', { name: message(language, 'timer.shortcuts'), exact: true }).click();
      const help = page.getByRole('dialog', { name: message(language, 'shortcuts.title') });
      await expect(help).toBeVisible();
      const dialog = await foreignStrings(page, language, session);
      if (dialog.length > 0) found[`${language} shortcuts`] = dialog;
      await page.keyboard.press('Escape');
      await expect(help).toBeHidden();
    }
    expect(found).toEqual({});
  });

  test('the check is not blind: English left on a Kazakh page is found', async ({ page, server }) => {
    await page.goto(server.url);
    await dispatch(page, { type: 'settings.language', language: 'kk' });
    await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
    const session = sessionWords(await hostDoc(page));
    expect(await foreignStrings(page, 'kk', session)).toEqual([]);
    await page.evaluate(() => {
      const stray = document.createElement('p');
      stray.textContent = 'Speaker timer';
      const dated = document.createElement('p');
      dated.textContent = 'Monday, 16 October 2023';
      document.body.append(stray, dated);
    });
    expect(await foreignStrings(page, 'kk', session)).toEqual(['Speaker timer', 'Monday, 16 October 2023']);
  });
});

test('Chromium\'s plural rules have the categories the locale files were checked against (Node\'s)', async ({ page, server }) => {
  await page.goto(server.url);
  const chromium = await page.evaluate((languages) => languages.map((language) => new Intl.PluralRules(language).resolvedOptions().pluralCategories.sort().join(' ')), [...LANGUAGES]);
  expect(chromium).toEqual(LANGUAGES.map((language) => new Intl.PluralRules(language).resolvedOptions().pluralCategories.sort().join(' ')));
});

test.describe('the projector and the stage each speak their own language', () => {
  test('a speaker from Tashkent reads Uzbek on the stage while the console stays Russian', async ({ page, context, server }) => {
    await page.goto(server.url);
    await goLive(page, page.getByRole('listitem', { name: 'Opening of the conference: welcome remarks' }));
    const language = page.getByRole('combobox', { name: 'Language' });
    await expect(language.getByRole('option')).toHaveText(['English', 'Русский', 'Қазақша', 'Кыргызча', 'Тоҷикӣ', 'Türkmençe', 'Oʻzbekcha']);
    await language.selectOption('ru');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    const stage = await context.newPage();
    await stage.goto(`${server.url}stage`);
    const projector = await context.newPage();
    await projector.goto(`${server.url}projector`);
    await expect(stage.getByRole('main', { name: 'Вид для сцены' })).toBeVisible();

    const stageLanguage = page.getByRole('combobox', { name: 'Надписи на сцене' });
    await expect(stageLanguage.getByRole('option')).toHaveText(['Как у пульта', 'English', 'Русский', 'Қазақша', 'Кыргызча', 'Тоҷикӣ', 'Türkmençe', 'Oʻzbekcha']);
    await stageLanguage.selectOption({ label: 'Oʻzbekcha' });

    await expect(stage.locator('html')).toHaveAttribute('lang', 'uz');
    await expect(stage.getByRole('main', { name: 'Sahna koʻrinishi' })).toBeVisible();
    await expect(stage.getByText('Tayyor')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(page.getByRole('region', { name: 'Таймер выступающего' })).toBeVisible();
    await expect(projector.getByRole('main', { name: 'Проектор' })).toBeVisible();

    // A ready-made message from the Russian console reaches the stage in Uzbek.
    await page.getByRole('region', { name: 'Таймер выступающего' }).getByRole('button', { name: 'Пожалуйста, завершайте' }).click();
    await expect(stage.getByRole('status').filter({ hasText: 'Iltimos, yakunlang' })).toBeVisible();
    await expect(projector.getByRole('status').filter({ hasText: 'Пожалуйста, завершайте' })).toBeVisible();

    // The console changes its language; the stage keeps its own, the projector follows the console.
    await page.getByRole('combobox', { name: 'Язык' }).selectOption('kk');
    await expect(projector.getByRole('main', { name: 'Проектор' })).toBeVisible();
    await expect(projector.locator('html')).toHaveAttribute('lang', 'kk');
    await expect(stage.getByRole('main', { name: 'Sahna koʻrinishi' })).toBeVisible();

    // A reload, and a restart of the host, keep the stage's choice.
    await server.restart();
    await stage.reload();
    await expect(stage.getByRole('main', { name: 'Sahna koʻrinishi' })).toBeVisible();

    // One monitor can ask for a language of its own, whatever the settings say.
    const turkmen = await context.newPage();
    await turkmen.goto(`${server.url}projector?lang=tk`);
    await expect(turkmen.locator('html')).toHaveAttribute('lang', 'tk');
    await expect(turkmen.getByRole('main', { name: 'Proýektor' })).toBeVisible();
    const unknown = await context.newPage();
    await unknown.goto(`${server.url}projector?lang=__proto__`);
    await expect(unknown.getByRole('main', { name: 'Проектор' })).toBeVisible();

    // "As the console" gives the stage the console's language again.
    await page.reload();
    await page.getByRole('combobox', { name: 'Сахна тілі' }).selectOption({ label: 'Пульттегідей' });
    await expect(stage.locator('html')).toHaveAttribute('lang', 'kk');
    await expect(stage.getByRole('main', { name: 'Сахна көрінісі' })).toBeVisible();
  });
});
