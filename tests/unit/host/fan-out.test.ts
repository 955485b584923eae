/**
 * Fan-out (electron/host/net/ws-sessions.ts): every socket of a scope gets
 * the same bytes for a change; a large opening snapshot comes deflated and
 * is shared, with the changes since, by the sockets that open after it, and
 * every one of them ends with exactly the host's session. A projector's
 * first payload stays a few kilobytes however large the session grows.
 */
import { describe, expect, it } from 'vitest';
import { applyPatches, enablePatches, type Patch } from 'immer';
import { randomUUID } from 'node:crypto';
import type { SessionEvent } from '../../../shared/contract/api';
import type { ServerFrame } from '../../../shared/contract/protocol';
import { scopedSnapshot } from '../../../shared/contract/scoped-data';
import { createExampleSession } from '../../../shared/session/example-session';
import { DEFAULT_FINAL_MS, DEFAULT_WARNING_MS, type Part, type Speaker } from '../../../shared/run-of-show/model';
import { LIMITS } from '../../../shared/kernel/limits';
import { allRecommendations, putRecommendation } from '../../../shared/recommendations/model';
import type { DurationMs, EpochMs } from '../../../shared/kernel/units';
import type { SessionDoc } from '../../../shared/session/document';
import { connectedView, serve, View, type Served } from './serve-helpers';
import type { Scope } from '../../../shared/kernel/scopes';

enablePatches();

/** Adds recommendations until the console's snapshot is well over the size that is sent deflated. */
async function largeSession(served: Served): Promise<void> {
  const text = 'Ensure women’s full, equal and meaningful participation in peace processes. '.repeat(50).slice(0, 3900);
  for (let i = 0; i < 12; i++) await served.host.dispatch({ type: 'rec.add', recommendation: { text: `${i} ${text}` } });
}

/** A console that keeps its mirror from the frames it reads, as the renderer's store does. */
async function mirrorOf(view: View, until: number): Promise<{ doc: SessionDoc; version: number }> {
  let doc: SessionDoc | null = null;
  let version = -1;
  while (version < until) {
    const frame = await view.next();
    if (frame.t !== 'event' || frame.name !== 'session') continue;
    const event = frame.payload as SessionEvent;
    if (event.type === 'snapshot') {
      doc = event.snapshot.doc;
      version = event.snapshot.version;
    } else if (event.type === 'patch') {
      // The changes must follow on from what it has, one version after another.
      expect(event.fromVersion).toBe(version);
      doc = applyPatches(doc!, event.patches as Patch[]);
      version = event.version;
    }
  }
  return { doc: doc!, version };
}

describe('fan-out', () => {
  it('sends every console the same bytes for a change', async () => {
    const served = await serve();
    const views = await Promise.all(Array.from({ length: 5 }, () => connectedView(served.port)));
    const received: Buffer[][] = views.map(() => []);
    views.forEach((view, i) => view.socket.on('message', (data: Buffer) => received[i]!.push(data)));
    await served.host.dispatch({ type: 'part.add', title: 'Closing' });
    await expect.poll(() => received.every((frames) => frames.length === 1)).toBe(true);
    const bytes = received.map((frames) => frames[0]!.toString());
    expect(new Set(bytes).size).toBe(1);
    expect(bytes[0]).toContain('"Closing"');
  });

  it('shares one deflated opening snapshot, with the changes since, and every console ends with the host’s session', async () => {
    const served = await serve();
    await largeSession(served);
    const binary: boolean[] = [];
    const first = await View.connect(served.port);
    first.socket.on('message', (_data, isBinary) => binary.push(isBinary));
    expect(await first.next()).toMatchObject({ t: 'event', name: 'access' });
    await served.host.dispatch({ type: 'part.add', title: 'Breakout A' });
    await served.host.dispatch({ type: 'part.add', title: 'Breakout B' });
    const second = await View.connect(served.port);
    expect(await second.next()).toMatchObject({ t: 'event', name: 'access' });
    await served.host.dispatch({ type: 'rec.add', recommendation: { text: 'After the second console opened' } });
    const { version, doc } = served.host.getSnapshot();
    for (const view of [first, second]) {
      const mirror = await mirrorOf(view, version);
      expect(mirror.version).toBe(version);
      expect(mirror.doc).toEqual(doc);
    }
    // The opening came deflated (one binary message); the changes as text.
    expect(binary[0]).toBe(true);
    expect(binary.slice(1).every((b) => !b)).toBe(true);
  });
});

