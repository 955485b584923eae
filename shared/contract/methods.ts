/**
 * ModeratorApi as one table: every method a view may call, with the schema
 * of its arguments, the type of its result and the scope it needs. Both
 * transports carry it generically (a `call` frame over WebSocket, one IPC
 * channel in the desktop app); the host's dispatcher validates the
 * arguments with the schema and checks the scope before any handler runs
 * (electron/host/net/dispatcher.ts). Adding a method is one entry here and
 * one handler.
 *
 * Scopes (scopes.ts): a method names the scopes that may call it; `local`
 * (the console on this computer) may call everything. A command's own scope
 * is checked too (session/handlers.ts: the run-of-show and the timer need
 * `control`, the recommendations `rapporteur`), and so is an export's
 * (`exportScope`).
 */
import { z } from 'zod';
import type { BackupSummary, DisplayInfo, LanStatus, OscStatus, SessionSnapshot } from './api';
import { AGENDA_EXPORT_FORMATS, type AgendaPreviewOutcome, type BinaryFile, type ExportOutcome, type ImportOutcome } from './files';
import { AGENDA_MAX_BYTES } from '../run-of-show/agenda-sheet';
import { IMPORT_MODES, planImportSchema } from '../run-of-show/commands';
import { EXPORT_FORMATS, exportOptionsSchema, type ExportFile } from '../session/exports';
import type { Scope } from '../kernel/scopes';
import type { RemoteState } from './remote-state';
import { IMPORT_MAX_BYTES } from '../recommendations/files/import-file';
import { author, id } from '../kernel/fields';


export interface MethodSpec<Args extends z.ZodType, Result> {
  args: Args;
  /** Who may call it (besides `local`, who may call everything). */
  scope: Scope | readonly Scope[];
  /** Largest request (arguments as JSON, in bytes); calls above it go over HTTP, not a WebSocket frame. */
  maxBytes?: number;
  /** Never read at run time: carries the result type for the compiler. */
  result?: Result;
}

function method<Result>() {
  return <Args extends z.ZodType>(spec: Omit<MethodSpec<Args, Result>, 'result'>): MethodSpec<Args, Result> => spec;
}

const none = z.strictObject({});
/** A backup's file name as backups.list gives it (no path: only backups/ is ever read). */
const backupName = z.string().max(120).regex(/^[0-9A-Za-z-]+\.sqlite$/, 'must be the name of a backup, as listed');
/** An agenda file of AGENDA_MAX_BYTES in base64. */
const AGENDA_BASE64_MAX = Math.ceil(AGENDA_MAX_BYTES / 3) * 4;
/** The largest plan.import: 1000 segments of 50 speakers with the longest names fit. */
const AGENDA_IMPORT_MAX_BYTES = 16 * 1024 * 1024;

