/** Keyboard helpers shared by the console's shortcut handlers. */

/** True while the user types into a field: shortcuts must not fire then. */
export function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}
