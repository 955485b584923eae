/**
 * Real file-system faults for the store tests, made with mount(8): a small
 * tmpfs (a disk that really fills up), a tmpfs remounted read-only, and an
 * ext4 image that the kernel turns read-only under a running store (after
 * an error, with errors=remount-ro; Linux refuses `remount,ro` while files
 * are open for writing, so a folder only goes read-only under a running
 * app this way). Mounting needs root (CI runs as root); where it is not
 * permitted, `MOUNTS` says why and each test runs its named fallback.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { onTestFinished } from 'vitest';

function run(command: string, args: string[]): string {
  return execFileSync(command, args, { stdio: ['ignore', 'pipe', 'pipe'] }).toString().trim();
}

function reasonOf(error: unknown): string {
  const stderr = (error as { stderr?: Buffer }).stderr?.toString().trim();
  return stderr !== undefined && stderr !== '' ? stderr.split('\n')[0]! : (error as Error).message.split('\n')[0]!;
}

/** Can this process mount a tmpfs? Probed once, with a throwaway mount. */
function probeTmpfs(): { ok: true } | { ok: false; reason: string } {
  const probe = mkdtempSync(join(tmpdir(), 'moderator-mount-probe-'));
  try {
    run('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe]);
    run('umount', [probe]);
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: `mounting a tmpfs is not permitted here (${reasonOf(error)})` };
  } finally {
    rmSync(probe, { recursive: true, force: true });
  }
}

/** MODERATOR_TEST_NO_MOUNT=1 runs the fallbacks on a machine that could mount (to try them). */
export const MOUNTS: { ok: true } | { ok: false; reason: string } =
  process.env.MODERATOR_TEST_NO_MOUNT === '1' ? { ok: false, reason: 'MODERATOR_TEST_NO_MOUNT=1' } : probeTmpfs();

/**
 * Can this process make an ext4 image go read-only under a running store?
 * Needs the tmpfs rights, loop devices, mkfs.ext4 and ext4's
 * trigger_fs_error; probed once, only when a test asks.
 */
export function probeExt4(): { ok: true } | { ok: false; reason: string } {
  if (!MOUNTS.ok) return MOUNTS;
  let mount: Mount | null = null;
  try {
    mount = Mount.ext4(8, false);
    if (!existsSync(`/sys/fs/ext4/${basename(mount.device!)}/trigger_fs_error`)) return { ok: false, reason: 'this kernel has no ext4 trigger_fs_error' };
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: (error as Error).message };
  } finally {
    mount?.unmount();
  }
}

export class Mount {
  private mounted = true;

  private constructor(
    /** The mount point; the test's folder goes inside it. */
    readonly path: string,
    private readonly root: string,
    readonly device: string | null,
    inTest = true,
  ) {
    if (inTest) onTestFinished(() => this.unmount());
  }

  /** A tmpfs of `size` (e.g. "2m") in a fresh temp dir. */
  static tmpfs(size: string): Mount {
    const root = mkdtempSync(join(tmpdir(), 'moderator-tmpfs-'));
    const path = join(root, 'mnt');
    mkdirSync(path);
    run('mount', ['-t', 'tmpfs', '-o', `size=${size},mode=0700`, 'tmpfs', path]);
    return new Mount(path, root, null);
  }

  /**
   * An ext4 file system in an image file on a loop device, mounted with
   * errors=remount-ro. Throws (with the reason) where loop devices or
   * mkfs.ext4 are missing.
   */
  static ext4(sizeMb: number, inTest = true): Mount {
    const root = mkdtempSync(join(tmpdir(), 'moderator-ext4-'));
    const image = join(root, 'disk.img');
    const path = join(root, 'mnt');
    mkdirSync(path);
    try {
      run('truncate', ['-s', `${sizeMb}M`, image]);
      run('mkfs.ext4', ['-q', '-F', image]);
      run('mount', ['-o', 'loop,errors=remount-ro', image, path]);
    } catch (error) {
      rmSync(root, { recursive: true, force: true });
      throw new Error(`no ext4 image could be mounted (${reasonOf(error)})`, { cause: error });
    }
    return new Mount(path, root, run('findmnt', ['-n', '-o', 'SOURCE', path]), inTest);
  }

  remount(options: string): void {
    run('mount', ['-o', `remount,${options}`, this.path]);
  }

  /** What the kernel does on a metadata error: ext4 turns itself read-only, under every open file. */
  failExt4(): void {
    if (this.device === null) throw new Error('not an ext4 image');
    writeFileSync(`/sys/fs/ext4/${basename(this.device)}/trigger_fs_error`, 'moderator store test');
  }

  /** Unmounts (after a read-only failure, checks the image as an admin would) and mounts it again, writable. */
  remountAfterFailure(): void {
    if (this.device === null) throw new Error('not an ext4 image');
    const image = join(this.root, 'disk.img');
    run('umount', [this.path]);
    try {
      run('e2fsck', ['-fy', image]);
    } catch {
      // e2fsck exits 1 when it fixed something (the counts an aborted journal leaves); that is expected.
    }
    run('mount', ['-o', 'loop,errors=remount-ro', image, this.path]);
  }

  unmount(): void {
    if (!this.mounted) return;
    this.mounted = false;
    try {
      run('umount', [this.path]);
    } catch {
      // Something still holds a file open (a failed test): detach it lazily.
      run('umount', ['-l', this.path]);
    }
    rmSync(this.root, { recursive: true, force: true });
  }
}
