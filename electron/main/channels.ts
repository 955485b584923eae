/** IPC channel names shared by the main process and the preload. */
export const CHANNELS = {
  snapshot: 'session:snapshot',
  dispatch: 'session:dispatch',
  event: 'session:event',
  hostNow: 'session:host-now',
  exportFile: 'exports:save',
  importFile: 'exports:open',
  lanStatus: 'lan:status',
  lanEnable: 'lan:enable',
  lanRotate: 'lan:rotate',
  displays: 'desktop:displays',
  openProjector: 'desktop:open-projector',
  closeProjector: 'desktop:close-projector',
  menuAction: 'desktop:menu-action',
} as const;
