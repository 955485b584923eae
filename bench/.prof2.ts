import { setAutoFreeze } from 'immer';
import { applyCommand, emptyHistory } from '../shared/session';
import { sizedSession } from './seed';
import { randomUUID } from 'node:crypto';
if (process.argv[2] === 'nofreeze') setAutoFreeze(false);
for (const n of [100, 10000]) {
  let state = { doc: sizedSession(10, n), history: emptyHistory() };
  const ids = Object.keys(state.doc.recommendations.items); const id = ids[Math.floor(n/2)]!;
  for (let w = 0; w < 3; w++) state = applyCommand(state, { type: 'rec.update', id, patch: { text: 'w' + w } }, { now: Date.now() as never, newId: randomUUID, today: '2023-10-16' as never }).state;
  const t = performance.now();
  for (let i = 0; i < 300; i++) state = applyCommand(state, { type: 'rec.update', id, patch: { text: 'x' + i } }, { now: Date.now() as never, newId: randomUUID, today: '2023-10-16' as never }).state;
  console.log(n, 'apply per cmd', ((performance.now() - t) / 300).toFixed(3));
}
const items: Record<string, object> = {}; for (let i = 0; i < 10000; i++) items[randomUUID()] = { a: i };
let t = performance.now(); for (let i = 0; i < 300; i++) { const c = { ...items }; c['x'] = {}; } console.log('spread 10k', ((performance.now() - t) / 300).toFixed(3));
const m = new Map(Object.entries(items)); t = performance.now(); for (let i = 0; i < 300; i++) { const c = new Map(m); c.set('x', {}); } console.log('map copy 10k', ((performance.now() - t) / 300).toFixed(3));
