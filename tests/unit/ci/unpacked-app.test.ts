/**
 * The packaged-app smoke test finds the app electron-builder left in
 * release/ on each system, and refuses to guess when there is none or
 * more than one (tests/packaged/unpacked-app.ts).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unpackedExecutable } from '../../packaged/unpacked-app';

const names = { name: 'moderator-console', productName: 'Moderator Console' };
const release = join('work', 'release');
// What `npm run dist` leaves beside the unpacked app.
const installers = ['Moderator Console-0.1.0.AppImage', 'moderator-console_0.1.0_amd64.deb', 'builder-debug.yml', 'latest-linux.yml'];

describe('the unpacked app electron-builder leaves', () => {
  it('is the executable inside the one unpacked folder for the system', () => {
    expect(unpackedExecutable(release, ['linux-unpacked', ...installers], 'linux', names)).toBe(join(release, 'linux-unpacked', 'moderator-console'));
    expect(unpackedExecutable(release, ['linux-arm64-unpacked'], 'linux', names)).toBe(join(release, 'linux-arm64-unpacked', 'moderator-console'));
    expect(unpackedExecutable(release, ['win-unpacked', 'Moderator Console Setup 0.1.0.exe'], 'win32', names)).toBe(join(release, 'win-unpacked', 'Moderator Console.exe'));
    expect(unpackedExecutable(release, ['mac-arm64', 'Moderator Console-0.1.0-arm64.dmg'], 'darwin', names)).toBe(
      join(release, 'mac-arm64', 'Moderator Console.app', 'Contents', 'MacOS', 'Moderator Console'),
    );
    expect(unpackedExecutable(release, ['mac'], 'darwin', names)).toBe(join(release, 'mac', 'Moderator Console.app', 'Contents', 'MacOS', 'Moderator Console'));
  });

  it('takes only the folder of the system it runs on', () => {
    expect(unpackedExecutable(release, ['win-unpacked', 'linux-unpacked', 'mac'], 'win32', names)).toBe(join(release, 'win-unpacked', 'Moderator Console.exe'));
  });

  it('refuses, saying what it found, when dist has not run or left two builds', () => {
    expect(() => unpackedExecutable(release, installers, 'linux', names)).toThrow(/no unpacked linux app in .*release \(it holds Moderator Console-0\.1\.0\.AppImage, .*\): run `npm run dist` first/);
    expect(() => unpackedExecutable(release, [], 'darwin', names)).toThrow(/it holds nothing/);
    expect(() => unpackedExecutable(release, ['mac', 'mac-arm64'], 'darwin', names)).toThrow(/2 unpacked darwin apps in .*release \(mac, mac-arm64\): remove the old ones/);
    expect(() => unpackedExecutable(release, ['linux-unpacked'], 'aix', names)).toThrow('electron-builder makes no desktop app for aix');
  });
});
