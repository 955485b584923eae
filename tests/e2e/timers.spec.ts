import { test, expect } from './serve-fixture';
import { goLive } from './go-live';
import type { Page } from '@playwright/test';

async function goLiveWithOpening(page: Page): Promise<void> {
  await goLive(page, page.getByRole('listitem', { name: 'Opening of the conference: welcome remarks' }));
  const timer = page.getByRole('region', { name: 'Speaker timer' });
  await expect(timer).toContainText('Representative of the Parliament of the Republic of Kazakhstan');
}

/** Seconds shown by a timer text such as "6:57" or "+0:03" (negative for overtime). */
function seconds(text: string): number {
  const sign = text.startsWith('+') ? -1 : 1;
  const [m, s] = text.replace('+', '').split(':').map(Number);
  return sign * (m! * 60 + s!);
}

test.describe('speaker timers and projection', () => {
  test('the projector counts down what the console started, and changes phase', async ({ page, context, server }) => {
    await page.goto(server.url);
    await goLiveWithOpening(page);
    const timer = page.getByRole('region', { name: 'Speaker timer' });

    const projector = await context.newPage();
    await projector.goto(`${server.url}projector`);
    const digits = projector.getByRole('timer');
    await expect(digits).toHaveText('7:00');

    await timer.getByRole('button', { name: 'Start' }).click();
    await expect(timer.getByRole('button', { name: 'Pause' })).toBeVisible();
    await expect.poll(async () => seconds((await digits.textContent()) ?? ''), { timeout: 5000 }).toBeLessThan(420);

    await timer.getByLabel('Set time left (min or min:s)').fill('1:02');
    await timer.getByRole('button', { name: 'Set time' }).click();
    await expect(projector.locator('.timer-display')).toHaveAttribute('data-phase', 'normal');
    await expect(projector.locator('.timer-display')).toHaveAttribute('data-phase', 'warning', { timeout: 6000 });
    await expect(projector.getByText('Time nearly up')).toBeVisible();

    await timer.getByRole('button', { name: '-1 min' }).click();
    await expect(digits).toHaveText(/^\+0:0\d$/);
    await expect(projector.locator('.timer-display')).toHaveAttribute('data-phase', 'overtime');

    // The console and the projector show the same digits.
    await timer.getByRole('button', { name: 'Pause' }).click();
    await expect(digits).toHaveText((await timer.getByRole('timer').textContent())!);
  });

  test('a message appears on the stage view, and blackout clears the projector', async ({ page, context, server }) => {
    await page.goto(server.url);
    await goLiveWithOpening(page);
    const timer = page.getByRole('region', { name: 'Speaker timer' });
    const stage = await context.newPage();
    await stage.goto(`${server.url}stage`);
    const projector = await context.newPage();
    await projector.goto(`${server.url}projector`);
    await expect(stage.getByRole('timer')).toHaveText('7:00');

    await timer.getByRole('button', { name: 'Please conclude' }).click();
    await expect(stage.getByRole('status')).toHaveText('Please conclude');
    await timer.getByLabel('Message text').fill('<b>Merci</b> — спасибо');
    await timer.getByRole('button', { name: 'Send message' }).click();
    await expect(stage.getByRole('status')).toHaveText('<b>Merci</b> — спасибо');

    await timer.getByRole('button', { name: 'Blackout' }).click();
    await expect(projector.getByRole('timer')).toHaveCount(0);
    await expect(stage.getByRole('timer')).toHaveText('7:00');
  });

  test('keyboard: in the speaker timer Space starts and pauses, N (with Operator keys) moves to the next speaker, ? shows the help', async ({ page, server }) => {
    await page.goto(server.url);
    await goLiveWithOpening(page);
    const timer = page.getByRole('region', { name: 'Speaker timer' });
    // A click on the timer's empty space gives it the keyboard.
    await timer.getByRole('heading', { name: 'Speaker timer' }).click();
    await page.keyboard.press(' ');
    await expect(timer.getByRole('button', { name: 'Pause' })).toBeVisible();
    await timer.getByRole('checkbox', { name: 'Operator keys' }).check();
    await timer.getByRole('heading', { name: 'Speaker timer' }).click();
    await page.keyboard.press('n');
    await expect(timer.locator('.timer-speaker')).toContainText('National Commission');
    await page.keyboard.press(' ');
    await expect(timer.getByRole('button', { name: 'Start' })).toBeVisible();
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(help.getByRole('row', { name: /^N Next speaker Speaker timer, with Operator keys on$/ })).toBeVisible();
    await expect(help.getByRole('row', { name: /^Space Start \/ pause the speaker timer Speaker timer$/ })).toBeVisible();
  });

  test('keyboard: outside the speaker timer the timer’s keys do nothing', async ({ page, server }) => {
    await page.goto(server.url);
    await goLiveWithOpening(page);
    const timer = page.getByRole('region', { name: 'Speaker timer' });
    await timer.getByRole('checkbox', { name: 'Operator keys' }).check();
    await page.getByRole('region', { name: 'Run of show' }).getByLabel('Day summary').click();
    await page.keyboard.type(' +b');
    // The same keys, now in the timer: their effects show, and nothing came before them.
    await timer.getByRole('heading', { name: 'Speaker timer' }).click();
    await page.keyboard.press('+');
    await expect(timer.getByRole('timer')).toHaveText('8:00');
    await expect(timer.getByRole('button', { name: 'Start' })).toBeVisible();
    await expect(timer.getByRole('button', { name: 'Blackout' })).toHaveAttribute('aria-pressed', 'false');
  });

  test('network views: refused without a token, a view token reads but can not dispatch', async ({ page, context, server }) => {
    await page.goto(server.url);
    const timer = page.getByRole('region', { name: 'Speaker timer' });
    await timer.getByText('Venue network').click();
    const toggle = timer.getByRole('button', { name: 'Network views', exact: true });
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    const projectorLink = timer.getByText(/^Projector \(read-only\)/).locator('code');
    const link = new URL((await projectorLink.textContent())!);
    // Reach the network listener over loopback; it still demands a token.
    const lanBase = `http://127.0.0.1:${link.port}`;
    const viewToken = link.searchParams.get('token')!;

    const stranger = await context.newPage();
    const refused = await stranger.goto(`${lanBase}/projector`);
    expect(refused?.status()).toBe(403);
    expect(await stranger.content()).toContain('token');
    expect((await stranger.goto(`${lanBase}/projector?token=not-the-token`))?.status()).toBe(403);

    const venueScreen = await context.newPage();
    await venueScreen.goto(`${lanBase}/projector?token=${viewToken}`);
    await expect(venueScreen.getByRole('main', { name: 'Projector' })).toBeVisible();

    const reply = await venueScreen.evaluate(async (token) => {
      const socket = new WebSocket(`ws://${location.host}/ws?token=${token}`);
      return new Promise<string>((resolve) => {
        socket.onmessage = (message) => {
          const frame = JSON.parse(String(message.data)) as { t: string; name?: string };
          if (frame.t === 'event' && frame.name === 'access') return;
          if (frame.t === 'event') socket.send(JSON.stringify({ t: 'call', id: 1, method: 'session.dispatch', args: { command: { type: 'timer.blackout', on: true } } }));
          else resolve(String(message.data));
        };
      });
    }, viewToken);
    expect(JSON.parse(reply)).toMatchObject({ t: 'result', id: 1, result: { ok: false, error: { code: 'forbidden', field: 'token' } } });
    await expect(timer.getByRole('button', { name: 'Blackout' })).toHaveAttribute('aria-pressed', 'false');

    await timer.getByRole('button', { name: 'Rotate tokens' }).click();
    await expect(venueScreen.getByRole('alert')).toContainText('This link is no longer valid');
  });
});
