/** The rapporteur's panel in serve mode: capture, durability, editing, finding, export and import, in real Chromium. */
import { readFile } from 'node:fs/promises';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { Page } from '@playwright/test';
import { test, expect } from './serve-fixture';
import { goLive } from './go-live';

const PANEL_TITLE = 'How the WPS agenda is implemented today: national perspectives';
const CAPTURED = [
  'Establish a regional platform for women mediators in Central Asia',
  'Учредить региональную сеть женщин-медиаторов при парламентах',
  'Әйелдердің бейбітшілік процестеріне қатысуын арттыру',
];

async function validator() {
  const schema = JSON.parse(await readFile('shared/recommendations/files/recommendations-export.schema.json', 'utf8')) as object;
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  return ajv.compile(schema);
}

const panelOf = (page: Page) => page.getByRole('region', { name: 'Recommendations' });

async function exportJson(page: Page): Promise<{ fileName: string; data: Record<string, unknown> & { recommendations: Array<Record<string, unknown>>; segments: Array<Record<string, unknown>> } }> {
  const downloading = page.waitForEvent('download');
  await panelOf(page).getByRole('button', { name: 'Export JSON' }).click();
  const download = await downloading;
  const text = await readFile((await download.path())!, 'utf8');
  return { fileName: download.suggestedFilename(), data: JSON.parse(text) };
}

