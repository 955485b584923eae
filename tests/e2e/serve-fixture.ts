/** Each e2e test gets the real serve mode on a free port with its own temp data dir. */
import { test as base } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ServeProcess } from '../serve-process';

export const test = base.extend<{ server: ServeProcess }>({
  server: async ({}, use) => {
    const dataDir = await mkdtemp(join(tmpdir(), 'moderator-e2e-'));
    const server = new ServeProcess(dataDir);
    await server.start();
    await use(server);
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  },
});

export { expect } from '@playwright/test';
