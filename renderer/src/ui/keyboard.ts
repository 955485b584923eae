/**
 * Which part of the console has the keyboard (see shared/shortcuts.ts).
 * Each area is a region marked `data-area` (and focusable, so a click on its
 * empty space puts the keyboard there). The area last clicked or tabbed
 * into is remembered for the moments the focus is on nothing at all (a
 * button that went away after its click), for shortcuts with Ctrl only:
 * single keys need the focus inside their area.
 */
import type { ShortcutArea } from '../../../shared/contract/shortcuts';

export type Area = Exclude<ShortcutArea, 'anywhere'>;
const AREAS: readonly string[] = ['timer', 'runOfShow', 'recommendations'] satisfies Area[];

/** True while the user types into a field: form fields keep their keys. */
export function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

/** The area an element is in, or null outside them (the toolbar, a dialog). */
export function areaOf(target: EventTarget | null): Area | null {
  if (!(target instanceof Element) || target.closest('dialog')) return null;
  const area = target.closest<HTMLElement>('[data-area]')?.dataset.area;
  return area !== undefined && AREAS.includes(area) ? (area as Area) : null;
}

let lastArea: Area | null = null;

/** Remembers the area of every click and focus; returns a function that stops. */
export function trackArea(): () => void {
  const note = (event: Event) => {
    lastArea = areaOf(event.target);
  };
  document.addEventListener('pointerdown', note, true);
  document.addEventListener('focusin', note, true);
  return () => {
    document.removeEventListener('pointerdown', note, true);
    document.removeEventListener('focusin', note, true);
  };
}

/**
 * The area a Ctrl shortcut acts on: the focused element's; else the one the
 * window shows alone; else, with the focus on nothing, the last one used.
 */
export function modifierArea(target: EventTarget | null, shown: Area | null): Area | null {
  const own = areaOf(target);
  if (own !== null) return own;
  if (shown !== null) return shown;
  const nothing = target === null || target === document.body || target === document.documentElement;
  return nothing ? lastArea : null;
}
