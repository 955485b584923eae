import { defineConfig } from 'vitest/config';

// Unit tests run under plain Node: shared/ logic and the session host, with
// real files in temp dirs and a real server on a free port.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
