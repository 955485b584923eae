/**
 * The store's state in each scope's meta: a console on the venue network
 * whose changes the host refuses because its disk is full learns why (the
 * disk banner), without the host's message, which names the folder; the
 * recovery notes stay on this computer's consoles. A meta-only event (the
 * disk refusing, a note acknowledged) reaches every scope that can act.
 */
import { describe, expect, it } from 'vitest';
import type { HostMeta, SessionEvent, SessionSnapshot } from '../../../shared/contract/api';
import { ScopedFeed, scopedMeta } from '../../../shared/contract/scoped-data';
import { SCOPES } from '../../../shared/kernel/scopes';
import { createExampleSession } from '../../../shared/session/example-session';
import { NO_HISTORY } from '../../../shared/session/history';
import { counterIds } from '../helpers';

const FULL: HostMeta = {
  appVersion: '1.0.0',
  dataDir: '/home/chair/.config/Moderator Console/session',
  recovery: [{ id: 'n1', at: 1, kind: 'recovered', message: 'Rebuilt from /home/chair/.config/Moderator Console/session/backups/x.sqlite' }],
  storage: { ok: false, problem: 'disk-full', message: 'Not saved: the disk is full (/home/chair/.config/Moderator Console/session).', since: 5 },
  history: { runOfShow: NO_HISTORY, recommendations: [] },
};

describe("each scope's meta", () => {
  it('says the disk refuses writes to every scope, with the folder named only to the local console', () => {
    for (const scope of SCOPES) {
      const meta = scopedMeta(scope, FULL);
      expect(meta.storage).toMatchObject({ ok: false, problem: 'disk-full', since: 5 });
      if (scope === 'local') {
        expect(meta).toEqual(FULL);
      } else {
        expect(JSON.stringify(meta)).not.toContain('/home/chair');
        expect(meta.recovery).toEqual([]);
      }
    }
  });

  it('passes a meta-only event to the control and rapporteur scopes, scoped', () => {
    const event: SessionEvent = { type: 'meta', version: 3, meta: FULL };
    const snapshot: SessionSnapshot = { version: 3, doc: createExampleSession(counterIds()), meta: FULL };
    for (const scope of ['control', 'rapporteur'] as const) {
      expect(new ScopedFeed(scope).next(event, () => snapshot)).toEqual({ type: 'meta', version: 3, meta: scopedMeta(scope, FULL) });
    }
  });
});
