/**
 * Rapporteurs working together, in real Chromium against serve mode (issue
 * 15): two rapporteurs capturing live on one host (the second on another
 * laptop, over the venue network with the rapporteur token), two
 * rapporteurs on two hosts with their own data folders exchanging exports
 * both ways and resolving the one real conflict field by field, and the
 * Roadmap of Cooperation filled in the panel and published.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import AxeBuilder from '@axe-core/playwright';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { Browser, Locator, Page } from '@playwright/test';
import { test, expect } from './serve-fixture';
import { goLive } from './go-live';
import { ServeProcess } from '../serve-process';

const run = promisify(execFile);

/** Serious and critical axe violations within the recommendations panel. */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).include('section.recommendations').analyze();
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** The export's JSON Schema (generated from zod): every file the app writes must pass it. */
async function schemaCheck(): Promise<(bytes: Buffer) => string | null> {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  const validate = ajv.compile(JSON.parse(await readFile('shared/recommendations/files/recommendations-export.schema.json', 'utf8')) as object);
  return (bytes) => (validate(JSON.parse(bytes.toString('utf8'))) ? null : JSON.stringify(validate.errors));
}
const PANEL_TITLE = 'How the WPS agenda is implemented today: national perspectives';

const recsOf = (page: Page) => page.getByRole('region', { name: 'Recommendations' });
/** A record in the list (a conflict's item, named the same, has no Edit button). */
const itemOf = (page: Page, text: string) =>
  recsOf(page)
    .getByRole('listitem', { name: text, exact: true })
    .filter({ has: page.getByRole('button', { name: 'Edit' }) });

async function setRapporteur(page: Page, name: string): Promise<void> {
  const field = recsOf(page).getByRole('textbox', { name: 'Rapporteur name' });
  await field.fill(name);
  await field.press('Enter');
}

async function capture(page: Page, text: string): Promise<void> {
  const box = recsOf(page).getByRole('textbox', { name: 'New recommendation' });
  await box.fill(text);
  await box.press('Enter');
  await expect(itemOf(page, text)).toBeVisible();
}

async function setStatus(page: Page, text: string, status: string): Promise<void> {
  const item = itemOf(page, text);
  await item.getByRole('button', { name: 'Edit' }).click();
  await item.getByRole('combobox', { name: 'Status' }).selectOption(status);
  await item.getByRole('button', { name: 'Done' }).click();
}

/** Rewords a record in its editor (the text saves as it is typed, and at once on leaving the field). */
async function reword(page: Page, text: string, newText: string): Promise<void> {
  const item = itemOf(page, text);
  await item.getByRole('button', { name: 'Edit' }).click();
  const field = item.getByRole('textbox', { name: 'Recommendation text' });
  await field.fill(newText);
  await field.blur();
  await expect(itemOf(page, newText)).toBeVisible();
  await itemOf(page, newText).getByRole('button', { name: 'Done' }).click();
}

/** Clicks an export control and returns the downloaded file's bytes. */
async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; path: string; bytes: Buffer }> {
  const downloading = page.waitForEvent('download');
  await click();
  const file = await downloading;
  const path = (await file.path())!;
  return { name: file.suggestedFilename(), path, bytes: await readFile(path) };
}

const exportJson = (page: Page) => download(page, () => recsOf(page).getByRole('button', { name: 'Export JSON' }).click());

async function publish(page: Page, file: string, annex = false) {
  const group = recsOf(page).getByRole('group', { name: 'Publish' });
  await group.getByRole('combobox', { name: 'File to export' }).selectOption({ label: file });
  const box = group.getByRole('checkbox', { name: 'With an annex of the not-agreed recommendations' });
  if ((await box.isEnabled()) && (await box.isChecked()) !== annex) await box.click();
  return download(page, () => group.getByRole('button', { name: 'Export' }).click());
}

async function importFile(page: Page, name: string, bytes: Buffer): Promise<string> {
  const choosing = page.waitForEvent('filechooser');
  await recsOf(page).getByRole('button', { name: 'Import JSON' }).click();
  await (await choosing).setFiles({ name, mimeType: 'application/json', buffer: bytes });
  const notice = recsOf(page).getByRole('status').filter({ hasText: `Imported ${name}` });
  await expect(notice).toBeVisible();
  return (await notice.textContent())!;
}

/** A second laptop: its own browser profile (so its own rapporteur name and undo). */
async function laptop(browser: Browser, url: string): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url);
  return { page, close: () => context.close() };
}

