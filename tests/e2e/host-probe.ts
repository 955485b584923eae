/**
 * What the host holds, read the way a second client would: a WebSocket of
 * its own from the page's origin, its first snapshot, closed again. Tests
 * compare it with what a page shows.
 */
import type { Page } from '@playwright/test';
import type { SessionDoc } from '../../shared/session/document';

export async function hostDoc(page: Page): Promise<SessionDoc> {
  return page.evaluate(
    () =>
      new Promise<SessionDoc>((resolve, reject) => {
        const socket = new WebSocket(`ws://${location.host}/ws${location.search}`);
        socket.onerror = () => reject(new Error('the host can not be reached'));
        socket.onmessage = (message) => {
          const frame = JSON.parse(String(message.data)) as { t: string; name?: string; payload?: { type: string; snapshot: { doc: SessionDoc } } };
          if (frame.t !== 'event' || frame.name !== 'session' || frame.payload?.type !== 'snapshot') return;
          resolve(frame.payload.snapshot.doc);
          socket.close();
        };
      }),
  );
}

/** The capture draft the host keeps for a rapporteur ('' when none). */
export async function hostDraft(page: Page, rapporteur: string): Promise<string> {
  return (await hostDoc(page)).recommendations.drafts.find((d) => d.rapporteur === rapporteur)?.text ?? '';
}

/**
 * Starts a stream of commands from `page` to the host, one every `everyMs`,
 * as other windows would send them while someone types; returns a function
 * that stops it and resolves with how many were sent.
 */
export async function streamCommands(page: Page, commands: unknown[], everyMs: number): Promise<() => Promise<number>> {
  await page.evaluate(
    ({ commands, everyMs }) =>
      new Promise<void>((resolve) => {
        const socket = new WebSocket(`ws://${location.host}/ws`);
        const state = { sent: 0, timer: 0 };
        (window as unknown as { __stream: typeof state & { socket: WebSocket } }).__stream = Object.assign(state, { socket });
        socket.onopen = () => {
          state.timer = window.setInterval(() => {
            socket.send(JSON.stringify({ t: 'call', id: state.sent + 1, method: 'session.dispatch', args: { command: commands[state.sent % commands.length] } }));
            state.sent++;
          }, everyMs);
          resolve();
        };
      }),
    { commands, everyMs },
  );
  return () =>
    page.evaluate(() => {
      const stream = (window as unknown as { __stream: { sent: number; timer: number; socket: WebSocket } }).__stream;
      clearInterval(stream.timer);
      stream.socket.close();
      return stream.sent;
    });
}
