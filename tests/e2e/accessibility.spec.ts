/**
 * Accessibility in real Chromium. axe-core finds no serious or critical
 * violation on the console (light and dark, English and Russian, with its
 * forms open), on the projector or on the stage view in any phase of the
 * timer; and every control of the console is reached with Tab and shows
 * where the focus is.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './serve-fixture';
import { goLive } from './go-live';

const PANEL = 'How the WPS agenda is implemented today: national perspectives';

/** Serious and critical violations, each with the elements it was found on. */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.help}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** The panel live, its first speaker's timer running, a recommendation captured. */
async function conferenceUnderWay(page: Page): Promise<void> {
  await goLive(page, page.getByRole('listitem', { name: PANEL }));
  const timer = page.getByRole('region', { name: 'Speaker timer' });
  await timer.getByRole('button', { name: 'Start' }).click();
  await expect(timer.getByRole('button', { name: 'Pause' })).toBeVisible();
  const capture = page.getByRole('textbox', { name: 'New recommendation' });
  await capture.fill('Quotas for women in peace delegations');
  await capture.press('Enter');
  await expect(page.getByRole('listitem', { name: 'Quotas for women in peace delegations' })).toBeVisible();
}

test.describe('accessibility', () => {
  test('the console in both themes and both languages', async ({ page, server }) => {
    // Four scans of the whole console: over a minute when other suites share the machine.
    test.setTimeout(180_000);
    // Tall enough for the whole console at once: axe then sees every text on its real background.
    await page.setViewportSize({ width: 1280, height: 4000 });
    await page.goto(server.url);
    await conferenceUnderWay(page);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Dark theme' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('combobox', { name: 'Language' }).selectOption('ru');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Тёмная тема' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('the console with its forms and details open', async ({ page, server }) => {
    await page.setViewportSize({ width: 1280, height: 4000 });
    await page.goto(server.url);
    await conferenceUnderWay(page);
    await page.getByRole('listitem', { name: 'Lunch' }).getByRole('button', { name: 'Edit' }).click();
    await page.getByRole('listitem', { name: 'Quotas for women in peace delegations' }).getByRole('button', { name: 'Edit' }).click();
    const timer = page.getByRole('region', { name: 'Speaker timer' });
    await timer.getByText('Speaking time by country').click();
    await timer.getByText('Venue network').click();
    await expect(page.getByRole('form', { name: 'Edit segment Lunch' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Event details' }).click();
    await expect(page.getByRole('region', { name: 'Event details' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('the shortcuts dialog', async ({ page, server }) => {
    await page.goto(server.url);
    await page.getByRole('button', { name: 'Shortcuts (?)' }).click();
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('the projector, the stage view and the console timer in every phase, with a message and in blackout', async ({ page, context, server }) => {
    // Fourteen axe scans of three pages: on a loaded 2-core machine this takes about 30 s.
    test.setTimeout(120_000);
    await page.goto(server.url);
    await conferenceUnderWay(page);
    const timer = page.getByRole('region', { name: 'Speaker timer' });
    const projector = await context.newPage();
    await projector.goto(`${server.url}projector`);
    const stage = await context.newPage();
    await stage.goto(`${server.url}stage`);
    await timer.getByRole('button', { name: 'Please conclude' }).click();
    await expect(stage.getByRole('status')).toHaveText('Please conclude');

    for (const [left, phase] of [['5:00', 'normal'], ['0:55', 'warning'], ['0:14', 'final'], ['0:00', 'overtime']] as const) {
      await timer.getByLabel('Set time left (min or min:s)').fill(left);
      await timer.getByRole('button', { name: 'Set time' }).click();
      for (const view of [page, projector, stage]) {
        await expect(view.locator('.timer-display')).toHaveAttribute('data-phase', phase);
        expect(await seriousViolations(view), `${phase} on ${view.url()}`).toEqual([]);
      }
    }
    await timer.getByRole('button', { name: 'Pause' }).click();
    await expect(projector.locator('.timer-display')).toHaveAttribute('data-phase', 'paused');
    expect(await seriousViolations(projector)).toEqual([]);

    await timer.getByRole('button', { name: 'Blackout' }).click();
    await expect(projector.getByRole('timer')).toHaveCount(0);
    expect(await seriousViolations(projector)).toEqual([]);
  });

  test('every control of the console is reached with Tab and shows a focus ring', async ({ page, server }) => {
    await page.goto(server.url);
    await conferenceUnderWay(page);
    // Number the controls a keyboard user must be able to reach: visible, enabled, not taken out of the tab order.
    const controls = await page.evaluate(() => {
      const selector = 'a[href], button, input, select, textarea, summary, [tabindex]';
      const reachable = Array.from(document.querySelectorAll<HTMLElement>(selector)).filter(
        (el) => el.tabIndex >= 0 && !(el as HTMLButtonElement).disabled && el.checkVisibility({ visibilityProperty: true }),
      );
      reachable.forEach((el, i) => (el.dataset.control = String(i)));
      return reachable.length;
    });
    expect(controls).toBeGreaterThan(100);

    const reached = new Set<string>();
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    for (let step = 0; step < controls + 20 && reached.size < controls; step++) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        return { control: el.dataset.control ?? null, name: el.textContent?.trim().slice(0, 40) ?? el.tagName, ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 };
      });
      if (!focus) continue;
      expect(focus.ring, `focus ring on ${focus.name}`).toBe(true);
      if (focus.control !== null) reached.add(focus.control);
    }
    expect(reached.size).toBe(controls);
  });
});
