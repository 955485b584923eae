/** Types of find-browser.mjs (plain JavaScript, so `npm start` runs without a build step). */
export function findBrowser(env?: Record<string, string | undefined>, platform?: NodeJS.Platform, exists?: (path: string) => boolean): string | null;
export function appWindowArgs(url: string, profileDir: string): string[];
