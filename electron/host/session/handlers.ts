/**
 * The session's methods: its snapshot (what the caller's scope may see),
 * commands (each checked against the scope it needs, session/handlers.ts),
 * the host's clock, the recovery notes and backups, and what a remote reads
 * and toggles.
 */
import { CommandRejected } from '../../../shared/kernel/errors';
import { allows } from '../../../shared/kernel/scopes';
import { parseCommand } from '../../../shared/session/commands';
import { commandScope } from '../../../shared/session/handlers';
import { scopedSnapshot } from '../../../shared/contract/scoped-data';
import { remoteState } from '../../../shared/contract/remote-state';
import { scopeRefusal, type HandlerSet } from '../net/dispatcher';
import type { SessionHost } from './session-host';

export function sessionHandlers(host: SessionHost): HandlerSet {
  return {
    'session.snapshot': (_args, caller) => scopedSnapshot(caller.scope, host.getSnapshot()),
    'session.dispatch': async ({ command }, caller) => {
      const parsed = parseCommand(command);
      if (parsed.ok) {
        const needed = commandScope(parsed.command);
        if (!allows(caller.scope, needed)) throw new CommandRejected(scopeRefusal(caller.scope, [needed]));
      }
      const result = await host.dispatch(command);
      if (!result.ok) throw new CommandRejected(result.error);
      return { version: result.version };
    },
    'session.clock': () => ({ hostAt: host.now() }),
    'session.acknowledgeRecovery': async ({ ids }) => {
      await host.acknowledgeRecovery(ids);
      return null;
    },
    'backups.list': () => host.listBackups(),
    'backups.take': () => host.takeBackup(),
    'backups.restore': async ({ name }) => {
      await host.restoreBackup(name);
      return null;
    },
    'remote.state': () => {
      const { version, doc } = host.getSnapshot();
      return remoteState(doc, version, host.now());
    },
    'remote.toggle': async () => {
      const running = host.current.doc.timer.clock.runningSince !== null;
      const result = await host.dispatch({ type: running ? 'timer.pause' : 'timer.start' });
      if (!result.ok) throw new CommandRejected(result.error);
      return { version: result.version };
    },
  };
}
