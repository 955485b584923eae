/**
 * Bad input at the boundaries, generated: commands (garbage, and commands
 * of every type with random, hostile or out-of-range fields), imported
 * files (garbage, and a real export with fields replaced, removed or cut
 * short) and WebSocket frames. Whatever arrives: no crash, an error naming the field and the
 * reason, and nothing changes unless the command was accepted.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commandSchema } from '../../../shared/session/commands';
import { allSegments } from '../../../shared/run-of-show/model';
import { type SessionDoc } from '../../../shared/session/document';
import { allRecommendations } from '../../../shared/recommendations/model';
import type { SessionHost } from '../../../electron/host/session/session-host';
import { almaty, manualClock, openHost, tempDir } from '../helpers';
import { connectedView, serve } from '../host/serve-helpers';
import { buildExport, serializeExport } from '../../../shared/recommendations/files/format';
import { parseImportFile } from '../../../shared/recommendations/files/import-file';
import { Rapporteur } from '../recommendations/fixtures';

const COMMAND_TYPES = commandSchema.options.map((option) => option.shape.type.value);

const hostileText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom('<script>alert(1)</script>', '=HYPERLINK("http://x")', '  ', '', 'Рекомендация', 'Ұсыныс', '\u0000\u202e'),
  fc.integer({ min: 4000, max: 6000 }).map((n) => 'x'.repeat(n)),
);
const anyNumber = fc.oneof(fc.integer({ min: -1e9, max: 1e9 }), fc.double(), fc.constantFrom(0, -1, 60_000, 30_000, 4 * 3_600_000 + 1));
const anyValue = fc.oneof(hostileText, anyNumber, fc.boolean(), fc.constant(null), fc.array(hostileText, { maxLength: 3 }), fc.object({ maxDepth: 1 }));

/** Ids that exist in the document half of the time, so commands get past the lookups too. */
function idsOf(doc: SessionDoc): fc.Arbitrary<string> {
  const known = [
    ...doc.parts.map((p) => p.id),
    ...allSegments(doc).map((s) => s.id),
    ...allSegments(doc).flatMap((s) => s.speakers.map((sp) => sp.id)),
    ...allRecommendations(doc.recommendations).map((r) => r.id),
  ];
  return fc.oneof(fc.constantFrom(...known), fc.string({ maxLength: 70 }));
}

const FIELD_NAMES = ['segmentId', 'partId', 'speakerId', 'toPartId', 'toSegmentId', 'id', 'intoId', 'title', 'text', 'label', 'index', 'toIndex', 'deltaMs', 'durationMs', 'on', 'flash', 'status', 'scope', 'patch', 'segment', 'speaker', 'recommendation', 'rapporteur', 'keep'];

/** A command of a real type whose fields are drawn from ids, hostile text and odd values. */
function commandArbitrary(doc: SessionDoc): fc.Arbitrary<unknown> {
  const ids = idsOf(doc);
  const field = fc.oneof(ids, anyValue);
  const patch = fc.dictionary(fc.constantFrom('title', 'plannedDurationMs', 'hardStart', 'text', 'status', 'pillar', 'timeZone', 'date', 'dayStart', 'name', 'allottedMs', 'countries'), anyValue, { maxKeys: 3 });
  const typed = fc
    .record({
      type: fc.constantFrom(...COMMAND_TYPES),
      fields: fc.dictionary(fc.constantFrom(...FIELD_NAMES), fc.oneof(field, patch), { maxKeys: 4 }),
    })
    .map(({ type, fields }) => ({ ...fields, type }));
  const plausible = fc.oneof(
    fc.record({ type: fc.constant('segment.update'), segmentId: ids, patch: fc.record({ title: hostileText }) }),
    fc.record({ type: fc.constant('segment.update'), segmentId: ids, patch: fc.record({ plannedDurationMs: anyNumber }) }),
    fc.record({ type: fc.constant('segment.setStatus'), segmentId: ids, status: fc.constantFrom('planned', 'live', 'done', 'skipped') }),
    fc.record({ type: fc.constant('speaker.add'), segmentId: ids, speaker: fc.record({ name: hostileText }) }),
    fc.record({ type: fc.constant('timer.adjust'), deltaMs: fc.integer({ min: -3_600_000, max: 3_600_000 }) }),
    fc.record({ type: fc.constant('timer.message'), text: hostileText, flash: fc.boolean() }),
    fc.record({ type: fc.constantFrom('timer.start', 'timer.pause', 'timer.next', 'timer.previous', 'timer.reset') }),
    fc.record({ type: fc.constant('rec.add'), recommendation: fc.record({ text: hostileText }) }),
    fc.record({ type: fc.constantFrom('history.undo', 'history.redo'), scope: fc.constantFrom('runOfShow', 'recommendations') }),
  );
  return fc.oneof({ weight: 3, arbitrary: typed }, { weight: 3, arbitrary: plausible }, { weight: 1, arbitrary: fc.anything() });
}

async function fuzzHost(): Promise<SessionHost> {
  return openHost({ dataDir: await tempDir('fuzz'), clock: manualClock(almaty('10:00')) });
}