export const METHODS = {
  /** The whole session as this connection may see it, with its version. */
  'session.snapshot': method<SessionSnapshot>()({ args: none, scope: 'view' }),
  /** One command for the host, answered once it is durable; a refused command fails the call with the field and the reason. */
  'session.dispatch': method<{ version: number }>()({ args: z.strictObject({ command: z.unknown() }), scope: ['control', 'rapporteur'] }),
  /** The host's clock, for a view's offset (NTP-style: the caller keeps when it asked). */
  'session.clock': method<{ hostAt: number }>()({ args: none, scope: 'view' }),
  /** The user has read these recovery notes (HostMeta.recovery): they are no longer shown, in any console. */
  'session.acknowledgeRecovery': method<null>()({ args: z.strictObject({ ids: z.array(id).min(1).max(100) }), scope: 'local' }),

  /** The session's backups, newest first. */
  'backups.list': method<BackupSummary[]>()({ args: none, scope: 'local' }),
  /** A backup taken now. */
  'backups.take': method<BackupSummary>()({ args: none, scope: 'local' }),
  /** Replaces the session with a backup (the current one is kept in the data dir's kept/); every view gets the restored session. */
  'backups.restore': method<null>()({ args: z.strictObject({ name: backupName }), scope: 'local' }),

  /** What a remote reads: the timer as the stage shows it, the live and next segment, the day's lateness (remote-state.ts). */
  'remote.state': method<RemoteState>()({ args: none, scope: 'view' }),
  /** Start the speaker timer if it is stopped, else pause it: one button on a Stream Deck. */
  'remote.toggle': method<{ version: number }>()({ args: none, scope: 'control' }),

  /** A file of the session, built by the host (session/exports.ts: recommendations, the outcome document, the roadmap, the workbook, the timing report); binary files come as base64. */
  'files.export': method<ExportFile>()({ args: z.strictObject({ format: z.enum(EXPORT_FORMATS), options: exportOptionsSchema.optional() }), scope: ['control', 'rapporteur'] }),
  /** Another rapporteur's JSON export, merged in as one journaled command (`author`'s undo step). */
  'files.import': method<ImportOutcome>()({
    args: z.strictObject({ fileName: z.string().max(255), text: z.string().max(IMPORT_MAX_BYTES), author }),
    scope: 'rapporteur',
    maxBytes: IMPORT_MAX_BYTES + 64 * 1024,
  }),

  /**
   * Reads an agenda file (XLSX or CSV, base64) into a preview and the
   * plan.import command that confirming sends: nothing changes here.
   */
  'agenda.preview': method<AgendaPreviewOutcome>()({
    args: z.strictObject({ fileName: z.string().max(255), data: z.base64('must be the file in base64').max(AGENDA_BASE64_MAX), mode: z.enum(IMPORT_MODES) }),
    scope: 'control',
    maxBytes: AGENDA_BASE64_MAX + 64 * 1024,
  }),
  /**
   * Confirms a preview: its plan.import command, journaled as one undo
   * step. Its own method (not session.dispatch) because a long agenda is
   * larger than a WebSocket frame: it travels over HTTP.
   */
  'agenda.import': method<{ version: number }>()({ args: z.strictObject({ command: planImportSchema }), scope: 'control', maxBytes: AGENDA_IMPORT_MAX_BYTES }),
  /** The run-of-show as a printable programme (PDF), a spreadsheet (XLSX) or a calendar (.ics). */
  'agenda.export': method<BinaryFile>()({ args: z.strictObject({ format: z.enum(AGENDA_EXPORT_FORMATS) }), scope: 'control' }),

  'lan.status': method<LanStatus>()({ args: none, scope: 'local' }),
  'lan.setEnabled': method<LanStatus>()({ args: z.strictObject({ enabled: z.boolean() }), scope: 'local' }),
  'lan.rotateTokens': method<LanStatus>()({ args: none, scope: 'local' }),
  'osc.status': method<OscStatus>()({ args: none, scope: 'local' }),
  /** Turns OSC on or off, on a port, for the listed sender addresses (IPv4 or IPv6). */
  'osc.configure': method<OscStatus>()({
    args: z.strictObject({
      enabled: z.boolean(),
      port: z.number().int().min(1024, 'must be 1024 or above').max(65535, 'must be at most 65535'),
      allowedSenders: z.array(z.union([z.ipv4(), z.ipv6()], 'must be IP addresses')).max(32, 'must list at most 32'),
    }),
    scope: 'local',
  }),

  /** Desktop app only (handled by its main process). */
  'desktop.displays': method<DisplayInfo[]>()({ args: none, scope: 'local' }),
  /** Opens (or moves) the projector window; without an id, on the display it was last on, else an external one. */
  'desktop.openProjector': method<null>()({ args: z.strictObject({ displayId: z.number().int().optional() }), scope: 'local' }),
  'desktop.closeProjector': method<null>()({ args: none, scope: 'local' }),
  /** Asks where to save a file the host built (native save dialog) and writes it. */
  'desktop.saveFile': method<ExportOutcome>()({ args: z.strictObject({ format: z.enum(EXPORT_FORMATS), options: exportOptionsSchema.optional() }), scope: 'local' }),
  /** Asks where to save an agenda file (native save dialog) and writes it. */
  'desktop.saveAgenda': method<ExportOutcome>()({ args: z.strictObject({ format: z.enum(AGENDA_EXPORT_FORMATS) }), scope: 'local' }),
  /** Asks for an export file to import (native open dialog) and merges it, as `author`'s undo step. */
  'desktop.importFile': method<ImportOutcome>()({ args: z.strictObject({ author }), scope: 'local' }),
} as const;

export type Methods = typeof METHODS;
export type MethodName = keyof Methods;
export type ArgsOf<M extends MethodName> = z.input<Methods[M]['args']>;
export type ParsedArgsOf<M extends MethodName> = z.output<Methods[M]['args']>;
export type ResultOf<M extends MethodName> = Methods[M] extends MethodSpec<z.ZodType, infer R> ? R : never;

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.hasOwn(METHODS, name);
}

/** The largest request any method takes over a WebSocket frame. */
export const FRAME_MAX_BYTES = 256 * 1024;
