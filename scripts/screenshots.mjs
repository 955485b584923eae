// `npm run screenshots`: the README's pictures, taken from the real app by
// tests/e2e/screenshots.spec.ts and written into docs/screenshots/ (under
// `npm test` the same spec writes into test-results/ instead).
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));
mkdirSync(dir, { recursive: true });
const child = spawn('npx', ['playwright', 'test', 'tests/e2e/screenshots.spec.ts'], {
  stdio: 'inherit',
  shell: process.platform === 'win32',
  env: { ...process.env, MODERATOR_SCREENSHOTS_DIR: dir },
});
child.on('exit', (code) => process.exit(code ?? 1));
