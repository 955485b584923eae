/**
 * Where `npm run dist` leaves the app before wrapping it into installers:
 * electron-builder writes the unpacked app into the release folder, one
 * folder per system and architecture, and the smoke test launches that.
 *
 *   Linux    release/linux-unpacked/<name>              (linux-arm64-unpacked…)
 *   Windows  release/win-unpacked/<productName>.exe     (win-arm64-unpacked…)
 *   macOS    release/mac/<productName>.app/Contents/MacOS/<productName>
 *            (mac-arm64, mac-universal)
 *
 * On Linux the executable is named after package.json's `name`, lower
 * case; elsewhere after `productName`.
 */
import { join } from 'node:path';

export interface AppNames {
  /** package.json `name`. */
  name: string;
  /** package.json `productName`. */
  productName: string;
}

const UNPACKED_FOLDER: Partial<Record<NodeJS.Platform, RegExp>> = {
  linux: /^linux(-[a-z0-9]+)?-unpacked$/,
  win32: /^win(-[a-z0-9]+)?-unpacked$/,
  darwin: /^mac(-[a-z0-9]+)?$/,
};

function executableIn(folder: string, platform: NodeJS.Platform, names: AppNames): string {
  if (platform === 'linux') return join(folder, names.name.toLowerCase());
  if (platform === 'win32') return join(folder, `${names.productName}.exe`);
  return join(folder, `${names.productName}.app`, 'Contents', 'MacOS', names.productName);
}

/**
 * The executable of the one unpacked app for `platform` among `entries`
 * (the names in the release folder). Refuses, saying what it found, when
 * there is none (dist did not run, or failed) or more than one (an old
 * build beside the new one: which was tested would be a guess).
 */
export function unpackedExecutable(releaseDir: string, entries: readonly string[], platform: NodeJS.Platform, names: AppNames): string {
  const pattern = UNPACKED_FOLDER[platform];
  if (!pattern) throw new Error(`electron-builder makes no desktop app for ${platform}`);
  const found = entries.filter((entry) => pattern.test(entry));
  const listing = entries.length ? entries.join(', ') : 'nothing';
  if (found.length === 0) throw new Error(`no unpacked ${platform} app in ${releaseDir} (it holds ${listing}): run \`npm run dist\` first`);
  if (found.length > 1) throw new Error(`${found.length} unpacked ${platform} apps in ${releaseDir} (${found.join(', ')}): remove the old ones so the one tested is the one built`);
  return executableIn(join(releaseDir, found[0]!), platform, names);
}
