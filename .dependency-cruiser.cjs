/**
 * Layer rules, checked on real resolved paths by dependency-cruiser in
 * `npm test` (npm run lint:layers). See README "How it is built".
 */
/**
 * The domains of shared/ in layers: each may import only the ones listed
 * (and itself), so a slice never reaches into the session that holds it.
 */
const SHARED_LAYERS = {
  kernel: [],
  'run-of-show': ['kernel'],
  timer: ['kernel', 'run-of-show'],
  recommendations: ['kernel', 'run-of-show'],
  i18n: ['kernel', 'run-of-show', 'timer', 'recommendations'],
  // What is published from a session (outcome document, roadmap, workbook), in its language.
  publish: ['kernel', 'run-of-show', 'timer', 'recommendations', 'i18n'],
  session: ['kernel', 'run-of-show', 'timer', 'recommendations', 'i18n', 'publish'],
  contract: ['kernel', 'run-of-show', 'timer', 'recommendations', 'i18n', 'publish', 'session'],
};

const sharedLayerRules = Object.entries(SHARED_LAYERS).map(([domain, allowed]) => ({
  name: `shared-layers-${domain}`,
  severity: 'error',
  comment: `shared/${domain} may import only ${allowed.length ? allowed.map((d) => `shared/${d}`).join(', ') : 'itself'}.`,
  from: { path: `^shared/${domain}/` },
  to: { path: '^shared/', pathNot: [`^shared/${domain}/`, ...allowed.map((d) => `^shared/${d}/`)] },
}));

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    ...sharedLayerRules,
    {
      name: 'no-cycles',
      severity: 'error',
      comment: 'No import cycles anywhere, type-only imports included: each one is a value import away from a real cycle.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'shared-is-pure',
      severity: 'error',
      comment: 'shared/ runs everywhere (Node, Electron, the browser): it imports only itself and pure npm packages, never Node, the DOM, React or Electron.',
      from: { path: '^shared/' },
      to: {
        pathNot: ['^shared/', '^node_modules/(zod|immer|date-fns|date-fns-tz|papaparse)/'],
      },
    },
    {
      name: 'shared-no-node-builtins',
      severity: 'error',
      from: { path: '^shared/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'host-without-electron',
      severity: 'error',
      comment: 'electron/host/ runs under plain Node (serve mode, tests): no electron import, nothing from electron/main or electron/preload, nothing from the renderer.',
      from: { path: '^electron/host/' },
      to: { path: ['^node_modules/electron/', '^electron/(main|preload)/', '^renderer/'] },
    },
    {
      name: 'main-not-renderer',
      severity: 'error',
      comment: 'The Electron layer talks to the renderer only through the contract (IPC), never by importing it.',
      from: { path: '^electron/' },
      to: { path: '^renderer/' },
    },
    {
      name: 'preload-only-contract',
      severity: 'error',
      comment: 'The sandboxed preload bridges the contract and nothing else.',
      from: { path: '^electron/preload/' },
      to: { pathNot: ['^electron/preload/', '^shared/contract/', '^shared/kernel/', '^node_modules/electron/', '^node_modules/zod/'], dependencyTypes: ['local'] },
    },
    {
      name: 'renderer-only-shared',
      severity: 'error',
      comment: 'The renderer imports only shared/ and itself (and browser packages), never Node or Electron.',
      from: { path: '^renderer/' },
      to: { path: ['^electron/', '^node_modules/electron/'] },
    },
    {
      name: 'heavy-packages-on-first-use',
      severity: 'error',
      comment: 'ExcelJS, PDFKit and docx load only when a file is made or read (electron/host/transfer/heavy-packages.ts): a value import anywhere else would load them at every start (~150 ms of a 175 ms cold start).',
      from: { path: '^(electron|shared|renderer)/', pathNot: '^electron/host/transfer/heavy-packages\\.ts$' },
      to: { path: '^node_modules/(exceljs|pdfkit|docx)/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'renderer-no-node-builtins',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { dependencyTypes: ['core'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(out|release|dist)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.deps.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'], extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
