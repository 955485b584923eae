/**
 * A console whose session is larger than a frame the host sends as text:
 * the opening snapshot arrives deflated (a binary message, see
 * shared/contract/protocol.ts), the browser inflates it, and the changes
 * that follow are applied after it, in order.
 */
import WebSocket from 'ws';
import { test, expect } from './serve-fixture';
import { readFrame } from '../frames';

const TEXT = 'Ensure women’s full, equal and meaningful participation in peace processes. '.repeat(50).slice(0, 3900);

/** Adds recommendations through the host's method map, as another console would. */
async function addRecommendations(url: string, texts: string[]): Promise<void> {
  const socket = new WebSocket(`${url.replace('http', 'ws')}ws`);
  await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
  try {
    for (const [i, text] of texts.entries()) {
      const answered = new Promise<void>((resolve) => {
        const onMessage = (data: WebSocket.RawData, isBinary: boolean) => {
          const frame = readFrame(data, isBinary);
          if (frame.t !== 'result' || frame.id !== i + 1) return;
          socket.off('message', onMessage);
          expect(frame.result.ok).toBe(true);
          resolve();
        };
        socket.on('message', onMessage);
      });
      socket.send(JSON.stringify({ t: 'call', id: i + 1, method: 'session.dispatch', args: { command: { type: 'rec.add', recommendation: { text } } } }));
      await answered;
    }
  } finally {
    socket.close();
  }
}

test('a console opens a session sent deflated and follows the changes made after it', async ({ page, server }) => {
  await addRecommendations(server.url, Array.from({ length: 12 }, (_, i) => `Large ${i}: ${TEXT}`));
  await page.goto(server.url);
  const list = page.getByRole('region', { name: 'Recommendations' });
  await expect(list.getByText(/^Large 11: Ensure women/)).toBeVisible();
  await addRecommendations(server.url, ['After the console opened: a standing seat for women mediators']);
  await expect(list.getByText('After the console opened: a standing seat for women mediators')).toBeVisible();
});
