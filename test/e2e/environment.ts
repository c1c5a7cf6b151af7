import { spawnSync } from 'node:child_process';
import { accessSync, constants, readdirSync, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';

export const ROOT = join(__dirname, '..', '..');
export const DIST = join(ROOT, 'dist');

/** Chromium-family browsers, by the names Debian, Ubuntu and Google give their executables. */
const BROWSERS = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

/** The browser to drive: E2E_CHROMIUM if set, else the first Chromium-family browser on PATH. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.E2E_CHROMIUM) return isExecutable(env.E2E_CHROMIUM) ? env.E2E_CHROMIUM : undefined;
  const dirs = (env.PATH ?? '').split(delimiter).filter(Boolean);
  for (const name of BROWSERS) {
    for (const dir of dirs) {
      const file = join(dir, name);
      if (isExecutable(file)) return file;
    }
  }
  return undefined;
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** Why the suite cannot run, as a banner nobody scrolls past. */
export function skippedBanner(ci: boolean): string {
  const line = '#'.repeat(100);
  const rows = [
    ci
      ? 'E2E SUITE FAILED: no Chromium-family browser to run it in (CI=true: a browser is required)'
      : 'E2E SUITE SKIPPED: no Chromium-family browser to run it in',
    `Looked for ${BROWSERS.join(', ')} on PATH (or E2E_CHROMIUM=/path/to/browser).`,
    "Install Debian's Chromium:   sudo apt-get install -y chromium",
    'then run:                    npm run test:e2e',
    'Nothing is downloaded from npm: playwright-core drives the browser the system has.',
  ];
  return ['', line, ...rows.map((row) => `#  ${row}`), line, ''].join('\n');
}

/**
 * Builds dist/ unless it is newer than every source it is built from, so `npm run test:e2e` alone tests
 * the current code (in `npm test` the build just ran, and this costs one directory walk).
 */
export function ensureBuilt(): void {
  const built = modified(join(DIST, 'workbench.html'));
  const sources = [
    join(ROOT, 'src'),
    join(ROOT, 'scripts', 'webpack'),
    join(ROOT, 'webpack.config.js'),
    join(ROOT, 'manifest.xml'),
  ];
  if (built > 0 && Math.max(...sources.map(newest)) <= built) return;
  process.stderr.write(
    `\n[e2e] dist/ is ${built > 0 ? 'older than the sources' : 'missing'}: building it (webpack --mode production)…\n`,
  );
  const webpack = require.resolve('webpack-cli/bin/cli.js', { paths: [ROOT] });
  const result = spawnSync(
    process.execPath,
    [webpack, '--mode', 'production', '--stats', 'errors-warnings'],
    {
      cwd: ROOT,
      stdio: 'inherit',
    },
  );
  if (result.status !== 0) throw new Error(`[e2e] the build failed (exit ${result.status})`);
}

function modified(file: string): number {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}