describe('commands from anywhere', () => {
  it('are accepted whole or refused with a field and a reason, changing nothing', async () => {
    const host = await fuzzHost();
    let tried = 0;
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(commandArbitrary(host.current.doc), { minLength: 1, maxLength: 15 }), async (commands) => {
        for (const command of commands) {
          tried++;
          const before = host.current;
          const version = host.getSnapshot().version;
          const result = await host.dispatch(command);
          if (result.ok) {
            accepted++;
            continue;
          }
          expect(result.error.field).toMatch(/\S/);
          expect(result.error.message).toMatch(/\S/);
          expect(host.current).toBe(before);
          expect(host.getSnapshot().version).toBe(version);
        }
      }),
      { numRuns: 150, seed: 20231016 },
    );
    console.info(`fuzz: ${tried} commands tried, ${accepted} accepted, ${tried - accepted} refused`);
    expect(tried).toBeGreaterThan(500);
    expect(accepted).toBeGreaterThan(0);
  });
});

describe('WebSocket frames from anywhere', () => {
  it('get an answer, never break the server, and leave the session as it was', async () => {
    // Frames go out as fast as the replies come back: lift the rate limit (tested in lan.test.ts).
    const { port, host } = await serve({ views: { rateLimit: { burst: 10_000, perSecond: 10_000 } } });
    const rogue = await connectedView(port);
    const chair = await connectedView(port);
    const version = host.getSnapshot().version;
    const frames = fc.sample(
      fc.oneof(
        fc.string({ maxLength: 200 }),
        fc.jsonValue().map((v) => JSON.stringify(v)),
        fc.record({ t: fc.constantFrom('call', 'x'), id: anyValue, method: fc.constantFrom('session.dispatch', 'session.snapshot', 'lan.setEnabled', 'files.import', '__proto__', 'toString', 'x'), args: anyValue }).map((v) => JSON.stringify(v)),
        fc.record({ t: fc.constant('call'), id: fc.nat(), method: fc.constant('session.dispatch'), args: fc.record({ command: anyValue }) }).map((v) => JSON.stringify(v)),
      ),
      { numRuns: 300, seed: 1325 },
    );
    let answered = 0;
    for (const frame of frames) {
      rogue.send(frame);
      const reply = await rogue.next();
      expect(['refused', 'result']).toContain(reply.t);
      answered++;
    }
    console.info(`fuzz: ${frames.length} WebSocket frames sent, ${answered} answered`);
    chair.call(1, 'session.clock');
    expect(await chair.next()).toMatchObject({ t: 'result', id: 1, result: { ok: true } });
    expect(host.getSnapshot().version).toBe(version);
  });
});

/** Sets a value at a random path of a JSON document (or removes the key when the value is undefined). */
function mutate(doc: unknown, path: number[], value: unknown): unknown {
  if (path.length === 0 || typeof doc !== 'object' || doc === null) return value;
  const copy: Record<string, unknown> | unknown[] = Array.isArray(doc) ? [...doc] : { ...(doc as Record<string, unknown>) };
  const keys = Object.keys(copy);
  if (keys.length === 0) return copy;
  const key = keys[path[0]! % keys.length]!;
  const next = mutate((copy as Record<string, unknown>)[key], path.slice(1), value);
  if (next === undefined && !Array.isArray(copy)) delete (copy as Record<string, unknown>)[key];
  else (copy as Record<string, unknown>)[key] = next;
  return copy;
}

describe('imported files from anywhere', () => {
  it('are read whole or refused with where and why, and never throw', () => {
    const r = new Rapporteur(3);
    r.add('Учредить региональную сеть женщин-медиаторов', { pillar: 'participation', countries: ['KG'] });
    r.add('Әйелдердің бейбітшілік процестеріне қатысуын арттыру', { tags: ['ұсыныс'] });
    const valid = JSON.parse(serializeExport(buildExport(r.doc, { exportedAt: almaty('17:00'), appVersion: '0.1.0' }))) as unknown;
    const valueOrRemoval = fc.oneof(anyValue, fc.constant(undefined), fc.jsonValue());
    const files = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.jsonValue().map((v) => JSON.stringify(v)),
      fc.record({ path: fc.array(fc.nat(), { minLength: 1, maxLength: 5 }), value: valueOrRemoval }).map(({ path, value }) => JSON.stringify(mutate(valid, path, value))),
      fc.nat({ max: 4000 }).map((n) => JSON.stringify(valid).slice(0, n)),
    );
    let tried = 0;
    let read = 0;
    fc.assert(
      fc.property(files, (text) => {
        tried++;
        const parsed = parseImportFile(text, 'fuzz.json');
        if (parsed.ok) {
          read++;
          return;
        }
        expect(parsed.error.where).toMatch(/\S/);
        expect(parsed.error.message).toMatch(/\S/);
      }),
      { numRuns: 1000, seed: 2023 },
    );
    console.info(`fuzz: ${tried} import files tried, ${read} read whole, ${tried - read} refused with where and why`);
    expect(read).toBeGreaterThan(0);
    expect(tried - read).toBeGreaterThan(0);
  });
});
