/**
 * Window positions on disk: <userData>/window-state.json, written by
 * electron-store (conf, atomic writes). It is not session data, so it lives
 * beside the data dir, not in it.
 *
 * A file that can not be read must neither stop the app nor be lost:
 * 1. The store is first opened as is (conf throws on a file it can not
 *    parse).
 * 2. If that fails, the file is copied into <userData>/kept/ under a
 *    timestamped name, and only then opened with conf's
 *    `clearInvalidConfig`, which reads it as empty; the next save replaces
 *    it and every window starts at its default place.
 * 3. If the copy can not be made, or the store still can not be opened,
 *    the file is left untouched and positions are kept in memory for this
 *    run only.
 * Reads and writes that fail later (a full disk) are logged and skipped: a
 * window position is never worth an error dialog.
 */
import { constants, copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { stamp } from '../host/store/folder';
import type { SavedWindow, WindowName, WindowStateStore } from './window-state';

export const STATE_FILE_NAME = 'window-state';
export const KEPT_DIR = 'kept';

export interface StateFileOptions {
  cwd: string;
  name: string;
  clearInvalidConfig: boolean;
}

/** The part of electron-store used here. */
export interface StateFile {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
}

export type CreateStateFile = (options: StateFileOptions) => StateFile;

export interface OpenedWindowState {
  store: WindowStateStore;
  /** What was repaired or given up, for the log. */
  notes: string[];
}

/** electron-store is an ES module; the CommonJS main process loads it with import(). */
export async function electronStoreFiles(): Promise<CreateStateFile> {
  const { default: ElectronStore } = await import('electron-store');
  return (options) => new ElectronStore<Record<string, unknown>>(options);
}

export function memoryWindowStateStore(): WindowStateStore {
  const saved = new Map<WindowName, SavedWindow>();
  return { load: (name) => saved.get(name), save: (name, state) => void saved.set(name, state) };
}

function fileWindowStateStore(file: StateFile): WindowStateStore {
  return {
    load(name) {
      try {
        return file.get(name);
      } catch (error) {
        console.error(`window state for ${name} could not be read:`, error);
        return undefined;
      }
    },
    save(name, state) {
      try {
        file.set(name, state);
      } catch (error) {
        console.error(`window state for ${name} could not be saved:`, error);
      }
    },
  };
}

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function openWindowStateStore(dir: string, create: CreateStateFile, now: () => number = Date.now): OpenedWindowState {
  const path = join(dir, `${STATE_FILE_NAME}.json`);
  try {
    return { store: fileWindowStateStore(create({ cwd: dir, name: STATE_FILE_NAME, clearInvalidConfig: false })), notes: [] };
  } catch (error) {
    const inMemory = (why: string) => ({ store: memoryWindowStateStore(), notes: [`${path} ${why}; window positions are remembered for this run only.`] });
    if (!existsSync(path)) return inMemory(`could not be created (${reason(error)})`);
    const kept = join(dir, KEPT_DIR, `${stamp(now())}-${STATE_FILE_NAME}.json`);
    try {
      mkdirSync(join(dir, KEPT_DIR), { recursive: true });
      copyFileSync(path, kept, constants.COPYFILE_EXCL);
    } catch (copyError) {
      return inMemory(`could not be read (${reason(error)}) nor copied aside (${reason(copyError)}), so it was left as it is`);
    }
    try {
      const store = fileWindowStateStore(create({ cwd: dir, name: STATE_FILE_NAME, clearInvalidConfig: true }));
      return { store, notes: [`${path} could not be read (${reason(error)}); it was copied to ${kept} and windows start at their default places.`] };
    } catch (reopenError) {
      return inMemory(`could not be read (${reason(reopenError)}); it was copied to ${kept}`);
    }
  }
}
