/**
 * Serve mode: the session host plus the HTTP + WebSocket server under plain
 * Node, no Electron. `npm run serve -- --port 4180 --data-dir ./my-session`
 */
import { parseArgs } from 'node:util';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SessionHost } from '../session/session-host';
import { startServer } from '../net/server';
import { hostNameOf } from '../net/origins';
import { LanAccess } from '../net/lan-access';
import { defaultUserDataDir, sessionDir } from '../session/paths';

declare const __APP_VERSION__: string;

const USAGE = 'usage: npm run serve -- [--port 4180] [--data-dir DIR] [--host 127.0.0.1] [--lan-port 4190] [--allow-host NAME ...]';

export async function serve(argv: string[]): Promise<void> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        port: { type: 'string', default: '4180' },
        'data-dir': { type: 'string' },
        host: { type: 'string', default: '127.0.0.1' },
        'lan-port': { type: 'string' },
        'allow-host': { type: 'string', multiple: true, default: [] },
        help: { type: 'boolean', default: false },
      },
      strict: true,
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    process.exit(2);
  }
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`--port must be a whole number from 0 to 65535, got "${values.port}"\n${USAGE}`);
    process.exit(2);
  }
  const dataDir = resolve(values['data-dir'] ?? sessionDir(defaultUserDataDir()));
  const here = dirname(fileURLToPath(import.meta.url));
  const staticDir = join(here, '..', 'renderer');
  const appVersion = typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : '0.0.0';
  const lanPort = values['lan-port'] === undefined ? undefined : Number(values['lan-port']);
  if (lanPort !== undefined && (!Number.isInteger(lanPort) || lanPort < 0 || lanPort > 65535)) {
    console.error(`--lan-port must be a whole number from 0 to 65535, got "${values['lan-port']}"\n${USAGE}`);
    process.exit(2);
  }
  const allowedHosts = values['allow-host'];
  const badHost = allowedHosts.find((name) => hostNameOf(name) !== name.toLowerCase());
  if (badHost !== undefined) {
    console.error(`--allow-host must be a host name or address as a browser sends it (venue-console.local, 10.0.0.5, [fe80::1]), got "${badHost}"\n${USAGE}`);
    process.exit(2);
  }
  const host = await SessionHost.open({ dataDir, appVersion });
  const lan = await LanAccess.load(dataDir);
  if (lanPort !== undefined) await lan.update({ port: lanPort });
  const server = await startServer({ host, staticDir, listen: { hostname: values.host, port }, lan, allowedHosts });
  console.log(`Moderator Console serving at ${server.url} (data: ${dataDir})`);
  const others = server.urls.slice(1);
  if (others.length > 0) console.log(`  also on the venue network at ${others.join(', ')} (network views need a token there)`);
  const status = server.lanStatus();
  if (status.enabled) console.log(`Network views are on, port ${status.port}`);
  for (const note of host.getSnapshot().meta.recovery) console.warn(`${note.kind}: ${note.message}`);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await server.close();
    await host.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

serve(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`Moderator Console could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
