/** The session's methods: its snapshot, commands, clock, recovery notes and backups, and what a caller may do. */
import { CommandRejected } from '../../../shared/kernel/errors';
import type { HandlerSet } from '../net/dispatcher';
import type { SessionHost } from './session-host';

export function sessionHandlers(host: SessionHost): HandlerSet {
  return {
    'session.snapshot': () => host.getSnapshot(),
    'session.dispatch': async ({ command }) => {
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
  };
}
