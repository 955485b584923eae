/**
 * Speaker timers, as the technician runs them: read as a story of one
 * debate, with the clock moved by hand. Remaining time is always computed
 * from the recorded instants, so every figure here is exact.
 */
import { cp } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readTimer, startBlocker, timerView } from '../../../shared/timer/view';
import { CommandRejected } from '../../../shared/kernel/errors';
import { nextBoundary, type TimerState } from '../../../shared/timer/model';
import { balanceByCountry, timingReportCsv } from '../../../shared/timer/speaking-time';
import type { DurationMs, EpochMs } from '../../../shared/kernel/units';
import { almaty, manualClock, openHost, segmentIdByTitle, Story, tempDir } from '../helpers';

const OPENING = 'Opening of the conference';

/** What the projector shows now. */
function shown(story: Story): { text: string; phase: string } {
  const { text, phase } = readTimer(story.doc.timer, timerView(story.doc).thresholds, story.clock.now());
  return { text, phase };
}

function startOpening(story: Story, time = '10:00'): void {
  story.at(time, { type: 'timer.select', segmentId: story.id(OPENING) });
  story.apply({ type: 'timer.start' });
}

describe('a speaker timer, step by step', () => {
  it('counts down, pauses without losing time, warns, and counts overtime with a plus sign', () => {
    const story = new Story();
    startOpening(story);
    expect(timerView(story.doc).label).toBe('Representative of the Parliament of the Republic of Kazakhstan');
    expect(shown(story)).toEqual({ text: '7:00', phase: 'normal' });

    story.at('10:03', { type: 'timer.pause' });
    expect(shown(story)).toEqual({ text: '4:00', phase: 'paused' });
    story.clock.set(almaty('10:10'));
    expect(shown(story)).toEqual({ text: '4:00', phase: 'paused' });

    story.apply({ type: 'timer.start' });
    story.clock.advance(3 * 60_000 + 1_000);
    expect(shown(story)).toEqual({ text: '0:59', phase: 'warning' });
    story.clock.advance(45_000);
    expect(shown(story)).toEqual({ text: '0:14', phase: 'final' });
    story.clock.advance(14_000);
    expect(shown(story)).toEqual({ text: '0:00', phase: 'overtime' });
    story.clock.advance(12_000);
    expect(shown(story)).toEqual({ text: '+0:12', phase: 'overtime' });

    story.apply({ type: 'timer.adjust', deltaMs: 60_000 });
    expect(shown(story)).toEqual({ text: '0:48', phase: 'warning' });
    story.apply({ type: 'timer.adjust', deltaMs: 30_000 });
    expect(shown(story)).toEqual({ text: '1:18', phase: 'normal' });
  });

  it('moves through the queue keeping the clock running, and records spoken time without pauses', () => {
    const story = new Story();
    startOpening(story);
    story.at('10:02', { type: 'timer.pause' });
    story.at('10:05', { type: 'timer.start' });
    story.at('10:06', { type: 'timer.next' });
    expect(timerView(story.doc).speaker?.name).toMatch(/National Commission/);
    expect(story.doc.timer.clock.runningSince).toBe(almaty('10:06'));
    story.at('10:13', { type: 'timer.next' });
    story.at('10:14', { type: 'timer.pause' });

    const spoken = Object.values(story.doc.timer.spoken).map((r) => [r.name, r.spokenMs / 60_000]);
    expect(spoken).toEqual([
      ['Representative of the Parliament of the Republic of Kazakhstan', 3],
      ["Representative of the National Commission on Women's Affairs, Family and Demographic Policy", 7],
      ['Representative of UN Women', 1],
    ]);

    story.apply({ type: 'timer.previous' });
    expect(timerView(story.doc).speaker?.name).toMatch(/National Commission/);
    expect(story.doc.timer.clock.runningSince).toBeNull();
  });

  it('counts up for an unplanned intervention, and sets the time left on request', () => {
    const story = new Story();
    startOpening(story);
    story.at('10:01', { type: 'timer.intervention', label: 'Delegate from the floor' });
    story.clock.set(almaty('10:03'));
    expect(shown(story)).toEqual({ text: '2:00', phase: 'normal' });
    expect(timerView(story.doc).label).toBe('Delegate from the floor');

    story.apply({ type: 'timer.set', durationMs: 30_000 });
    expect(shown(story)).toEqual({ text: '0:30', phase: 'warning' });
  });

  it('refuses bad input with the field and reason, changing nothing', () => {
    const story = new Story();
    startOpening(story);
    const before = story.state;
    const refusals: Array<[Parameters<Story['apply']>[0], string, string]> = [
      [{ type: 'timer.adjust', deltaMs: -8 * 60_000 }, 'deltaMs', 'would make the allotted time negative (it is 420 s)'],
      [{ type: 'timer.previous' }, 'speakerId', 'this is the first speaker'],
      [{ type: 'timer.select', segmentId: 'gone' }, 'segmentId', 'no segment with id "gone"'],
    ];
    for (const [command, field, message] of refusals) {
      expect(() => story.apply(command)).toThrow(`${field}: ${message}`);
      expect(story.state).toBe(before);
    }

    const speakerId = story.doc.timer.speakerId!;
    story.apply({ type: 'timer.pause' });
    story.apply({ type: 'speaker.delete', speakerId });
    expect(() => story.apply({ type: 'timer.start' })).toThrow(`speakerId: the current speaker no longer exists (${speakerId}); choose another speaker`);
  });

  it('schedules only the phase boundaries: warning, final, zero', () => {
    const story = new Story();
    startOpening(story);
    const timer = story.doc.timer;
    const thresholds = timerView(story.doc).thresholds;
    const next = (t: string) => nextBoundary(timer, thresholds, almaty(t));
    expect(next('10:00')).toBe(almaty('10:06'));
    expect(next('10:06')).toBe(almaty('10:06') + 45_000);
    expect(next('10:07')).toBeNull();
  });
});

