import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

// The renderer: one bundle for the console, projector and stage routes,
// loaded by Electron windows and by browsers in serve mode alike.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  define: { __APP_VERSION__: JSON.stringify(version) },
  build: {
    outDir: '../out/renderer',
    emptyOutDir: true,
    sourcemap: true,
    target: 'chrome120',
    // Component names survive minification: readable stacks, and the
    // benchmark can tell which components re-render.
    rolldownOptions: { output: { keepNames: true } },
    // The shared chunk (React, i18next with every translation, zod, immer) is
    // about 530 kB and comes from disk or loopback, never over the internet;
    // the routes' own code is split off (see renderer/src/main.tsx).
    chunkSizeWarningLimit: 800,
  },
});
