'use strict';
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

/**
 * How to run Office's office-addin-debugging (sideloading into desktop Excel on Windows and macOS), or null
 * when it is not installed. It is not a dependency of this project: its keytar dependency does not build
 * on Linux, where `npm install` must work. Installed in the project (`npm install --no-save
 * office-addin-debugging`) or globally (`npm install -g office-addin-debugging`), it is used.
 * @param {'start' | 'stop'} action
 * @returns {{ file: string, args: string[], shell: boolean } | null}
 */
function sideloadCommand(action, root) {
  const args =
    action === 'start'
      ? ['start', 'manifest.xml', 'desktop', '--app', 'excel', '--dev-server-port', '3000']
      : ['stop', 'manifest.xml'];
  const local = path.join(root, 'node_modules', 'office-addin-debugging', 'cli.js');
  if (fs.existsSync(local)) return { file: process.execPath, args: [local, ...args], shell: false };
  // npx --no-install finds a global install and never downloads one.
  const shell = process.platform === 'win32';
  const probe = spawnSync('npx', ['--no-install', 'office-addin-debugging', '--version'], {
    cwd: root,
    stdio: 'ignore',
    shell,
  });
  return probe.status === 0
    ? { file: 'npx', args: ['--no-install', 'office-addin-debugging', ...args], shell }
    : null;
}

module.exports = { sideloadCommand };