const conflictsOf = (page: Page) => recsOf(page).getByRole('region', { name: /conflicts? to resolve/ });
/** The row of a field in a conflict's table, and the choice it shows. */
const fieldRow = (conflict: Locator, field: string) => conflict.getByRole('row').filter({ has: conflict.page().getByRole('rowheader', { name: new RegExp(`^${field}`) }) });

test.describe('rapporteurs together', () => {
  // Two hosts, two browsers, many exports: over a minute when other suites share the machine.
  test.describe.configure({ timeout: 180_000 });
  test('two rapporteurs capture live on one host, the second over the venue network with the rapporteur token: each sees the other at once and undoes only their own', async ({ page, browser, server }) => {
    await page.goto(server.url);
    await goLive(page, page.getByRole('listitem', { name: PANEL_TITLE }));
    const timer = page.getByRole('region', { name: 'Speaker timer' });
    await timer.getByText('Venue network').click();
    await timer.getByRole('button', { name: 'Network views', exact: true }).click();
    const link = new URL((await timer.getByText(/^Rapporteur \(recommendations/).locator('code').textContent())!);
    expect(link.searchParams.get('token')).toMatch(/.{16,}/);
    // The link names the venue network's address; this machine reaches the same port on loopback.
    const second = await laptop(browser, `http://127.0.0.1:${link.port}/?token=${link.searchParams.get('token')!}`);
    try {
      const dilnoza = second.page;
      await setRapporteur(page, 'Aigerim');
      await setRapporteur(dilnoza, 'Dilnoza');
      // The rapporteur's laptop captures but does not run the stage.
      await expect(dilnoza.getByRole('button', { name: 'Go live' })).toHaveCount(0);

      const ours = ['Quotas of 30% for women in parliaments', 'Учредить региональную сеть женщин-медиаторов'];
      const theirs = ['Support networks of women abroad', 'Әйелдердің бейбітшілік процестеріне қатысуын арттыру'];
      // Interleaved, as two people type during one panel: each record shows on the other laptop at once.
      for (let i = 0; i < 2; i++) {
        await capture(page, ours[i]!);
        await expect(itemOf(dilnoza, ours[i]!)).toBeVisible();
        await capture(dilnoza, theirs[i]!);
        await expect(itemOf(page, theirs[i]!)).toBeVisible();
      }
      // Both are tagged to the live segment, whichever laptop captured them.
      for (const text of [...ours, ...theirs]) await expect(itemOf(page, text)).toContainText(PANEL_TITLE);
      await expect(recsOf(page).getByText('4 recommendations')).toBeVisible();

      // Dilnoza's undo takes back her last record only, on both laptops.
      await expect(recsOf(dilnoza).getByRole('button', { name: 'Revert last change' })).toHaveAccessibleDescription(`Add recommendation — ${theirs[1]!}`);
      await recsOf(dilnoza).getByRole('button', { name: 'Revert last change' }).click();
      for (const view of [page, dilnoza]) {
        await expect(itemOf(view, theirs[1]!)).toBeHidden();
        await expect(itemOf(view, ours[1]!)).toBeVisible();
      }
      // Aigerim's undo is hers: her last record, not Dilnoza's first.
      await expect(recsOf(page).getByRole('button', { name: 'Revert last change' })).toHaveAccessibleDescription(`Add recommendation — ${ours[1]!}`);
      await recsOf(page).getByRole('button', { name: 'Revert last change' }).click();
      for (const view of [page, dilnoza]) {
        await expect(itemOf(view, ours[1]!)).toBeHidden();
        await expect(itemOf(view, theirs[0]!)).toBeVisible();
        await expect(itemOf(view, ours[0]!)).toBeVisible();
      }
      await recsOf(dilnoza).getByRole('button', { name: 'Reapply change' }).click();
      await expect(itemOf(page, theirs[1]!)).toBeVisible();
    } finally {
      await second.close();
    }
  });

  test('two rapporteurs on two hosts exchange exports both ways, edit one record each, and resolve the one real conflict field by field as one undo step', async ({ page, browser, server }) => {
    const otherDir = await mkdtemp(join(tmpdir(), 'moderator-e2e-other-'));
    const other = new ServeProcess(otherDir);
    const second = await laptop(browser, await other.start());
    try {
      const dilnoza = second.page;
      await page.goto(server.url);
      await setRapporteur(page, 'Aigerim');
      await setRapporteur(dilnoza, 'Dilnoza');
      await goLive(page, page.getByRole('listitem', { name: PANEL_TITLE }));
      const records = ['Quotas for women in parliaments', 'Support networks of women abroad', 'Gender-responsive budgeting of national action plans'];
      for (const text of records) await capture(page, text);

      // Re-importing one's own export changes nothing: the instants survive the file exactly.
      const first = await exportJson(page);
      expect(await importFile(page, 'own.json', first.bytes)).toContain('Imported own.json: 0 new, 0 updated, 3 unchanged, 0 conflicts to resolve');
      await expect(conflictsOf(page)).toHaveCount(0);

      // The other laptop's example session has the same segment ids: the records land on its own panel segment.
      expect(await importFile(dilnoza, 'aigerim.json', first.bytes)).toContain('Imported aigerim.json: 3 new, 0 updated, 0 unchanged, 0 conflicts to resolve');
      for (const text of records) await expect(itemOf(dilnoza, text)).toContainText(PANEL_TITLE);
      await expect(recsOf(dilnoza).getByText('(another session)')).toHaveCount(0);
      expect(await importFile(dilnoza, 'aigerim-again.json', first.bytes)).toContain('0 new, 0 updated, 3 unchanged, 0 conflicts to resolve');

      // Dilnoza rewords the first record; Aigerim agrees it meanwhile.
      const reworded = 'Quotas of at least 30% for women in parliaments';
      await reword(dilnoza, records[0]!, reworded);
      const reply = await exportJson(dilnoza);
      await setStatus(page, records[0]!, 'agreed');
      await expect(itemOf(page, records[0]!)).toContainText('Agreed');

      // Exactly the one real conflict, shown field by field with the version both had.
      expect(await importFile(page, 'dilnoza.json', reply.bytes)).toContain('Imported dilnoza.json: 0 new, 0 updated, 2 unchanged, 1 conflict to resolve');
      const conflict = conflictsOf(page).getByRole('listitem');
      await expect(conflict).toHaveCount(1);
      const text = fieldRow(conflict, 'Text');
      const status = fieldRow(conflict, 'Status');
      await expect(conflict.getByRole('row')).toHaveCount(3);
      await expect(text).toContainText(records[0]!);
      await expect(text).toContainText(reworded);
      await expect(status).toContainText('Draft');
      await expect(status).toContainText('Agreed');
      // Proposed: each field from the side that changed it.
      await expect(text.getByRole('radio', { name: 'Take theirs' })).toBeChecked();
      await expect(status.getByRole('radio', { name: 'Keep ours' })).toBeChecked();
      expect(await seriousViolations(page)).toEqual([]);
      await conflict.getByRole('button', { name: 'Resolve with these choices' }).click();
      await expect(conflictsOf(page)).toHaveCount(0);
      await expect(itemOf(page, reworded)).toContainText('Agreed');

      // One undo step: the record and its conflict come back together, and come undone together again.
      await expect(recsOf(page).getByRole('button', { name: 'Revert last change' })).toHaveAccessibleDescription(/Resolve/);
      await recsOf(page).getByRole('button', { name: 'Revert last change' }).click();
      await expect(conflictsOf(page).getByRole('listitem')).toHaveCount(1);
      await expect(itemOf(page, records[0]!)).toContainText('Agreed');
      await recsOf(page).getByRole('button', { name: 'Reapply change' }).click();
      await expect(conflictsOf(page)).toHaveCount(0);
      await expect(itemOf(page, reworded)).toContainText('Agreed');

      // The merge summary says what came in and how it was resolved.
      const summary = await publish(page, 'Merge summary (CSV)');
      expect(summary.name).toBe('merge-summary-2023-10-16.csv');
      const summaryText = summary.bytes.toString('utf8');
      expect(summaryText.startsWith('\ufeff')).toBe(true);
      expect(summaryText).toContain('dilnoza.json');
      expect(summaryText).toContain(reworded);

      // Back the other way: Dilnoza takes the resolution without a conflict.
      const resolved = await exportJson(page);
      const invalid = await schemaCheck();
      for (const file of [first, reply, resolved]) expect(invalid(file.bytes), file.name).toBeNull();
      expect(await importFile(dilnoza, 'aigerim-2.json', resolved.bytes)).toContain('Imported aigerim-2.json: 0 new, 1 updated, 2 unchanged, 0 conflicts to resolve');
      await expect(itemOf(dilnoza, reworded)).toContainText('Agreed');
      await expect(conflictsOf(dilnoza)).toHaveCount(0);
      // And each one's own export, re-imported, still changes nothing.
      expect(await importFile(dilnoza, 'own.json', (await exportJson(dilnoza)).bytes)).toContain('0 new, 0 updated, 3 unchanged, 0 conflicts to resolve');
      expect(await importFile(page, 'dilnoza-2.json', (await exportJson(dilnoza)).bytes)).toContain('0 new, 0 updated, 3 unchanged, 0 conflicts to resolve');
    } finally {
      await second.close();
      await other.stop();
      await rm(otherDir, { recursive: true, force: true });
    }
  });

  test('the Roadmap of Cooperation: the agreed recommendations as actions, filled in the panel, published as PDF with the outcome document', async ({ page, server }) => {
    await page.goto(server.url);
    await setRapporteur(page, 'Aigerim');
    const agreed = 'Establish a regional platform for women mediators in Central Asia';
    const draft = 'A draft still under discussion';
    const rejected = 'Abolish all national action plans';
    await capture(page, agreed);
    await capture(page, draft);
    await capture(page, rejected);
    await setStatus(page, agreed, 'agreed');
    await setStatus(page, rejected, 'not-agreed');

    const roadmap = recsOf(page).getByRole('region', { name: /^Roadmap of Cooperation/ });
    const toggle = roadmap.getByRole('button', { name: 'Roadmap of Cooperation (1)' });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await toggle.click();
    const action = roadmap.getByRole('form', { name: /^Roadmap action for Establish a regional platform/ });
    await expect(action).toBeVisible();
    await expect(roadmap.getByRole('form', { name: new RegExp(draft) })).toHaveCount(0);
    await action.getByRole('textbox', { name: 'Who leads' }).fill('Parliament of the Republic of Kazakhstan');
    await action.getByRole('textbox', { name: 'With whom' }).fill('UN Women, UNRCCA');
    await action.getByRole('combobox', { name: 'Civil-society participation' }).selectOption({ label: 'Seat in a regional platform' });
    await action.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'In progress' });
    // A date typed as people write it on a 24-hour console; one the calendar does not have is refused at the field.
    const due = action.getByRole('textbox', { name: 'By when' });
    await due.fill('2024-02-30');
    await due.press('Enter');
    await expect(action.getByRole('alert')).toBeVisible();
    await expect(due).toHaveAttribute('aria-invalid', 'true');
    await due.fill('2024-06-30');
    await due.press('Enter');
    await expect(action.getByRole('alert')).toHaveCount(0);
    await action.getByRole('textbox', { name: 'Who leads' }).blur();
    expect(await seriousViolations(page)).toEqual([]);

    // Kept by the host: there after a reload.
    await page.reload();
    await recsOf(page).getByRole('button', { name: 'Roadmap of Cooperation (1)' }).click();
    const kept = recsOf(page).getByRole('form', { name: /^Roadmap action for Establish a regional platform/ });
    await expect(kept.getByRole('textbox', { name: 'Who leads' })).toHaveValue('Parliament of the Republic of Kazakhstan');
    await expect(kept.getByRole('textbox', { name: 'By when' })).toHaveValue('2024-06-30');
    await expect(kept.getByRole('combobox', { name: 'Civil-society participation' })).toHaveValue('regional-platform');

    // Published: the roadmap as a PDF table, the outcome document with the agreed recommendation only.
    const roadmapPdf = await publish(page, 'Roadmap of Cooperation (PDF)');
    expect(roadmapPdf.name).toBe('roadmap-2023-10-16.pdf');
    const roadmapText = (await run('pdftotext', ['-layout', roadmapPdf.path, '-'])).stdout;
    // Words of each cell (a cell's text wraps within its column).
    for (const expected of ['Roadmap of Cooperation', 'Kazakhstan', 'UN Women, UNRCCA', '30 June 2024', 'In progress', 'regional']) expect(roadmapText).toContain(expected);
    expect(roadmapText).not.toContain(draft);
    const outcome = await publish(page, 'Outcome document (PDF)');
    const outcomeText = (await run('pdftotext', [outcome.path, '-'])).stdout;
    expect(outcomeText).toContain('women mediators');
    expect(outcomeText).not.toContain(draft);
    const withAnnex = (await run('pdftotext', [(await publish(page, 'Outcome document (PDF)', true)).path, '-'])).stdout;
    // The annex is of what the conference did not agree; a draft still under discussion is in neither.
    expect(outcomeText).not.toContain(rejected);
    expect(withAnnex).toContain('Annex: recommendations not agreed');
    expect(withAnnex).toContain(rejected);
    expect(withAnnex).not.toContain(draft);
  });
});