describe('timer limits (finding 7)', () => {
  const FOUR_HOURS = 4 * 3_600_000;

  it('refuses a Set that would make the allotted time over 4 hours, saying how much can be left', () => {
    const story = new Story();
    startOpening(story);
    story.clock.set(almaty('10:10'));
    const before = story.state;
    expect(() => story.apply({ type: 'timer.set', durationMs: FOUR_HOURS })).toThrow(
      'durationMs: would make the allotted time over 4 hours (10:00 already spoken): at most 3:50:00 can be left',
    );
    expect(story.state).toBe(before);
  });

  it('never blocks a decrease: at the cap +30 s is refused, -30 s and -1 min are not', () => {
    const story = new Story();
    startOpening(story);
    story.at('10:10', { type: 'timer.set', durationMs: FOUR_HOURS - 10 * 60_000 });
    expect(story.doc.timer.clock.durationMs).toBe(FOUR_HOURS);
    expect(() => story.apply({ type: 'timer.adjust', deltaMs: 30_000 })).toThrow('deltaMs: would make the allotted time over 4 hours');
    story.apply({ type: 'timer.adjust', deltaMs: -30_000 });
    story.apply({ type: 'timer.adjust', deltaMs: -60_000 });
    expect(shown(story).text).toBe('3:48:30');
  });

  it('lets a timer saved over the cap by an earlier version come down', () => {
    const story = new Story();
    startOpening(story);
    story.state = { ...story.state, doc: { ...story.doc, timer: { ...story.doc.timer, clock: { ...story.doc.timer.clock, durationMs: (FOUR_HOURS + 10 * 60_000) as DurationMs } } } };
    story.apply({ type: 'timer.adjust', deltaMs: -30_000 });
    expect(story.doc.timer.clock.durationMs).toBe(FOUR_HOURS + 9.5 * 60_000);
  });

  it('Reset restores the speaker\'s allotment: +10 min is undone, the clock stopped at 7:00', () => {
    const story = new Story();
    startOpening(story);
    story.at('10:02', { type: 'timer.adjust', deltaMs: 10 * 60_000 });
    expect(shown(story).text).toBe('15:00');
    story.at('10:03', { type: 'timer.reset' });
    expect(shown(story)).toEqual({ text: '7:00', phase: 'idle' });
    expect(story.doc.timer.spoken[story.doc.timer.speakerId!]!.spokenMs).toBe(3 * 60_000);
  });

  it('Reset of an intervention starts it again from zero', () => {
    const story = new Story();
    startOpening(story);
    story.at('10:01', { type: 'timer.intervention', label: 'Delegate from the floor' });
    story.at('10:03', { type: 'timer.reset' });
    expect(shown(story)).toEqual({ text: '0:00', phase: 'idle' });
    expect(timerView(story.doc).label).toBe('Delegate from the floor');
  });
});

