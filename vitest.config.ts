import { defineConfig } from 'vitest/config';

// Unit tests run under plain Node: shared/ logic and the session host, with
// real files in temp dirs and a real server on a free port.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // electron-store imports `electron`; inlined, it sees the test's fake of
    // that module (vi.mock) instead of the runtime, which is not installed.
    server: { deps: { inline: ['electron-store'] } },
  },
});
