/**
 * Fan-out: time from a dispatch to the change reaching every connected view
 * over loopback (each view applies the patch to its mirror, as the renderer
 * does). The host is the real serve process; the views are WebSocket
 * clients in this process.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyPatches, enablePatches, type Patch } from 'immer';
import WebSocket from 'ws';
import { ServeProcess } from '../tests/serve-process';
import type { SessionEvent, SessionSnapshot } from '../shared/contract/api';
import type { ServerFrame } from '../shared/contract/protocol';
import type { SessionDoc } from '../shared/session/document';
import { figure, type Figure } from './report';
import { median, p95 } from './stats';

enablePatches();
const DISPATCHES = 200;
const PACE_MS = 25;

interface View {
  socket: WebSocket;
  doc: SessionDoc | null;
  onVersion: Map<number, () => void>;
}

async function openView(url: string): Promise<View> {
  const view: View = { socket: new WebSocket(`${url.replace('http', 'ws')}ws`), doc: null, onVersion: new Map() };
  await new Promise<void>((resolve) => {
    view.socket.on('message', (data) => {
      const frame = JSON.parse(data.toString()) as ServerFrame;
      // The first push is the connection's access, then the session's events.
      if (frame.t !== 'event' || frame.name !== 'session') return;
      const event = frame.payload as SessionEvent;
      if (event.type === 'snapshot') {
        view.doc = event.snapshot.doc;
        resolve();
        return;
      }
      if (event.type === 'meta') return;
      view.doc = applyPatches(view.doc!, event.patches as Patch[]);
      view.onVersion.get(event.version)?.();
    });
  });
  return view;
}

async function fanOut(url: string, views: View[], control: WebSocket, segmentId: string, version: { value: number }): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < DISPATCHES + 20; i++) {
    const target = ++version.value;
    const arrived = views.map((view) => new Promise<void>((resolve) => view.onVersion.set(target, resolve)));
    const start = performance.now();
    control.send(JSON.stringify({ t: 'call', id: i, method: 'session.dispatch', args: { command: { type: 'segment.update', segmentId, patch: { title: `Fan-out ${i}` } } } }));
    await Promise.all(arrived);
    if (i >= 20) samples.push(performance.now() - start);
    for (const view of views) view.onVersion.delete(target);
    // Stay under the server's per-socket rate limit (50 messages a second).
    await new Promise((resolve) => setTimeout(resolve, PACE_MS));
  }
  return samples;
}

export async function fanOutBenchmarks(): Promise<Figure[]> {
  const dataDir = await mkdtemp(join(tmpdir(), 'moderator-fanout-'));
  const server = new ServeProcess(dataDir);
  const url = await server.start();
  const figures: Figure[] = [];
  const views: View[] = [];
  try {
    const control = await openView(url);
    const snapshot = await new Promise<SessionSnapshot>((resolve) => {
      control.socket.once('message', (data) => resolve((JSON.parse(data.toString()) as { result: { value: SessionSnapshot } }).result.value));
      control.socket.send(JSON.stringify({ t: 'call', id: 0, method: 'session.snapshot', args: {} }));
    });
    const segmentId = snapshot.doc.parts[0]!.segments[0]!.id;
    const version = { value: snapshot.version };
    for (const count of [1, 5, 20]) {
      while (views.length < count) views.push(await openView(url));
      const samples = await fanOut(url, views, control.socket, segmentId, version);
      figures.push(
        figure('fan-out', `dispatch to change applied in ${count} view${count === 1 ? '' : 's'} (p95)`, 'ms', p95(samples), count === 5 ? { max: 16 } : undefined, `median ${median(samples).toFixed(2)} ms, includes the fsync`),
      );
    }
    control.socket.close();
  } finally {
    for (const view of views) view.socket.close();
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
  return figures;
}