describe('a countdown to a time of day, for breaks', () => {
  function breakAt(time: string): Story {
    const story = new Story();
    story.at(time, { type: 'timer.select', segmentId: story.id('Family photo') });
    return story;
  }

  it('counts to 10:45 in the event zone, says "back at", warns and then counts over', () => {
    const story = breakAt('10:32');
    story.apply({ type: 'timer.countdownTo', time: '10:45' });
    expect(shown(story)).toEqual({ text: '13:00', phase: 'normal' });
    expect(timerView(story.doc)).toMatchObject({ label: '', backAt: '10:45' });

    story.clock.set((almaty('10:44') + 30_000) as EpochMs);
    expect(shown(story)).toEqual({ text: '0:30', phase: 'warning' });
    story.clock.set((almaty('10:45') + 10_000) as EpochMs);
    expect(shown(story)).toEqual({ text: '+0:10', phase: 'overtime' });
  });

  it('refuses a time already passed, a time the clock change skips, and pausing or nudging it', () => {
    const story = breakAt('10:50');
    expect(() => story.apply({ type: 'timer.countdownTo', time: '10:45' })).toThrow('time: 10:45 has already passed today in Asia/Almaty (it is 10:50)');

    story.apply({ type: 'timer.countdownTo', time: '11:05' });
    expect(() => story.apply({ type: 'timer.pause' })).toThrow('a countdown to 11:05 can not be paused');
    expect(() => story.apply({ type: 'timer.adjust', deltaMs: 60_000 })).toThrow('a countdown to 11:05 moves only by choosing another time');

    const brussels = new Story(undefined, Date.parse('2027-03-28T00:30:00Z') as EpochMs);
    brussels.apply({ type: 'event.update', patch: { timeZone: 'Europe/Brussels', date: '2027-03-27' } });
    expect(() => brussels.apply({ type: 'timer.countdownTo', time: '02:30' })).toThrow('time: 02:30 does not exist on 2027-03-28 in Europe/Brussels: the clocks go forward from 02:00 to 03:00');
  });

  it('gives way to the queue: Next loads the first speaker', () => {
    const story = new Story();
    story.at('10:32', { type: 'timer.select', segmentId: story.id(OPENING) });
    story.apply({ type: 'timer.countdownTo', time: '10:45' });
    story.apply({ type: 'timer.next' });
    expect(timerView(story.doc)).toMatchObject({ label: 'Representative of the Parliament of the Republic of Kazakhstan', backAt: null });
    expect(story.doc.timer.mode).toBe('countdown');
  });
});

describe('Start says why it would be refused, before it is pressed', () => {
  /** What Start itself does now: null when it starts, else the field the host names. */
  function tryStart(story: Story): string | null {
    try {
      story.apply({ type: 'timer.start' });
      story.apply({ type: 'timer.pause' });
      return null;
    } catch (error) {
      if (error instanceof CommandRejected) return error.error.field;
      throw error;
    }
  }

  it('agrees with the host: nothing selected, a segment deleted, a speaker removed; a break counts up', () => {
    const story = new Story();
    expect(startBlocker(story.doc)).toBe('noSegment');
    expect(tryStart(story)).toBe('segmentId');

    story.apply({ type: 'timer.select', segmentId: story.id('Family photo') });
    expect(startBlocker(story.doc)).toBeNull();
    expect(tryStart(story)).toBeNull();
    expect(story.doc.timer.mode).toBe('countup');

    story.apply({ type: 'timer.select', segmentId: story.id(OPENING) });
    const speakerId = story.doc.timer.speakerId!;
    story.apply({ type: 'speaker.delete', speakerId });
    expect(startBlocker(story.doc)).toBe('speakerGone');
    expect(tryStart(story)).toBe('speakerId');

    story.apply({ type: 'timer.select', segmentId: story.id('Lunch') });
    story.apply({ type: 'segment.delete', segmentId: story.id('Lunch') });
    expect(startBlocker(story.doc)).toBe('segmentGone');
    expect(tryStart(story)).toBe('segmentId');

    story.apply({ type: 'timer.intervention', label: 'Delegate of Mongolia' });
    expect(startBlocker(story.doc)).toBeNull();
  });
});

