'use strict';
// `npm stop`: stops the server `npm start` runs (in another terminal) and, on Windows and macOS with
// office-addin-debugging installed, undoes its sideload of the add-in into Excel.
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { sideloadCommand } = require('./sideload');

const ROOT = path.resolve(__dirname, '..');
const STOP_FILE = path.join(ROOT, 'node_modules', '.cache', 'ma-tran-nhiem-vu', 'server.json');

async function main() {
  if (process.platform === 'win32' || process.platform === 'darwin') {
    const command = sideloadCommand('stop', ROOT);
    if (command) spawnSync(command.file, command.args, { cwd: ROOT, stdio: 'inherit', shell: command.shell });
  }
  if (!fs.existsSync(STOP_FILE)) {
    console.log('No `npm start` server is running.');
    return;
  }
  const { url, token } = JSON.parse(fs.readFileSync(STOP_FILE, 'utf8'));
  try {
    const status = await get(`${url}__stop?token=${token}`);
    console.log(status === 200 ? `Stopped the server at ${url}` : `The server at ${url} refused to stop.`);
  } catch {
    console.log(`No server answers at ${url} any more.`);
    fs.rmSync(STOP_FILE, { force: true });
  }
}

/** The status of a GET to our own localhost server (its certificate is a local development one). */
function get(url) {
  const client = url.startsWith('https:') ? require('node:https') : require('node:http');
  return new Promise((resolve, reject) => {
    const request = client.get(url, { rejectUnauthorized: false, timeout: 5000 }, (response) => {
      response.resume();
      resolve(response.statusCode);
    });
    request.on('timeout', () => request.destroy(new Error('timeout')));
    request.on('error', reject);
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
