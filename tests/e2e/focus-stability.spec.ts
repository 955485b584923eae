/**
 * Focus stability: every text field of every panel is typed into with the
 * keyboard, while another window keeps changing the session and autosaves
 * go to the host: in each panel 300 characters spread across its fields
 * (at least 25 in each), and 300 in each of the two boxes saved as they are
 * typed (the capture box and a recommendation's text), one save landing
 * half way. Every field keeps the focus (it is never blurred or replaced)
 * and every character, and none of the typed letters runs a console
 * shortcut.
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './serve-fixture';
import { goLive } from './go-live';
import { hostDoc, hostDraft, streamCommands } from './host-probe';

const OPENING = 'Opening of the conference: welcome remarks';
/** Letters that are console shortcuts, a comma (tags split on it), and no Enter. */
const SAMPLE = 'Budget +10 per cent, b n p r - [ ] ? Space. ';

function textOf(length: number, seed: string): string {
  return `${seed} ${SAMPLE.repeat(Math.ceil(length / SAMPLE.length))}`.slice(0, length);
}

/** The text fields inside `scope` that are on screen: inputs typed into as text, and text areas. */
function textFields(scope: Locator): Locator {
  return scope.locator('input:not([type]), input[type="text"], input[type="search"], textarea').filter({ visible: true });
}

/**
 * Marks the field (so a blur, or the field replaced by another element,
 * shows), clicks it as a user would and types with the keyboard alone;
 * then checks that the same field kept both the focus and every character.
 */
async function typeInto(page: Page, field: Locator, text: string, afterHalf?: (typed: string) => Promise<void>): Promise<void> {
  await field.evaluate((el) => {
    el.dataset.blurs = '0';
    el.addEventListener('blur', () => (el.dataset.blurs = String(Number(el.dataset.blurs) + 1)));
  });
  await field.click();
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Delete');
  const half = Math.floor(text.length / 2);
  await page.keyboard.type(text.slice(0, half));
  if (afterHalf) await afterHalf(text.slice(0, half));
  await page.keyboard.type(text.slice(half));
  await expect(field).toBeFocused();
  await expect(field).toHaveAttribute('data-blurs', '0');
  await expect(field).toHaveValue(text);
}

/** Types `total` characters spread across the text fields in `scope` (at least 25 in each); returns how many fields. */
async function typeIntoEach(page: Page, scope: Locator, label: string, total = 300): Promise<number> {
  const count = await textFields(scope).count();
  for (let i = 0; i < count; i++) {
    const field = textFields(scope).nth(i);
    const limit = Number((await field.getAttribute('maxlength')) ?? total);
    await typeInto(page, field, textOf(Math.min(Math.max(25, Math.ceil(total / count)), limit), `${label} ${i}`));
  }
  return count;
}

/** Nothing the letters could have done to the stage happened. */
async function stageUntouched(page: Page): Promise<void> {
  const timer = page.getByRole('region', { name: 'Speaker timer' });
  await expect(timer.getByRole('button', { name: 'Blackout' })).toHaveAttribute('aria-pressed', 'false');
  await expect(timer.getByRole('button', { name: 'Start' })).toBeVisible();
  await expect(timer.getByRole('timer')).toHaveText('7:00');
  await expect(timer.locator('.timer-speaker')).toContainText('Parliament of the Republic of Kazakhstan');
}

/** Another window at work: the timer's message, the venue, a segment's notes and someone else's draft keep changing. */
async function otherWindowAtWork(page: Page, url: string): Promise<() => Promise<number>> {
  const other = await page.context().newPage();
  await other.goto(url);
  const doc = await hostDoc(other);
  const breakId = doc.parts[0]!.segments[1]!.id;
  return streamCommands(
    other,
    [
      { type: 'timer.message', text: 'Please conclude', flash: false },
      { type: 'event.update', patch: { venue: 'Almaty, Kazakhstan' } },
      { type: 'segment.update', segmentId: breakId, patch: { notes: 'Photo on the steps' } },
      { type: 'rec.draft', rapporteur: 'Someone else', text: 'A draft in another window' },
      { type: 'timer.clearMessage' },
      { type: 'event.update', patch: { venue: 'Rixos, Almaty' } },
      { type: 'segment.update', segmentId: breakId, patch: { notes: 'Photo in the hall' } },
      { type: 'rec.draft', rapporteur: 'Someone else', text: 'Another draft in another window' },
    ],
    200,
  );
}

