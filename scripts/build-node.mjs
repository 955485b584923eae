// Bundles the Node side: serve mode and the export and backup commands
// (plain Node, ESM), and the Electron main process and preload (CommonJS, as
// Electron's sandboxed preload requires).
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  define: { __APP_VERSION__: JSON.stringify(version) },
};

await Promise.all([
  build({
    ...common,
    entryPoints: { serve: 'electron/host/cli/serve.ts', export: 'electron/host/cli/export-cli.ts', backup: 'electron/host/cli/backup.ts' },
    format: 'esm',
    outdir: 'out/electron',
    outExtension: { '.js': '.mjs' },
    packages: 'external',
  }),
  build({
    ...common,
    entryPoints: { main: 'electron/main/main.ts' },
    format: 'cjs',
    // Host code finds package files with createRequire(import.meta.url) (documents/fonts.ts); CommonJS has no import.meta.
    define: { ...common.define, 'import.meta.url': '__moduleUrl' },
    banner: { js: "const __moduleUrl = require('node:url').pathToFileURL(__filename).href;" },
    outdir: 'out/electron',
    outExtension: { '.js': '.cjs' },
    external: ['electron'],
    packages: 'external',
    // Packages loaded on first use (the PDF and XLSX writers) are required as before, not imported as ES modules from the asar archive.
    supported: { 'dynamic-import': false },
  }),
  build({
    ...common,
    entryPoints: { preload: 'electron/preload/preload.ts', 'projector-preload': 'electron/preload/projector.ts' },
    format: 'cjs',
    outdir: 'out/electron',
    outExtension: { '.js': '.cjs' },
    external: ['electron'],
  }),
]);
