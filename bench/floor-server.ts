/**
 * The floor for fan-out: a bare `ws` server in its own process, as the host
 * is. A control socket asks for a frame of a given size; the server builds
 * it once and sends it to every view socket. No validation, no state, no
 * disk: what broadcasting costs on this machine, nothing more.
 */
import { WebSocketServer, type WebSocket } from 'ws';

const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
const views = new Set<WebSocket>();

wss.on('listening', () => {
  const address = wss.address();
  console.log(`floor listening on ${typeof address === 'string' || address === null ? address : address.port}`);
});

wss.on('connection', (socket, req) => {
  if (req.url === '/view') {
    views.add(socket);
    socket.on('close', () => views.delete(socket));
    return;
  }
  socket.on('message', (data) => {
    const { id, size } = JSON.parse(data.toString()) as { id: number; size: number };
    const head = JSON.stringify({ t: 'event', name: 'session', payload: { id, pad: '' } });
    const frame = head.replace('"pad":""', `"pad":"${'x'.repeat(Math.max(0, size - head.length))}"`);
    for (const view of views) view.send(frame);
  });
});

process.on('SIGTERM', () => {
  for (const view of views) view.terminate();
  wss.close(() => process.exit(0));
});
