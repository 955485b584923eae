import { test, expect } from './serve-fixture';
import { goLive } from './go-live';

test.describe('run-of-show', () => {
  test('the concept-note conference opens with its time notice and agenda', async ({ page, server }) => {
    await page.goto(server.url);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Conference on Women, Peace and Security/);
    await expect(page.getByLabel('Time notice')).toHaveText('Time: 10:00 - Astana, Bishkek; 09:00 - Dushanbe, Ashgabat, Tashkent');
    const runOfShow = page.getByRole('main').getByRole('region', { name: 'Run of show' });
    for (const part of ['Opening', /Part I:/, /Part II:/, 'Open Day for Peace', 'Closing']) {
      await expect(runOfShow.getByRole('heading', { level: 2, name: part })).toBeVisible();
    }
    const opening = runOfShow.getByRole('listitem', { name: 'Opening of the conference: welcome remarks' });
    await expect(opening).toContainText('10:00');
    await expect(opening).toContainText('09:00 Dushanbe, Ashgabat, Tashkent');
    await expect(runOfShow.getByLabel('Day summary')).toContainText('17:00');
  });

  test('an edit survives a reload and a server restart, and a second page sees it live', async ({ page, context, server }) => {
    await page.goto(server.url);
    const second = await context.newPage();
    await second.goto(server.url);
    await expect(second.getByRole('region', { name: 'Run of show' })).toBeVisible();

    const row = page.getByRole('listitem', { name: 'Family photo and coffee break' });
    await row.getByRole('button', { name: 'Edit' }).click();
    const form = page.getByRole('form', { name: 'Edit segment Family photo and coffee break' });
    await form.getByLabel('Title').fill('Coffee break and family photo');
    await form.getByLabel('Planned minutes').fill('20');
    await form.getByRole('button', { name: 'Save segment' }).click();

    const edited = (p: typeof page) => p.getByRole('listitem', { name: 'Coffee break and family photo' });
    await expect(edited(page)).toContainText('20 min');
    await expect(edited(second)).toContainText('20 min');
    // The later segments moved by five minutes on the other page too, without reloading.
    await expect(second.getByLabel('Day summary')).toContainText('17:00');
    await expect(second.getByRole('listitem', { name: /national perspectives/ })).toContainText('10:50');

    await page.reload();
    await expect(edited(page)).toContainText('20 min');

    await server.restart('SIGKILL');
    await page.goto(server.url);
    await expect(edited(page)).toContainText('20 min');
  });

  test('a bad edit is refused with a message and changes nothing', async ({ page, server }) => {
    await page.goto(server.url);
    const row = page.getByRole('listitem', { name: 'Lunch' });
    await row.getByRole('button', { name: 'Edit' }).click();
    const form = page.getByRole('form', { name: 'Edit segment Lunch' });
    await form.getByLabel('Hard start (optional)').fill('09:30');
    await form.getByRole('button', { name: 'Save segment' }).click();
    await expect(form.getByRole('alert')).toHaveText(
      'Hard start: 09:30 is before 10:00, a fixed start earlier in the run-of-show (or the start of the day): fixed starts must follow the order of the run-of-show.',
    );
    await expect(form.getByLabel('Hard start (optional)')).toBeFocused();
    await expect(form.getByLabel('Hard start (optional)')).toHaveAttribute('aria-invalid', 'true');
    await page.reload();
    await expect(page.getByRole('listitem', { name: 'Lunch' })).toContainText('fixed 12:30');
  });

  test('go live, undo and redo', async ({ page, server }) => {
    await page.goto(server.url);
    const opening = page.getByRole('listitem', { name: 'Opening of the conference: welcome remarks' });
    await goLive(page, opening);
    await expect(page.getByLabel('Day summary')).toContainText('Opening of the conference');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(opening).toContainText('Planned');
    await page.getByRole('button', { name: 'Redo' }).click();
    await expect(opening).toContainText('Live');
  });

  test('segments reorder by keyboard and by drag and drop', async ({ page, server }) => {
    await page.goto(server.url);
    const part = page.getByRole('region', { name: 'Run of show' }).getByRole('region', { name: 'Opening' });
    const titles = part.getByRole('heading', { level: 3 });
    await expect(titles).toHaveText(['Opening of the conference: welcome remarks', 'Family photo and coffee break']);

    await part.getByRole('listitem', { name: 'Family photo and coffee break' }).focus();
    await page.keyboard.press('Alt+ArrowUp');
    await expect(titles).toHaveText(['Family photo and coffee break', 'Opening of the conference: welcome remarks']);

    const handle = part.getByRole('listitem', { name: 'Opening of the conference: welcome remarks' }).locator('.drag-handle');
    await handle.dragTo(part.getByRole('listitem', { name: 'Family photo and coffee break' }));
    await expect(titles).toHaveText(['Opening of the conference: welcome remarks', 'Family photo and coffee break']);
  });
});
