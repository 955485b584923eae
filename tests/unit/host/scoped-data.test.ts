/**
 * Each connection receives only what its scope may see, and may do only
 * what its scope may do: one socket per scope (the local console, and a
 * view, a control and a rapporteur token on the venue network) watches the
 * same day, and what each one received is compared with what it may see.
 */
import { describe, expect, it } from 'vitest';
import type { LanStatus } from '../../../shared/contract/api';
import type { ServerFrame } from '../../../shared/contract/protocol';
import { connectedView, serve, type Served, type View } from './serve-helpers';
import { frameText } from '../../frames';

const SECRET_TEXT = 'Confidential draft: quota of 30% for women mediators';
const DRAFT_TEXT = 'Half-typed proposal about shelters';
const NOTE = 'Chair only: the minister arrives late';

async function turnOn(served: Served): Promise<LanStatus> {
  return served.server.handlers['lan.setEnabled']!({ enabled: true }, { scope: 'local', desktop: false });
}

/** Everything a socket receives from now on, as text. */
function record(view: View): string[] {
  const seen: string[] = [];
  view.socket.on('message', (data, isBinary) => seen.push(frameText(data, isBinary)));
  return seen;
}

async function call(view: View, id: number, method: string, args: object): Promise<ServerFrame> {
  view.call(id, method, args);
  for (;;) {
    const frame = await view.next();
    if (frame.t === 'result' && frame.id === id) return frame;
  }
}

const ok = { t: 'result', result: { ok: true } };
const forbidden = { t: 'result', result: { ok: false, error: { code: 'forbidden', field: 'token' } } };

