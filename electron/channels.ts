/** IPC channel names shared by the main process and the preload. */
export const CHANNELS = {
  snapshot: 'session:snapshot',
  dispatch: 'session:dispatch',
  event: 'session:event',
} as const;
