// Bundles the Node side: serve mode and the export and backup commands
// (plain Node, ESM), and the Electron main process and preload (CommonJS, as
// Electron's sandboxed preload requires).
// The plain Node commands carry their dependencies inside the bundle:
// loading date-fns's index of 245 modules at run time cost about 0.8 s of
// start-up on Node 22. Native modules (better-sqlite3) and ws's optional
// native helpers stay outside and load from node_modules.
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
    // Native code, and the document writers that read their own data files beside their code (PDFKit's
    // standard-font metrics, the embedded fonts): these load from node_modules, on first use.
    external: ['better-sqlite3', 'bufferutil', 'utf-8-validate', 'pdfkit', 'exceljs', 'docx', '@expo-google-fonts/noto-sans'],
    // CommonJS dependencies inside an ES module bundle still call require() and read __filename.
    banner: {
      js: [
        "import { createRequire as __createRequire } from 'node:module';",
        "import { fileURLToPath as __fileURLToPath } from 'node:url';",
        'const require = __createRequire(import.meta.url);',
        'const __filename = __fileURLToPath(import.meta.url);',
        "const __dirname = __fileURLToPath(new URL('.', import.meta.url));",
      ].join(' '),
    },
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
