/**
 * The interface language is a setting of the session, held by the host:
 * switching the console to Russian switches the projected views with it,
 * dates are written the Russian way, and the choice is still there after
 * the host restarts.
 */
import { test, expect } from './serve-fixture';

test.describe('languages', () => {
  test('switching to Russian: the console, its dates and the projector follow, and the choice survives a restart', async ({ page, context, server }) => {
    await page.goto(server.url);
    const projector = await context.newPage();
    await projector.goto(`${server.url}projector`);
    await expect(projector.getByRole('main', { name: 'Projector' })).toBeVisible();
    await expect(projector.getByText('Ready')).toBeVisible();
    await expect(page.getByRole('banner')).toContainText('16 October 2023');

    const language = page.getByRole('combobox', { name: 'Language' });
    await expect(language).toHaveValue('en');
    await language.selectOption('ru');

    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(page.getByRole('combobox', { name: 'Язык' })).toHaveValue('ru');
    await expect(page.getByRole('navigation', { name: 'Сессия' }).getByRole('button', { name: 'Новая сессия' })).toBeVisible();
    const runOfShow = page.getByRole('region', { name: 'Программа' });
    const opening = runOfShow.getByRole('listitem', { name: 'Opening of the conference: welcome remarks' });
    await expect(opening).toContainText('открытие · 30 мин');
    await expect(opening).toContainText('4 выступающих');
    await expect(opening.getByRole('button', { name: 'Начать' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Таймер выступающего' }).getByRole('button', { name: 'Старт' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Рекомендации' }).getByRole('textbox', { name: 'Новая рекомендация' })).toBeVisible();
    // Dates with the month's name in Russian (genitive), in the header and in the other-day notice.
    await expect(page.getByRole('banner')).toContainText('16 октября 2023');
    await expect(runOfShow.getByRole('status').filter({ hasText: 'Мероприятие назначено на' })).toContainText('понедельник, 16 октября 2023 г.');

    await expect(projector.getByRole('main', { name: 'Проектор' })).toBeVisible();
    await expect(projector.getByText('Готов')).toBeVisible();
    await expect(projector.locator('html')).toHaveAttribute('lang', 'ru');

    const url = await server.restart();
    await page.goto(url);
    await expect(page.getByRole('combobox', { name: 'Язык' })).toHaveValue('ru');
    await expect(page.getByRole('region', { name: 'Программа' })).toBeVisible();
    const stage = await context.newPage();
    await stage.goto(`${url}stage`);
    await expect(stage.getByRole('main', { name: 'Вид для сцены' })).toBeVisible();

    await page.getByRole('combobox', { name: 'Язык' }).selectOption('en');
    await expect(page.getByRole('region', { name: 'Run of show' })).toBeVisible();
    await expect(stage.getByRole('main', { name: 'Stage view' })).toBeVisible();
  });

  test('the language is chosen with the keyboard, and Undo does not change it back', async ({ page, server }) => {
    await page.goto(server.url);
    await page.getByRole('listitem', { name: 'Lunch' }).getByRole('button', { name: 'Skip' }).click();
    await page.getByRole('combobox', { name: 'Language' }).focus();
    await page.keyboard.press('ArrowDown');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');

    await page.getByRole('button', { name: 'Отменить', exact: true }).click();
    await expect(page.getByRole('listitem', { name: 'Lunch' }).locator('.status-badge')).toHaveText('По плану');
    await expect(page.getByRole('combobox', { name: 'Язык' })).toHaveValue('ru');
  });
});
