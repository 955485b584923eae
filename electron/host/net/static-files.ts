/**
 * The built renderer as files: which file a URL path means (never one
 * outside the renderer's folder), its content type, and the headers every
 * page carries (a strict CSP). Serve mode's HTTP server and the desktop
 * app's app:// protocol both answer from here.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');

export const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
};

/** Maps a URL path to a file inside staticDir, or null if it would leave it. */
export function staticPath(staticDir: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const root = resolve(staticDir);
  const target = resolve(root, `.${sep}${normalize(decoded)}`);
  return target === root || target.startsWith(root + sep) ? target : null;
}

export type StaticAnswer =
  | { status: 200; body: Buffer; headers: Record<string, string> }
  | { status: 400 | 404 | 503; body: string; headers: Record<string, string> };

/**
 * The answer for a GET of `urlPath`. Paths without an extension are the
 * app's own routes (/, /projector, /stage) and get the app shell.
 */
export async function staticAnswer(staticDir: string, urlPath: string): Promise<StaticAnswer> {
  let file = staticPath(staticDir, urlPath);
  if (file === null) return { status: 400, body: 'Bad path', headers: SECURITY_HEADERS };
  const isFile = await stat(file).then(
    (s) => s.isFile(),
    () => false,
  );
  if (!isFile) {
    if (extname(urlPath) !== '') return { status: 404, body: 'Not found', headers: SECURITY_HEADERS };
    file = join(staticDir, 'index.html');
  }
  try {
    const body = await readFile(file);
    const cache = file.endsWith('index.html') ? 'no-cache' : 'public, max-age=31536000, immutable';
    return { status: 200, body, headers: { ...SECURITY_HEADERS, 'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': cache } };
  } catch {
    return { status: 503, body: 'The app has not been built: run "npm run build".', headers: SECURITY_HEADERS };
  }
}