describe('speaking time by country and the timing report', () => {
  it('adds up spoken time per country against the day allotment', () => {
    const story = new Story();
    startOpening(story);
    story.at('10:05', { type: 'timer.next' });
    story.at('10:09', { type: 'timer.next' });
    story.clock.set(almaty('10:10'));
    const balance = balanceByCountry(story.doc, story.clock.now());
    const kz = balance.find((b) => b.country === 'KZ')!;
    const int = balance.find((b) => b.country === 'INT')!;
    expect(kz.spokenMs / 60_000).toBe(9);
    expect(int.spokenMs / 60_000).toBe(1);
    expect(balance.map((b) => b.country)).toEqual(['KZ', 'KG', 'TJ', 'TM', 'UZ', 'INT']);
  });

  it('writes planned vs actual per segment and speaker as CSV', () => {
    const story = new Story();
    story.at('10:02', { type: 'segment.setStatus', segmentId: story.id(OPENING), status: 'live' });
    startOpening(story, '10:02');
    story.at('10:10', { type: 'timer.pause' });
    story.at('10:40', { type: 'segment.setStatus', segmentId: story.id(OPENING), status: 'done' });
    const lines = timingReportCsv(story.doc, story.clock.now()).split('\r\n');
    expect(lines[0]).toBe('\uFEFFrow,part,segment,speaker,country,status,planned start,actual start,actual end,planned min,actual min,over (+) / under (-) min');
    expect(lines[1]).toBe('segment,Opening,Opening of the conference: welcome remarks,,,done,10:00:00,10:02:00,10:40:00,30.0,38.0,8.0');
    expect(lines[2]).toBe('speaker,Opening,Opening of the conference: welcome remarks,Representative of the Parliament of the Republic of Kazakhstan,Kazakhstan,,,,,7.0,8.0,1.0');
  });

  it('writes a speaker who finished early as a negative number a spreadsheet reads as a number, not as text', () => {
    const story = new Story();
    startOpening(story, '10:00');
    story.clock.advance(126_000);
    story.apply({ type: 'timer.next' });
    story.apply({ type: 'timer.pause' });
    const lines = timingReportCsv(story.doc, story.clock.now()).split('\r\n');
    expect(lines[2]).toBe('speaker,Opening,Opening of the conference: welcome remarks,Representative of the Parliament of the Republic of Kazakhstan,Kazakhstan,,,,,7.0,2.1,-4.9');
  });
});

