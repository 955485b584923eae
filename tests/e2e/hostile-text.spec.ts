import { test, expect } from './serve-fixture';
import { goLive } from './go-live';
import type { Page } from '@playwright/test';

// Markup and script in every kind of text: names, messages, recommendations.
const SPEAKER = '<img src=x onerror="window.__pwned=1">Delegate';
const MESSAGE = '<script>window.__pwned=1</script>Wrap up';
const RECOMMENDATION = '<b onmouseover="window.__pwned=1">Bold</b> & "quoted" — спасибо';

const pwned = (page: Page) => page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned ?? null);

test('markup in names, messages and recommendations is shown as text everywhere, the report included', async ({ page, context, server }) => {
  await page.goto(server.url);
  const opening = page.getByRole('listitem', { name: 'Opening of the conference: welcome remarks' });
  await opening.getByRole('button', { name: 'Edit' }).click();
  const first = page.getByRole('listitem', { name: 'Representative of the Parliament of the Republic of Kazakhstan' }).first();
  await first.getByRole('button', { name: 'Edit speaker' }).click();
  await page.getByRole('form', { name: /^Edit speaker/ }).getByLabel('Name or role').fill(SPEAKER);
  await page.getByRole('button', { name: 'Save speaker' }).click();
  await goLive(page, opening);

  const timer = page.getByRole('region', { name: 'Speaker timer' });
  await timer.getByLabel('Message text').fill(MESSAGE);
  await timer.getByRole('button', { name: 'Send message' }).click();
  const capture = page.getByRole('textbox', { name: 'New recommendation' });
  await capture.fill(RECOMMENDATION);
  await capture.press('Enter');

  const projector = await context.newPage();
  await projector.goto(`${server.url}projector`);
  const stage = await context.newPage();
  await stage.goto(`${server.url}stage`);

  await expect(timer).toContainText(SPEAKER);
  await expect(page.getByRole('region', { name: 'Recommendations' })).toContainText(RECOMMENDATION);
  for (const view of [projector, stage]) {
    await expect(view.getByRole('status')).toHaveText(MESSAGE);
    await expect(view.getByText(SPEAKER)).toBeVisible();
    expect(await view.locator('img, script:not([src]), b').count()).toBe(0);
  }
  for (const view of [page, projector, stage]) expect(await pwned(view)).toBeNull();

  // The outcome document lists agreed recommendations only: agree it first.
  const item = page.getByRole('region', { name: 'Recommendations' }).getByRole('listitem', { name: RECOMMENDATION });
  await item.getByRole('button', { name: 'Edit' }).click();
  await item.getByRole('combobox', { name: 'Status' }).selectOption('agreed');
  await expect(item).toContainText('Agreed');
  expect(await pwned(page)).toBeNull();
  const report = await page.request.post(`${server.url}api/call/files.export`, { data: { format: 'report' } });
  const html = ((await report.json()) as { value: { body: string } }).value.body;
  expect(html).toContain('&lt;b onmouseover=&quot;window.__pwned=1&quot;&gt;Bold&lt;/b&gt; &amp; &quot;quoted&quot; — спасибо');
  expect(html).not.toContain('<b onmouseover');
});
