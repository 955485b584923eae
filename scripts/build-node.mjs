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
    // Host code finds package files (the PDF's font) from import.meta.url, which CommonJS spells with __filename.
    banner: { js: 'const __importMetaUrl = require("node:url").pathToFileURL(__filename).href;' },
    define: { ...common.define, 'import.meta.url': '__importMetaUrl' },
    outdir: 'out/electron',
    outExtension: { '.js': '.cjs' },
    external: ['electron'],
    packages: 'external',
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