describe('the host keeps timers exact', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('keeps exact remaining time over a three-hour session with wall-clock jumps of +/-10 minutes', async () => {
    const clock = manualClock(almaty('09:00'));
    const host = await openHost({ dataDir: await tempDir('timer'), clock });
    const segmentId = segmentIdByTitle(host.current.doc, OPENING);
    await host.dispatch({ type: 'timer.select', segmentId });
    await host.dispatch({ type: 'timer.set', durationMs: 4 * 3_600_000 });
    await host.dispatch({ type: 'timer.start' });

    let expectedElapsed = 0;
    let driftMs = 0;
    for (let minute = 1; minute <= 180; minute++) {
      clock.advance(60_000);
      expectedElapsed += 60_000;
      if (minute % 20 === 0) clock.jumpWall(minute % 40 === 0 ? -10 * 60_000 : 10 * 60_000);
      if (minute === 90) {
        await host.dispatch({ type: 'timer.pause' });
        clock.advance(5 * 60_000);
        await host.dispatch({ type: 'timer.start' });
      }
      const { remainingMs } = readTimer(host.current.doc.timer, timerView(host.current.doc).thresholds, host.now());
      driftMs = Math.max(driftMs, Math.abs(remainingMs - (4 * 3_600_000 - expectedElapsed)));
    }
    expect(driftMs).toBe(0);
    expect(readTimer(host.current.doc.timer, timerView(host.current.doc).thresholds, host.now()).text).toBe('1:00:00');
  });

  it('comes back running with the right remaining time after a kill -9 mid-timer', async () => {
    const clock = manualClock(almaty('10:00'));
    const dataDir = await tempDir('timer-kill');
    const first = await openHost({ dataDir, clock });
    await first.dispatch({ type: 'timer.select', segmentId: segmentIdByTitle(first.current.doc, OPENING) });
    await first.dispatch({ type: 'timer.start' });
    clock.advance(2 * 60_000);

    // The process dies here: the files are as they were, nothing was closed.
    const copy = join(await tempDir('timer-kill-copy'), 'data');
    await cp(dataDir, copy, { recursive: true });
    clock.advance(30_000);
    const second = await openHost({ dataDir: copy, clock: manualClock(clock.now()) });
    const reading = readTimer(second.current.doc.timer, timerView(second.current.doc).thresholds, second.now());
    expect(second.current.doc.timer.clock.runningSince).toBe(almaty('10:00'));
    expect(reading.text).toBe('4:30');
  });

  it('advances to the next speaker at zero when auto-advance is on', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const clock = manualClock(almaty('10:00'));
    const host = await openHost({ dataDir: await tempDir('timer-auto'), clock });
    await host.dispatch({ type: 'timer.settings', autoAdvance: true });
    await host.dispatch({ type: 'timer.select', segmentId: segmentIdByTitle(host.current.doc, OPENING) });
    await host.dispatch({ type: 'timer.start' });
    const first = host.current.doc.timer.speakerId;

    for (const step of [6 * 60_000, 45_000, 15_000]) {
      clock.advance(step);
      await vi.advanceTimersByTimeAsync(step);
    }
    await vi.waitFor(() => expect(host.current.doc.timer.speakerId).not.toBe(first));
    const timer: TimerState = host.current.doc.timer;
    expect(timerView(host.current.doc).speaker?.name).toMatch(/National Commission/);
    expect(timer.clock.runningSince).toBe(almaty('10:07') as EpochMs);
    expect(timer.spoken[first!]?.spokenMs).toBe(7 * 60_000);
  });

  it('after a long gap between ticks (a suspend), advances once and starts the next speaker from the moment it resumed', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const clock = manualClock(almaty('10:00'));
    const host = await openHost({ dataDir: await tempDir('timer-gap'), clock });
    await host.dispatch({ type: 'timer.settings', autoAdvance: true });
    await host.dispatch({ type: 'timer.select', segmentId: segmentIdByTitle(host.current.doc, OPENING) });
    await host.dispatch({ type: 'timer.start' });
    const first = host.current.doc.timer.speakerId!;

    // The machine sleeps through warning, final and zero: no timeout fires until it wakes at 10:20.
    clock.advance(20 * 60_000);
    await vi.advanceTimersByTimeAsync(20 * 60_000);
    await vi.waitFor(() => expect(host.current.doc.timer.speakerId).not.toBe(first));

    expect(timerView(host.current.doc).speaker?.name).toMatch(/National Commission/);
    expect(host.current.doc.timer.spoken[first]?.spokenMs).toBe(20 * 60_000);
    expect(readTimer(host.current.doc.timer, timerView(host.current.doc).thresholds, host.now()).text).toBe('7:00');
  });

  it('keeps a running timer where it was when the monotonic clock stood still during a suspend', async () => {
    const clock = manualClock(almaty('10:00'));
    const host = await openHost({ dataDir: await tempDir('timer-suspend'), clock });
    await host.dispatch({ type: 'timer.select', segmentId: segmentIdByTitle(host.current.doc, OPENING) });
    await host.dispatch({ type: 'timer.start' });
    clock.advance(60_000);
    // Linux and macOS stop the monotonic clock while asleep; only the wall clock moves on.
    clock.jumpWall(45 * 60_000);
    const reading = readTimer(host.current.doc.timer, timerView(host.current.doc).thresholds, host.now());
    expect(reading).toMatchObject({ text: '6:00', phase: 'normal' });
  });

  it('loads the live segment\'s speakers when a segment goes live and the timer is idle', async () => {
    const host = await openHost({ dataDir: await tempDir('timer-follow'), clock: manualClock(almaty('10:00')) });
    const segmentId = segmentIdByTitle(host.current.doc, 'How the WPS agenda');
    await host.dispatch({ type: 'segment.setStatus', segmentId, status: 'live' });
    expect(host.current.doc.timer.segmentId).toBe(segmentId);
    expect(timerView(host.current.doc).label).toBe('Civil society representative, Kazakhstan');
  });
});
