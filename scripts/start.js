'use strict';
// `npm start`: builds the add-in and the browser workbench, serves them, prints the URLs and keeps serving
// until Ctrl+C or `npm stop`. With Excel on Windows or macOS and office-addin-debugging installed, it also
// sideloads the add-in, as Office's own project template does. (`npm run sample` checks the bundled sample
// with the command-line tool instead, which is what `npm start` did before.)
//
//   npm start                  development build (fast), port 3000
//   npm start -- --production  the build officers get (minified)
//   PORT=3100 npm start        another port for the workbench (the add-in's manifest wants 3000)
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { devCertificates } = require('./devCertificates');
const { serveDist } = require('./serveDist');
const { sideloadCommand } = require('./sideload');

const ROOT = path.resolve(__dirname, '..');
const DIST = path.join(ROOT, 'dist');
const MANIFEST_PORT = 3000;
const STOP_FILE = path.join(ROOT, 'node_modules', '.cache', 'ma-tran-nhiem-vu', 'server.json');

async function main() {
  const production = process.argv.includes('--production');
  build(production);
  // Where Excel runs (Windows, macOS) and someone is at the terminal to answer the prompt, install the
  // certificate if needed, as Office's template does; elsewhere use one only if it is already there.
  const interactive = process.stdout.isTTY && !process.env.CI;
  const desktop = process.platform === 'win32' || process.platform === 'darwin';
  const certificates = await devCertificates({ install: desktop && interactive });
  const wanted = Number(process.env.PORT) || MANIFEST_PORT;
  const server = await listen(wanted, certificates.options);
  printUrls(server.url, certificates, wanted);
  sideload(server.url, certificates.options !== null);
  const stop = () => void server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

function build(production) {
  const mode = production ? 'production' : 'development';
  console.log(`Building the add-in and the workbench (webpack --mode ${mode})…`);
  const webpack = require.resolve('webpack-cli/bin/cli.js', { paths: [ROOT] });
  const result = spawnSync(process.execPath, [webpack, '--mode', mode, '--stats', 'errors-warnings'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (result.status !== 0) {
    console.error(`\nThe build failed (webpack exit code ${result.status}); nothing is served.`);
    process.exit(result.status ?? 1);
  }
}

/** Serves on the port asked for; when it is taken, on a free one (the workbench works anywhere). */
async function listen(port, httpsOptions) {
  try {
    return await serveDist({ root: DIST, port, https: httpsOptions, stopFile: STOP_FILE });
  } catch (error) {
    if (error.code !== 'EADDRINUSE') throw error;
    console.warn(`\nPort ${port} is in use (another \`npm start\` or dev server?); serving on a free port.`);
    return serveDist({ root: DIST, port: 0, https: httpsOptions, stopFile: STOP_FILE });
  }
}

function printUrls(url, certificates, wanted) {
  const onManifestPort = url.endsWith(`:${MANIFEST_PORT}/`);
  const lines = [
    '',
    'Ma trận nhiệm vụ is being served:',
    `  Workbench (the task pane over an .xlsx, in any browser):  ${url}workbench.html`,
    `  Add-in task pane (inside Excel):                          ${url}taskpane.html`,
    `  Development manifest (sideload into Excel):               ${path.join(ROOT, 'manifest.xml')}`,
    '',
  ];
  if (!certificates.options) {
    lines.push(
      `No trusted Office development certificate (${certificates.reason}), so this is plain http.`,
      'The workbench works over http on localhost. Excel loads add-ins only over https: to sideload, run',
      '  npx office-addin-dev-certs install     (asks to trust a local certificate authority)',
      'then `npm start` again. See README › "Excel add-in" for sideloading.',
      '',
    );
  }
  if (!onManifestPort || wanted !== MANIFEST_PORT) {
    lines.push(
      `The manifest's URLs point at https://localhost:${MANIFEST_PORT}/: sideloading needs that port.`,
      '',
    );
  }
  lines.push('Press Ctrl+C here, or run `npm stop` elsewhere, to stop.');
  console.log(lines.join('\n'));
}

/** On Windows and macOS, sideloads into desktop Excel with office-addin-debugging when it is installed. */
function sideload(url, secure) {
  if (process.platform !== 'win32' && process.platform !== 'darwin') return;
  const command = sideloadCommand('start', ROOT);
  if (!command) {
    console.log(
      "\nTo open the add-in in Excel automatically, install Office's debugging tool once:\n" +
        '  npm install --no-save office-addin-debugging\n' +
        'or sideload by hand: Excel › Home › Add-ins › More settings › Upload My Add-in › manifest.xml.',
    );
    return;
  }
  if (!secure || !url.endsWith(`:${MANIFEST_PORT}/`)) {
    console.log(`\nNot sideloading: Excel needs https on port ${MANIFEST_PORT} (see above).`);
    return;
  }
  console.log('\nSideloading into Excel (office-addin-debugging start)…');
  const result = spawnSync(command.file, command.args, { cwd: ROOT, stdio: 'inherit', shell: command.shell });
  if (result.status !== 0) console.warn('Sideloading failed; the pages are still being served.');
}

if (!fs.existsSync(path.join(ROOT, 'node_modules'))) {
  console.error('Run `npm install` first.');
  process.exit(1);
}
main().catch((error) => {
  console.error(error);
  process.exit(1);
});
