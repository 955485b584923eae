/**
 * Go live as the chair does it in these tests. The example conference is
 * dated 16 October 2023, so a session's first Go live asks how to run an
 * event dated another day (the console's off-day question); the answer
 * given here keeps the event's date, unless a test says otherwise. With the
 * host's clock on the conference day (screenshots) nothing is asked.
 */
import { expect, type Locator, type Page } from '@playwright/test';

export const KEEP_DATE = 'Run against the event date';
export const MOVE_TO_TODAY = 'Move the event to today';

export async function goLive(page: Page, row: Locator, answer: typeof KEEP_DATE | typeof MOVE_TO_TODAY = KEEP_DATE): Promise<void> {
  await row.getByRole('button', { name: 'Go live' }).click();
  const question = page.getByRole('dialog', { name: 'Go live on another day than the event’s?' });
  const live = row.locator('.status-badge', { hasText: 'Live' });
  await expect(question.or(live)).toBeVisible();
  if (await question.isVisible()) await question.getByRole('button', { name: answer }).click();
  await expect(live).toBeVisible();
}