describe("a projector's first payload", () => {
  it('stays under 4 KB at 500 segments, 10,000 recommendations and a segment of 50 speakers with the longest names', () => {
    const doc = createExampleSession(randomUUID);
    const long = (c: string) => c.repeat(LIMITS.nameChars);
    const parts: Part[] = [];
    for (let i = 0; i < 500; i++) {
      if (i % 20 === 0) parts.push({ id: randomUUID(), title: long('P').slice(0, LIMITS.titleChars), segments: [] });
      parts.at(-1)!.segments.push({
        id: randomUUID(),
        title: long('S').slice(0, LIMITS.titleChars),
        kind: 'session',
        plannedDurationMs: 60_000 as DurationMs,
        hardStart: null,
        chair: long('C'),
        notes: 'n'.repeat(LIMITS.textChars),
        status: i === 0 ? 'live' : 'planned',
        warningMs: DEFAULT_WARNING_MS,
        finalMs: DEFAULT_FINAL_MS,
        actualStartAt: null,
        actualEndAt: null,
        speakers: Array.from({ length: 50 }, () => ({ id: randomUUID(), name: long('Ж'), organization: long('O'), country: 'KZ', attendance: 'in-room', allottedMs: 300_000 as DurationMs })) as Speaker[],
      });
    }
    doc.parts = parts;
    const timed = parts[0]!.segments[0]!;
    doc.timer = { ...doc.timer, segmentId: timed.id, speakerId: timed.speakers[10]!.id };
    const template = allRecommendations(doc.recommendations)[0]!;
    for (let i = 0; i < 10_000; i++) putRecommendation(doc.recommendations, { ...template, id: randomUUID(), text: `Recommendation ${i}`, createdAt: i as EpochMs, updatedAt: i as EpochMs });
    const meta = { recovery: [], appVersion: '0.1.0', dataDir: '/secret', storage: { ok: true }, history: { runOfShow: { undo: [], redo: [] }, recommendations: [] } } as never;
    const snapshot = scopedSnapshot('view', { version: 12_345, doc, meta });
    const frames: ServerFrame[] = [
      { t: 'event', name: 'access', payload: { scope: 'view', desktop: false } },
      { t: 'event', name: 'session', payload: { type: 'snapshot', snapshot } },
    ];
    const bytes = frames.reduce((sum, frame) => sum + Buffer.byteLength(JSON.stringify(frame)), 0);
    expect(bytes).toBeLessThanOrEqual(4096);
    // It still shows the speaker being timed and the next one.
    const shown = snapshot.doc.parts.flatMap((p) => p.segments);
    expect(shown.map((s) => s.id)).toEqual([timed.id]);
    expect(shown[0]!.speakers.map((s) => s.id)).toEqual([timed.speakers[10]!.id, timed.speakers[11]!.id]);
    expect(shown[0]!.notes).toBe('');
  });

});

describe('a projector is one of the host’s displays', () => {
  it('is shown a change while it is written, once, and put back when the disk refuses it', { timeout: 60_000 }, async () => {
    const served = await serve({}, { maxPageCount: 400, snapshots: { afterCommands: 1_000_000, idleMs: 3_600_000 } });
    const lan = await served.server.handlers['lan.setEnabled']!({ enabled: true }, { scope: 'local' as Scope, desktop: false }) as { port: number; viewToken: string };
    const projector = await connectedView(lan.port, `/ws?token=${lan.viewToken}`);
    const shown: Array<string | null> = [];
    projector.socket.on('message', (data: Buffer) => {
      const frame = JSON.parse(data.toString()) as ServerFrame;
      if (frame.t === 'event' && frame.name === 'session') shown.push((frame.payload as Extract<SessionEvent, { type: 'snapshot' }>).snapshot.doc.timer.message?.text ?? null);
    });
    // Recommendations fill the disk; a projector never sees them, so it is sent nothing for them.
    const text = 'Establish a regional platform of women mediators. '.repeat(70);
    for (let n = 0; (await served.host.dispatch({ type: 'rec.add', recommendation: { text: `${n} ${text}` } })).ok; n++) expect(n).toBeLessThan(10_000);
    const expected: Array<string | null> = [];
    let last: string | null = null;
    for (let n = 0; ; n++) {
      expect(n).toBeLessThan(10_000);
      const message = `Please conclude (${n})`;
      const result = await served.host.dispatch({ type: 'timer.message', text: message, flash: false });
      if (result.ok) {
        // Shown while it was written, and not again when it was published.
        expected.push(message);
        last = message;
        continue;
      }
      expect(result).toMatchObject({ ok: false, error: { code: 'not-saved' } });
      expected.push(message, last);
      break;
    }
    await expect.poll(() => shown.length, { timeout: 10_000 }).toBe(expected.length);
    expect(shown).toEqual(expected);
    expect(served.host.current.doc.timer.message?.text ?? null).toBe(last);
  });
});
