/** IPC channel names shared by the main process and the preload. */
export const CHANNELS = {
  snapshot: 'session:snapshot',
  dispatch: 'session:dispatch',
  event: 'session:event',
  hostNow: 'session:host-now',
} as const;