test.describe('recommendations', () => {
  test('three recommendations captured during a live segment survive a reload and a restart, and export as valid JSON', async ({ page, server }) => {
    await page.goto(server.url);
    const segment = page.getByRole('listitem', { name: PANEL_TITLE });
    await goLive(page, segment);

    const panel = panelOf(page);
    const capture = panel.getByRole('textbox', { name: 'New recommendation' });
    await expect(panel.getByRole('combobox', { name: 'Segment' }).first()).toHaveValue(/.+/);
    await capture.fill(CAPTURED[0]!);
    await capture.press('Enter');
    await expect(capture).toHaveValue('');
    await capture.fill(CAPTURED[1]!);
    await capture.press('Enter');
    await capture.fill(CAPTURED[2]!);
    await panel.getByRole('button', { name: 'Add recommendation' }).click();
    for (const text of CAPTURED) await expect(panel.getByRole('listitem', { name: text })).toBeVisible();
    await expect(panel.getByRole('listitem', { name: CAPTURED[1]! })).toContainText(PANEL_TITLE);

    await page.reload();
    for (const text of CAPTURED) await expect(panelOf(page).getByRole('listitem', { name: text })).toBeVisible();

    await page.goto(await server.restart());
    for (const text of CAPTURED) await expect(panelOf(page).getByRole('listitem', { name: text })).toBeVisible();

    const { fileName, data } = await exportJson(page);
    expect(fileName).toBe('recommendations-2023-10-16.json');
    const validate = await validator();
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    expect(data.recommendations.map((r) => r.text)).toEqual(CAPTURED);
    const live = data.segments.find((s) => s.title === PANEL_TITLE)!;
    const speakers = live.speakers as Array<{ id: string }>;
    for (const rec of data.recommendations) {
      expect(rec.segmentId).toBe(live.id);
      expect(speakers.map((s) => s.id)).toContain(rec.speakerId);
    }
    await expect(panelOf(page).getByRole('status').filter({ hasText: 'Saved recommendations-2023-10-16.json' })).toBeVisible();
  });

  test('text being typed is kept by the host: saved as it is typed and when the window closes', async ({ context, server }) => {
    const DRAFT = 'Gender-responsive budgeting for national action plans, half way through the sent';
    const box = (p: Page) => panelOf(p).getByRole('textbox', { name: 'New recommendation' });
    const first = await context.newPage();
    await first.goto(server.url);
    await box(first).fill(DRAFT);
    await first.close({ runBeforeUnload: true });

    const second = await context.newPage();
    await second.goto(server.url);
    await expect(box(second)).toHaveValue(DRAFT);
    await box(second).press('Control+End');
    await box(second).pressSequentially('ence');
    const third = await context.newPage();
    await expect(async () => {
      await third.goto(server.url);
      await expect(box(third)).toHaveValue(`${DRAFT}ence`, { timeout: 500 });
    }).toPass({ timeout: 5_000 });
  });

  test('another rapporteur’s file merges in; a record edited on both sides is resolved by taking theirs', async ({ page, server }) => {
    await page.goto(server.url);
    const panel = panelOf(page);
    const capture = panel.getByRole('textbox', { name: 'New recommendation' });
    await capture.fill('Quotas for women in parliaments');
    await capture.press('Enter');
    const ours = panel.getByRole('listitem', { name: 'Quotas for women in parliaments' });
    await expect(ours).toBeVisible();

    // Their copy of our export: they reworded our record and added one of their own.
    const { data } = await exportJson(page);
    const [record] = data.recommendations as Array<Record<string, unknown> & { updatedAt: string }>;
    const later = new Date(Date.parse(record!.updatedAt) + 60_000).toISOString();
    const theirs = { ...record!, text: 'Quotas of at least 30% for women in parliaments', updatedAt: later, priorVersions: [record!.updatedAt] };
    const added = { ...record!, id: '7d0c3c64-3f4e-4c59-9d55-0c8f6b1f2a10', text: 'Шетелдегі әйелдер желісін қолдау', rapporteur: 'Dilnoza' };
    const file = { ...data, recommendations: [theirs, added] };

    await ours.getByRole('button', { name: 'Edit' }).click();
    await ours.getByRole('combobox', { name: 'Status' }).selectOption('agreed');
    await expect(ours).toContainText('Agreed');

    const choosing = page.waitForEvent('filechooser');
    await panel.getByRole('button', { name: 'Import JSON' }).click();
    await (await choosing).setFiles({ name: 'dilnoza.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    await expect(panel.getByRole('status').filter({ hasText: 'Imported' })).toContainText('Imported dilnoza.json: 1 new, 0 updated, 0 unchanged, 1 conflict to resolve');
    await expect(panel.getByRole('listitem', { name: 'Шетелдегі әйелдер желісін қолдау' })).toBeVisible();

    const conflict = panel.getByRole('region', { name: '1 conflict to resolve' }).getByRole('listitem');
    await expect(conflict).toContainText('Quotas of at least 30% for women in parliaments');
    await conflict.getByRole('button', { name: 'Take theirs' }).click();
    await expect(panel.getByRole('region', { name: /conflict to resolve/ })).toBeHidden();
    await expect(panel.getByRole('listitem', { name: 'Quotas of at least 30% for women in parliaments' })).toContainText('Draft');
  });

  test('an edit, a revert, a search, and a bad import refused with where it went wrong', async ({ page, server }) => {
    await page.goto(server.url);
    const panel = panelOf(page);
    const capture = panel.getByRole('textbox', { name: 'New recommendation' });
    await capture.fill('<b>Quotas</b> for women in parliaments');
    await capture.press('Enter');
    const item = panel.getByRole('listitem', { name: '<b>Quotas</b> for women in parliaments' });
    await expect(item).toBeVisible();
    await item.getByRole('button', { name: 'Edit' }).click();
    await item.getByRole('combobox', { name: 'Status' }).selectOption('agreed');
    await expect(item).toContainText('Agreed');
    await panel.getByRole('button', { name: 'Revert last change' }).click();
    await expect(item).toContainText('Draft');

    await panel.getByRole('searchbox', { name: 'Search recommendations' }).fill('quotas');
    await expect(panel.getByRole('status').filter({ hasText: 'recommendation' }).first()).toContainText('1 recommendation');
    await panel.getByRole('searchbox', { name: 'Search recommendations' }).fill('nothing like this');
    await expect(item).toBeHidden();

    const choosing = page.waitForEvent('filechooser');
    await panel.getByRole('button', { name: 'Import JSON' }).click();
    const chooser = await choosing;
    await chooser.setFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "moderator-console/recommendations",\n "formatVersion": 1,,\n}') });
    await expect(panel.getByRole('alert')).toContainText('Nothing was imported: line 2, column 21: is not valid JSON');
  });
});
