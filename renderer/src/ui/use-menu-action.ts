/**
 * The desktop app's menu actions meant for the console (see
 * electron/main/menu.ts): a component handles the ones it owns. In a browser
 * there is no menu and the listener is never called.
 */
import { useEffect, useRef } from 'react';
import type { MenuAction } from '../../../shared/contract/api';
import { hostClient } from '../store';

export function useMenuAction(listener: (action: MenuAction) => void): void {
  const current = useRef(listener);
  useEffect(() => {
    current.current = listener;
  });
  useEffect(() => hostClient()?.listen('menu', (action) => current.current(action)), []);
}
