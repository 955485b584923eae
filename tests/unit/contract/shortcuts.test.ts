/**
 * The shortcut table (shared/shortcuts.ts) as the console reads it: a key
 * means something only in its area, the stage-changing letters only with
 * Operator keys on, and each area's Ctrl+Z is its own history.
 */
import { describe, expect, it } from 'vitest';
import { findShortcut, SHORTCUTS, type KeyEventLike, type ShortcutArea } from '../../../shared/contract/shortcuts';

function press(key: string, modifiers: Partial<Omit<KeyEventLike, 'key'>> = {}): KeyEventLike {
  return { key, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...modifiers };
}

const actionOf = (event: KeyEventLike, area: ShortcutArea, operatorKeys = false) => {
  const found = findShortcut(event, area, operatorKeys);
  return found && `${found.shortcut.action}${found.sign < 0 ? ' -' : ''}`;
};

describe('console shortcuts', () => {
  it('single keys act in the speaker timer only', () => {
    for (const key of [' ', '+', '-', ']', '[', 'b', 'n', 'p', 'r']) {
      for (const area of ['runOfShow', 'recommendations', 'anywhere'] as const) expect(actionOf(press(key), area, true)).toBeNull();
    }
    expect(actionOf(press(' '), 'timer')).toBe('startPause');
    expect(actionOf(press('+', { shiftKey: true }), 'timer')).toBe('minute');
    expect(actionOf(press('='), 'timer')).toBe('minute');
    expect(actionOf(press('-'), 'timer')).toBe('minute -');
    expect(actionOf(press('['), 'timer')).toBe('halfMinute -');
  });

  it('next, previous, blackout and reset need Operator keys, in either case', () => {
    for (const key of ['n', 'P', 'b', 'R']) expect(actionOf(press(key), 'timer')).toBeNull();
    expect(actionOf(press('n'), 'timer', true)).toBe('next');
    expect(actionOf(press('P', { shiftKey: true }), 'timer', true)).toBe('previous');
    expect(actionOf(press('b'), 'timer', true)).toBe('blackout');
    expect(actionOf(press('r'), 'timer', true)).toBe('reset');
    // With Ctrl the letters are the browser's and the system's.
    expect(actionOf(press('b', { ctrlKey: true }), 'timer', true)).toBeNull();
  });

  it('Ctrl+Z and Ctrl+Y belong to the run-of-show and the recommendations, not the timer', () => {
    for (const area of ['runOfShow', 'recommendations'] as const) {
      expect(actionOf(press('z', { ctrlKey: true }), area)).toBe('undo');
      expect(actionOf(press('Z', { metaKey: true, shiftKey: true }), area)).toBe('redo');
      expect(actionOf(press('y', { ctrlKey: true }), area)).toBe('redo');
    }
    expect(actionOf(press('z', { ctrlKey: true }), 'timer')).toBeNull();
    expect(actionOf(press('ArrowUp', { altKey: true }), 'runOfShow')).toBe('moveSegment -');
    expect(actionOf(press('?', { shiftKey: true }), 'anywhere')).toBe('help');
  });

  it('lists each key once per area', () => {
    const rows = SHORTCUTS.map((s) => `${s.area} ${s.keys}`);
    expect(new Set(rows).size).toBe(rows.length);
  });
});
