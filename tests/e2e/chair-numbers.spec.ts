/**
 * The chair's numbers in real Chromium against serve mode (issue 14): the
 * day's lateness follows the speakers still to come and a fixed lunch
 * warns; Go live on the example dated 2023 asks once and never shows
 * thousands of hours; dates and times are 24-hour in an en-US browser;
 * refusals are plain words of the interface language at the field they
 * name; a break counts down to a time of day on the projector and stage.
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './serve-fixture';
import { hostAt } from './conference-host';
import { goLive, KEEP_DATE, MOVE_TO_TODAY } from './go-live';

const OPENING = 'Opening of the conference: welcome remarks';
const BREAK = 'Family photo and coffee break';
const QUESTION = 'Go live on another day than the event’s?';

const summaryOf = (page: Page) => page.getByLabel('Day summary');
const timerOf = (page: Page) => page.getByRole('region', { name: 'Speaker timer' });

/** Minutes of "Running 1 h 18 min late". */
async function lateMinutes(summary: Locator): Promise<number> {
  const match = /Running (?:(\d+) h ?)?(?:(\d+) min)? late/.exec(await summary.innerText());
  if (!match) throw new Error('the day is not running late');
  return Number(match[1] ?? 0) * 60 + Number(match[2] ?? 0);
}

async function openEventDetails(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Event details' }).click();
  return page.getByRole('region', { name: 'Event details' });
}

test.describe("the chair's numbers", () => {
  test('a paused speaker with time to come makes the day late and Lunch at 12:30 warns; +1 min moves the end', async ({ page, server }) => {
    await page.goto(await hostAt(server, '10:00:00'));
    await goLive(page, page.getByRole('listitem', { name: OPENING }));
    const timer = timerOf(page);
    await expect(timer).toContainText('Representative of the Parliament of the Republic of Kazakhstan');
    await timer.getByRole('button', { name: 'Start' }).click();
    await timer.getByRole('textbox', { name: 'Set time left (min or min:s)' }).fill('100');
    await timer.getByRole('button', { name: 'Set time' }).click();
    await timer.getByRole('button', { name: 'Pause' }).click();
    await expect(timer.getByRole('button', { name: 'Start' })).toBeVisible();

    // 100 min of the first speaker and three of 7 min still to come: the opening ends about 12:03, lunch at 13:48.
    const summary = summaryOf(page);
    await expect(summary).toContainText(/Running 1 h 1\d min late/);
    await expect(summary.getByRole('list', { name: 'Fixed starts' }).getByRole('listitem').first()).toHaveText(/^Lunch: expected at 13:4\d, 1 h 1\d min after its fixed 12:30$/);
    await expect(page.getByRole('listitem', { name: 'Lunch' })).toContainText(/expected at 13:4\d, 1 h 1\d min after its fixed 12:30/);

    const before = await lateMinutes(summary);
    await timer.getByRole('button', { name: '+1 min' }).click();
    await expect.poll(() => lateMinutes(summary)).toBe(before + 1);
  });

  test('Go live on the example dated 2023 asks once; moved to today, nothing reads as thousands of hours', async ({ page, server }) => {
    await page.goto(server.url);
    const opening = page.getByRole('listitem', { name: OPENING });
    await opening.getByRole('button', { name: 'Go live' }).click();
    const question = page.getByRole('dialog', { name: QUESTION });
    await expect(question).toContainText('The event is dated Monday, 16 October 2023');
    await question.getByRole('button', { name: MOVE_TO_TODAY }).click();

    await expect(opening.locator('.status-badge')).toHaveText('Live');
    await expect(page.locator('.event-facts time')).not.toContainText('2023');
    await expect(summaryOf(page)).not.toContainText(/\d{3,} h/);
    await expect(page.getByRole('region', { name: 'Run of show' })).not.toContainText(/\d{3,} h/);
  });

  test('run against the event date: asked once, and figures on another day carry their date', async ({ page, server }) => {
    await page.goto(server.url);
    await goLive(page, page.getByRole('listitem', { name: OPENING }), KEEP_DATE);
    const year = new Intl.DateTimeFormat('en', { timeZone: 'Asia/Almaty', year: 'numeric' }).format(Date.now());
    await expect(summaryOf(page)).toContainText('Running a day or more late');
    await expect(summaryOf(page).getByRole('definition').filter({ hasText: year }).first()).toBeVisible();
    await expect(page.getByRole('region', { name: 'Run of show' })).not.toContainText(/\d{3,} h/);
    await expect(page.getByRole('listitem', { name: 'Lunch' })).toContainText(/expected at \d+ \w+ \d{4}, \d\d:\d\d, a day or more after its fixed 12:30/);

    const photo = page.getByRole('listitem', { name: BREAK });
    await photo.getByRole('button', { name: 'Go live' }).click();
    await expect(photo.locator('.status-badge')).toHaveText('Live');
    await expect(page.getByRole('dialog', { name: QUESTION })).toHaveCount(0);
  });

  test('a break counts down to a time of day on the projector and the stage', async ({ page, context, server }) => {
    const url = await hostAt(server, '10:30:00');
    await page.goto(url);
    await goLive(page, page.getByRole('listitem', { name: BREAK }));
    const timer = timerOf(page);
    await timer.getByRole('textbox', { name: 'Count down to a time of day (HH:mm)' }).fill('10:45');
    await timer.getByRole('button', { name: 'Count down' }).click();
    await expect(timer).toContainText('Back at 10:45');

    for (const view of ['projector', 'stage']) {
      const screen = await context.newPage();
      await screen.goto(`${url}${view}`);
      await expect(screen.getByRole('main')).toContainText('Back at 10:45');
      await expect(screen.getByRole('timer')).toHaveText(/^1[45]:\d\d$/);
      await screen.close();
    }
    // The break's row expects its end at the time counted to.
    await expect(page.getByRole('listitem', { name: BREAK })).toContainText('expected end 10:45');
  });
});