describe('scoped data', () => {
  it('sends each scope only its share of the session, from the first frame on', async () => {
    const served = await serve();
    const { host } = served;
    const { port, viewToken, controlToken, rapporteurToken } = await turnOn(served);
    const segmentId = host.current.doc.parts[0]!.segments[0]!.id;
    await host.dispatch({ type: 'rec.add', recommendation: { text: SECRET_TEXT } });
    await host.dispatch({ type: 'rec.draft', rapporteur: 'Aigerim', text: DRAFT_TEXT });
    await host.dispatch({ type: 'segment.update', segmentId, patch: { notes: NOTE } });
    await host.dispatch({ type: 'segment.setStatus', segmentId, status: 'live' });

    const sockets = {
      local: await connectedView(served.port),
      view: await connectedView(port!, `/ws?token=${viewToken}`),
      control: await connectedView(port!, `/ws?token=${controlToken}`),
      rapporteur: await connectedView(port!, `/ws?token=${rapporteurToken}`),
    };
    const opening = Object.fromEntries(
      await Promise.all(Object.entries(sockets).map(async ([scope, view]) => [scope, JSON.stringify(await call(view, 1, 'session.snapshot', {}))] as const)),
    );
    const later = Object.fromEntries(Object.entries(sockets).map(([scope, view]) => [scope, record(view)]));
    await host.dispatch({ type: 'rec.add', recommendation: { text: `${SECRET_TEXT}, second` } });
    await host.dispatch({ type: 'rec.draft', rapporteur: 'Aigerim', text: `${DRAFT_TEXT}, more` });
    await host.dispatch({ type: 'segment.update', segmentId, patch: { notes: `${NOTE}, again` } });
    await host.dispatch({ type: 'timer.start' });
    await expect.poll(() => later.view!.length).toBeGreaterThan(0);
    await expect.poll(() => later.control!.length).toBeGreaterThanOrEqual(4);
    const seen = (scope: keyof typeof sockets) => `${opening[scope]}\n${later[scope]!.join('\n')}`;

    const dataDir = host.getSnapshot().meta.dataDir!;
    expect(seen('local')).toContain(SECRET_TEXT);
    expect(seen('local')).toContain(JSON.stringify(dataDir).slice(1, -1));
    for (const text of [SECRET_TEXT, DRAFT_TEXT]) {
      expect(seen('view')).not.toContain(text);
      expect(seen('control')).not.toContain(text);
      expect(seen('rapporteur')).toContain(text);
    }
    expect(seen('view')).not.toContain(NOTE);
    expect(seen('control')).toContain(NOTE);
    for (const scope of ['view', 'control', 'rapporteur'] as const) expect(seen(scope)).not.toContain(JSON.stringify(dataDir).slice(1, -1));
    // The projector still gets what it shows: the live segment and the running timer.
    expect(later.view!.join('\n')).toContain('"runningSince":');
    expect(opening.view).toContain(host.current.doc.parts[0]!.segments[0]!.title);

    const viewPayload = Buffer.byteLength(opening.view!);
    console.info(`first payloads: view ${viewPayload} B, control ${Buffer.byteLength(opening.control!)} B, local ${Buffer.byteLength(opening.local!)} B`);
    expect(viewPayload).toBeLessThan(4096);
  });

  it('lets each scope do only its own work', async () => {
    const served = await serve();
    const { host } = served;
    const { port, viewToken, controlToken, rapporteurToken } = await turnOn(served);
    const segmentId = host.current.doc.parts[0]!.segments[0]!.id;
    const view = await connectedView(port!, `/ws?token=${viewToken}`);
    const control = await connectedView(port!, `/ws?token=${controlToken}`);
    const rapporteur = await connectedView(port!, `/ws?token=${rapporteurToken}`);
    const dispatch = (socket: View, id: number, command: object) => call(socket, id, 'session.dispatch', { command });

    expect(await dispatch(view, 1, { type: 'timer.blackout', on: true })).toMatchObject(forbidden);
    expect(await dispatch(control, 2, { type: 'timer.blackout', on: true })).toMatchObject(ok);
    expect(await dispatch(control, 3, { type: 'segment.update', segmentId, patch: { title: 'Opening, moved' } })).toMatchObject(ok);
    expect(await dispatch(control, 4, { type: 'rec.add', recommendation: { text: 'from the control link' } })).toMatchObject(forbidden);
    expect(await dispatch(control, 5, { type: 'session.new' })).toMatchObject(forbidden);
    expect(await dispatch(control, 6, { type: 'history.undo', scope: 'recommendations', author: 'Aigerim' })).toMatchObject(forbidden);
    expect(await dispatch(rapporteur, 7, { type: 'rec.add', recommendation: { text: 'from the second laptop' }, author: 'Dilnoza' })).toMatchObject(ok);
    expect(await dispatch(rapporteur, 8, { type: 'timer.start' })).toMatchObject(forbidden);
    expect(await dispatch(rapporteur, 9, { type: 'segment.update', segmentId, patch: { title: 'Nope' } })).toMatchObject(forbidden);
    expect(await dispatch(rapporteur, 10, { type: 'history.undo', scope: 'runOfShow' })).toMatchObject(forbidden);
    expect(await dispatch(rapporteur, 11, { type: 'history.undo', scope: 'recommendations', author: 'Dilnoza' })).toMatchObject(ok);

    expect(await call(rapporteur, 12, 'files.export', { format: 'json' })).toMatchObject(ok);
    expect(await call(rapporteur, 13, 'files.export', { format: 'timing' })).toMatchObject(forbidden);
    expect(await call(control, 14, 'files.export', { format: 'timing' })).toMatchObject(ok);
    expect(await call(control, 15, 'files.export', { format: 'json' })).toMatchObject(forbidden);
    expect(await call(view, 16, 'files.export', { format: 'json' })).toMatchObject(forbidden);
    for (const socket of [view, control, rapporteur]) expect(await call(socket, 17, 'lan.status', {})).toMatchObject(forbidden);

    expect(host.current.doc.timer.blackout).toBe(true);
    expect(host.current.doc.parts[0]!.segments[0]!.title).toBe('Opening, moved');
  });
});
