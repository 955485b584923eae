/**
 * Show control over OSC, on real UDP sockets on loopback: a desk that may
 * send starts the timer and gets the state back; anyone else is ignored;
 * garbage changes nothing.
 */
import { createSocket, type Socket } from 'node:dgram';
import { Message, decode, encode } from 'node-osc';
import { describe, expect, it, onTestFinished } from 'vitest';
import { serve, type Served } from './serve-helpers';

interface Received {
  address: string;
  values: unknown[];
}

/** A desk: a UDP socket that sends OSC messages and collects what comes back, bundles opened. */
async function desk(bind = '127.0.0.1'): Promise<{ socket: Socket; port: number; received: Received[]; send(target: number, address: string, ...args: Array<string | number>): void }> {
  const socket = createSocket('udp4');
  onTestFinished(() => void socket.close());
  const received: Received[] = [];
  socket.on('message', (data) => {
    const packet = decode(data) as { oscType: string; address?: string; args?: Array<{ value: unknown }>; elements?: Array<{ address: string; args: Array<{ value: unknown }> }> };
    const messages = packet.oscType === 'bundle' ? packet.elements! : [packet as { address: string; args: Array<{ value: unknown }> }];
    for (const m of messages) received.push({ address: m.address, values: m.args.map((a) => a.value) });
  });
  await new Promise<void>((resolve) => socket.bind(0, bind, resolve));
  return {
    socket,
    port: socket.address().port,
    received,
    send: (target, address, ...args) => socket.send(encode(new Message(address, ...args)), target, '127.0.0.1'),
  };
}

async function oscOn(served: Served, allowedSenders: string[]): Promise<number> {
  // Port 0 is not a setting a technician may choose: take a free one the way the OS would, then configure it.
  const probe = createSocket('udp4');
  const port = await new Promise<number>((resolve) => probe.bind(0, '127.0.0.1', () => resolve(probe.address().port)));
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  const status = await served.server.handlers['osc.configure']!({ enabled: true, port: Math.max(port, 1024), allowedSenders }, { scope: 'local', desktop: false });
  expect(status).toMatchObject({ enabled: true, listening: true });
  return status.port;
}

const latest = (received: Received[], address: string) => received.filter((r) => r.address === address).at(-1)?.values[0];

describe('OSC', () => {
  it('is off until the technician turns it on', async () => {
    const served = await serve();
    expect(await served.server.handlers['osc.status']!({}, { scope: 'local', desktop: false })).toMatchObject({ enabled: false, listening: false });
  });

  it('runs the timer from an allowed desk and sends it the state, every second while it runs', async () => {
    const served = await serve();
    const port = await oscOn(served, ['127.0.0.1']);
    const { send, received, port: deskPort } = await desk();
    const segmentId = served.host.current.doc.parts[0]!.segments[0]!.id;

    send(port, '/moderator/subscribe', deskPort);
    await expect.poll(() => latest(received, '/moderator/state/status')).toBe('idle');
    send(port, '/moderator/segment/live', segmentId);
    send(port, '/moderator/timer/start');
    await expect.poll(() => latest(received, '/moderator/state/status')).toBe('running');
    expect(latest(received, '/moderator/state/speaker')).not.toBe('');
    const remaining = Number(latest(received, '/moderator/state/remaining'));
    send(port, '/moderator/timer/add', 60);
    await expect.poll(() => Number(latest(received, '/moderator/state/remaining'))).toBeGreaterThan(remaining + 50);
    // While it runs, a state every second without any change.
    const count = received.filter((r) => r.address === '/moderator/state/display').length;
    await expect.poll(() => received.filter((r) => r.address === '/moderator/state/display').length, { timeout: 5000 }).toBeGreaterThan(count + 1);
    send(port, '/moderator/blackout', 1);
    await expect.poll(() => latest(received, '/moderator/state/blackout')).toBe(1);
    expect(served.host.current.doc.timer.blackout).toBe(true);
  });

  it('answers a bad verb or argument with /moderator/error, and ignores senders not on the list and garbage', async () => {
    const served = await serve();
    const port = await oscOn(served, ['127.0.0.1']);
    const { send, socket, received } = await desk();
    const version = served.host.getSnapshot().version;

    send(port, '/moderator/timer/add', 'lots');
    send(port, '/moderator/explode');
    send(port, '/moderator/segment/live', '__proto__');
    await expect.poll(() => received.filter((r) => r.address === '/moderator/error').length).toBe(3);
    expect(received.map((r) => r.values[0])).toEqual(['args', 'address', 'args']);
    socket.send(Buffer.from('not OSC at all'), port, '127.0.0.1');

    // A desk on another address (127.0.0.2, not on the list) is ignored entirely: no answer, no change.
    const stranger = await desk('127.0.0.2');
    stranger.send(port, '/moderator/subscribe', stranger.port);
    stranger.send(port, '/moderator/blackout', 1);
    stranger.send(port, '/moderator/explode');
    // An allowed desk's question sent after them is answered: the bridge read the stranger's packets and dropped them.
    const before = received.length;
    send(port, '/moderator/explode');
    await expect.poll(() => received.length).toBe(before + 1);
    expect(stranger.received).toEqual([]);
    expect(served.host.getSnapshot().version).toBe(version);
    expect(served.host.current.doc.timer.blackout).toBe(false);
  });
});