test.describe('event details in an en-US browser', () => {
  test.use({ locale: 'en-US', timezoneId: 'America/New_York' });

  test('dates and times are typed and shown on the 24-hour clock', async ({ page, server }) => {
    await page.goto(server.url);
    const form = await openEventDetails(page);
    await expect(form.getByLabel('Date', { exact: true })).toHaveValue('2023-10-16');
    await expect(form.getByLabel('Day starts at')).toHaveValue('10:00');
    await expect(page.locator('body')).not.toContainText(/\d\s?[AP]M\b/);

    await form.getByLabel('Day starts at').fill('9:30');
    await form.getByRole('button', { name: 'Save event' }).click();
    await expect(form).toBeHidden();
    const opening = page.getByRole('listitem', { name: OPENING });
    await opening.getByRole('button', { name: 'Edit' }).click();
    const segment = page.getByRole('form', { name: `Edit segment ${OPENING}` });
    await expect(segment.getByLabel('Hard start (optional)')).toHaveValue('10:00');
    await segment.getByLabel('Hard start (optional)').fill('');
    await segment.getByRole('button', { name: 'Save segment' }).click();
    await expect(opening).toContainText('planned 09:30');
    await expect(page.locator('body')).not.toContainText(/\d\s?[AP]M\b/);
  });

  test('a refusal names the line in plain words, focuses it, in English and in Russian', async ({ page, server }) => {
    await page.goto(server.url);
    let form = await openEventDetails(page);
    const zones = form.getByLabel(/Participants' zones/);
    await zones.fill(`${await zones.inputValue()}\nBrussels = Europe/Brusels`);
    await form.getByRole('button', { name: 'Save event' }).click();
    await expect(form.getByRole('alert')).toHaveText("Participants' zones, line 6: not a time zone this computer knows. Write it as Region/City, for example Europe/Brussels.");
    await expect(zones).toBeFocused();
    await expect(zones).toHaveAttribute('aria-invalid', 'true');
    const selected = await zones.evaluate((area: HTMLTextAreaElement) => area.value.slice(area.selectionStart, area.selectionEnd));
    expect(selected).toBe('Brussels = Europe/Brusels');
    await form.getByRole('button', { name: 'Cancel' }).click();

    await page.getByRole('combobox', { name: 'Language' }).selectOption('ru');
    await page.getByRole('button', { name: 'О мероприятии' }).click();
    form = page.getByRole('region', { name: 'О мероприятии' });
    const ruZones = form.getByLabel(/Часовые пояса участников/);
    await ruZones.fill(`${await ruZones.inputValue()}\nAstana = Asia/Almaty`);
    await form.getByRole('button', { name: 'Сохранить' }).click();
    await expect(form.getByRole('alert')).toHaveText('Часовые пояса участников, строка 6: «Astana» уже есть в строке 1; укажите каждое место один раз.');
    await expect(ruZones).toBeFocused();
  });

  test('a day start the clocks skip is refused naming the change; the venue clock follows the zone', async ({ page, server }) => {
    // Tall enough for the header's clocks (a short window leaves them out).
    await page.setViewportSize({ width: 1366, height: 1000 });
    await page.goto(server.url);
    const form = await openEventDetails(page);
    await form.getByLabel('Venue time zone').fill('Europe/Brussels');
    await form.getByLabel('Date', { exact: true }).fill('2027-03-28');
    await form.getByLabel('Day starts at').fill('02:30');
    await form.getByRole('button', { name: 'Save event' }).click();
    await expect(form.getByRole('alert')).toHaveText('Day starts at: 02:30 does not exist on 2027-03-28 in Europe/Brussels: the clocks go forward from 02:00 to 03:00 that night. Choose another time.');
    await expect(form.getByLabel('Day starts at')).toBeFocused();

    await form.getByLabel('Day starts at').fill('09:00');
    await form.getByRole('button', { name: 'Save event' }).click();
    await expect(form).toBeHidden();
    await expect(page.getByRole('list', { name: 'Clocks' })).toContainText('Brussels (venue)');
    await expect(page.getByRole('list', { name: 'Clocks' })).not.toContainText('Almaty (venue)');
  });
});