async function openConsole(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await goLive(page, page.getByRole('listitem', { name: OPENING }));
  await expect(page.getByRole('region', { name: 'Speaker timer' }).getByRole('timer')).toHaveText('7:00');
}

test.describe('focus stability', () => {
  // Hundreds of characters typed key by key while another window sends a command every 200 ms:
  // about 40 s on an idle 2-core machine, over a minute when other suites share it. An explicit budget.
  test.describe.configure({ timeout: 180_000 });

  test('the run-of-show and the event details keep focus and text while the session changes', async ({ page, server }) => {
    await openConsole(page, server.url);
    const runOfShow = page.getByRole('region', { name: 'Run of show' });
    const opening = runOfShow.getByRole('region', { name: 'Opening', exact: true });
    await opening.getByRole('listitem', { name: OPENING }).getByRole('button', { name: 'Edit', exact: true }).click();
    await opening.getByRole('listitem', { name: /Representative of the Parliament/ }).getByRole('button', { name: 'Edit speaker' }).click();
    await opening.getByRole('button', { name: 'Add segment to Opening' }).click();
    // Last: while it is renamed, the part's heading (its region's name) is a form.
    await opening.getByRole('button', { name: 'Rename part Opening' }).click();

    const stop = await otherWindowAtWork(page, server.url);
    // The part's title; title, hard start, chair and notes of the segment; name and organization of the speaker edited and of a new one; the new segment's four; the new part's title.
    expect(await typeIntoEach(page, runOfShow, 'Run of show')).toBe(14);
    // The event details open over the run-of-show, so they come second: title, venue, date, day start, zone, organizers, zones.
    await page.getByRole('button', { name: 'Event details' }).click();
    expect(await typeIntoEach(page, page.getByRole('region', { name: 'Event details' }), 'Event')).toBe(7);
    expect(await stop()).toBeGreaterThan(10);
    await stageUntouched(page);
  });

  test('the speaker timer keeps focus and text while the session changes', async ({ page, server }) => {
    await openConsole(page, server.url);
    const stop = await otherWindowAtWork(page, server.url);
    // Time left, the time of day to count down to, intervention, message.
    expect(await typeIntoEach(page, page.getByRole('region', { name: 'Speaker timer' }), 'Timer')).toBe(4);
    expect(await stop()).toBeGreaterThan(3);
    await stageUntouched(page);
  });

  test('the recommendations: every field keeps focus and text while autosaves and other changes are in flight', async ({ page, server }) => {
    await openConsole(page, server.url);
    const panel = page.getByRole('region', { name: 'Recommendations' });
    const capture = panel.getByRole('textbox', { name: 'New recommendation' });
    await capture.fill('Quotas for women in parliaments');
    await capture.press('Enter');
    await panel.getByRole('listitem', { name: 'Quotas for women in parliaments' }).getByRole('button', { name: 'Edit' }).click();
    const editor = panel.getByRole('form', { name: /^Edit recommendation/ });
    await expect(editor).toBeVisible();
    // Each is typed into below: the rapporteur's name, the capture box, the search, and the editor's text, title, tags and rapporteur.
    expect(await textFields(panel).count()).toBe(7);
    const stop = await otherWindowAtWork(page, server.url);

    const name = panel.getByRole('textbox', { name: 'Rapporteur name' });
    await typeInto(page, name, textOf(50, 'Name'));
    const rapporteur = textOf(50, 'Name').trim();
    // The capture box and the recommendation's text are saved while they are typed: let one save land half way.
    const captured = textOf(300, 'Capture');
    await typeInto(page, capture, captured, async (typed) => {
      await expect.poll(() => hostDraft(page, rapporteur)).toBe(typed);
    });
    await typeInto(page, editor.getByRole('textbox', { name: 'Recommendation text' }), textOf(300, 'Text'), async (typed) => {
      // The list's heading shows the host's text: the save has been made and echoed back.
      await expect(panel.getByRole('heading', { name: typed.trim() })).toBeVisible();
    });
    for (const label of ['Short title', 'Tags (comma-separated)', 'Rapporteur']) await typeInto(page, editor.getByRole('textbox', { name: label, exact: true }), textOf(50, label));
    await typeInto(page, panel.getByRole('searchbox', { name: 'Search recommendations' }), textOf(50, 'Search'));
    expect(await stop()).toBeGreaterThan(10);
    await expect.poll(() => hostDraft(page, rapporteur)).toBe(captured);
    await stageUntouched(page);
  });
});
