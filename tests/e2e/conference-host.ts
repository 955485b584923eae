/**
 * A serve process whose clock is on the conference day (Almaty, 16 October
 * 2023, UTC+6 then): restarted on its data dir with conference-clock.mjs
 * preloaded, its wall clock starting at the given time and running on at
 * its normal pace. Open pages reconnect to it.
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ServeProcess } from '../serve-process';

const CLOCK = pathToFileURL(fileURLToPath(new URL('./conference-clock.mjs', import.meta.url))).href;

/** Restarts the host with its clock at a time of the conference day ("10:02:10"); resolves to its URL. */
export async function hostAt(server: ServeProcess, time: string): Promise<string> {
  const saved = { options: process.env.NODE_OPTIONS, start: process.env.MODERATOR_CLOCK_START };
  process.env.NODE_OPTIONS = `${saved.options ?? ''} --import=${CLOCK}`.trim();
  process.env.MODERATOR_CLOCK_START = `2023-10-16T${time}+06:00`;
  try {
    return await server.restart();
  } finally {
    for (const [name, value] of [['NODE_OPTIONS', saved.options], ['MODERATOR_CLOCK_START', saved.start]] as const) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
}
