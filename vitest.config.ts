import { readFile } from 'node:fs/promises';
import { defineConfig, type Plugin } from 'vitest/config';

/**
 * @actions/workflow-parser ships source maps that point at sources it does
 * not ship; loaded through Vite (inlined, below), each of its files would
 * print a warning. Its files are loaded here without their maps.
 */
const workflowParserWithoutMaps: Plugin = {
  name: 'workflow-parser-without-maps',
  async load(id) {
    if (!/\/node_modules\/@actions\/workflow-parser\/dist\/.+\.js$/.test(id)) return null;
    return { code: await readFile(id, 'utf8'), map: { mappings: '' } };
  },
};

// Unit tests run under plain Node: shared/ logic and the session host, with
// real files in temp dirs and a real server on a free port.
export default defineConfig({
  plugins: [workflowParserWithoutMaps],
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // electron-store imports `electron`; inlined, it sees the test's fake of
    // that module (vi.mock) instead of the runtime, which is not installed.
    // @actions/workflow-parser imports its schema as JSON without the import
    // attribute Node asks for; inlined, Vite loads it.
    server: { deps: { inline: ['electron-store', '@actions/workflow-parser'] } },
  },
});
