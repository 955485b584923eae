/**
 * Sessions saved before the published plan, the off-day choice and the
 * countdown to a time of day still open (format 1 → 2), and a journal
 * written under looser rules replays: a command the rules now refuse is
 * left out and named for the user, never a reason not to open.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { upgradeDocument } from '../../../shared/session/upgrade';
import { FORMAT_VERSION, type SessionDoc } from '../../../shared/session/document';
import { createExampleSession } from '../../../shared/session/example-session';
import { almaty, counterIds, manualClock, openHost, tempDir } from '../helpers';

/** The example as format 1 wrote it: no published plan, no off-day choice, no countdown target. */
function formatOneDoc(): Record<string, unknown> {
  const { published: _published, eventDateKeptOn: _kept, timer, ...rest } = createExampleSession(counterIds());
  const { untilTime: _until, ...oldTimer } = timer;
  return { ...rest, formatVersion: 1, timer: oldTimer };
}

describe('upgrading a saved document', () => {
  it('gives a format-1 document the new fields, empty', () => {
    const upgraded = upgradeDocument(formatOneDoc());
    expect(upgraded).toEqual(createExampleSession(counterIds()));
    expect(upgraded.formatVersion).toBe(FORMAT_VERSION);
  });

  it('keeps a current document as it is', () => {
    const doc: SessionDoc = createExampleSession(counterIds());
    expect(upgradeDocument(doc)).toEqual(doc);
  });
});

describe('the host opens what an earlier version saved', { timeout: 30_000 }, () => {
  it('a format-1 snapshot, with a journal line the rules now refuse left out and named', async () => {
    const dir = await tempDir('upgrade');
    const doc = formatOneDoc();
    await writeFile(join(dir, 'snapshot.json'), JSON.stringify({ formatVersion: 1, seq: 0, savedAt: almaty('09:00'), state: { doc, history: {} } }));
    const lines = [
      { seq: 1, at: almaty('09:01'), ids: [], cmd: { type: 'event.update', patch: { date: '1900-06-01' } } },
      { seq: 2, at: almaty('09:02'), ids: [], cmd: { type: 'event.update', patch: { title: 'Conference on WPS' } } },
    ];
    await writeFile(join(dir, 'journal.jsonl'), lines.map((l) => `${JSON.stringify(l)}\n`).join(''));

    const host = await openHost({ dataDir: dir, clock: manualClock(almaty('09:05')) });

    expect(host.current.doc).toMatchObject({ formatVersion: FORMAT_VERSION, published: null, eventDateKeptOn: null, timer: { untilTime: null } });
    expect(host.current.doc.event).toMatchObject({ title: 'Conference on WPS', date: '2023-10-16' });
    const notes = host.getSnapshot().meta.recovery;
    expect(notes.map((note) => note.kind)).toEqual(['migrated', 'left-out']);
    expect(notes[1]!.message).toBe('Journal line 1 (event.update) was left out: this version refuses it (patch.date: must be between 1970-01-01 and 2100-12-31).');
  });
});
