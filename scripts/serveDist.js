'use strict';
const fs = require('node:fs');
const http = require('node:http');
const https = require('node:https');
const path = require('node:path');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * Serves the built add-in and workbench (dist/) as static files, on localhost only: no directory listings,
 * nothing outside `root`, no caching (Office's WebView caches hard, office-js#3059). A GET of
 * `/__stop?token=…` with the token written in `stopFile` ends the server, which is how `npm stop` stops the
 * `npm start` of another terminal without looking for processes.
 * @param {{ root: string, port: number, https?: object | null, stopFile?: string }} options
 * @returns {Promise<{ server: import('node:http').Server, url: string, close: () => Promise<void> }>}
 */
function serveDist({ root, port, https: httpsOptions, stopFile }) {
  const token = stopFile ? require('node:crypto').randomBytes(16).toString('hex') : undefined;
  const handler = (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (token && url.pathname === '/__stop') {
      const ok = url.searchParams.get('token') === token;
      response.writeHead(ok ? 200 : 403, { 'Content-Type': TYPES['.txt'] }).end(ok ? 'stopping\n' : 'no\n');
      if (ok) setImmediate(() => close());
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const file = fileFor(root, url.pathname);
    fs.stat(file ?? '', (error, stat) => {
      if (!file || error || !stat.isFile()) {
        response.writeHead(404, { 'Content-Type': TYPES['.txt'] }).end('not found\n');
        return;
      }
      response.writeHead(200, {
        'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
        'Content-Length': stat.size,
        'Cache-Control': 'no-store',
        // Office loads the pages in a frame of its own; the manifest's icons are fetched cross-origin.
        'Access-Control-Allow-Origin': '*',
        'X-Content-Type-Options': 'nosniff',
      });
      if (request.method === 'HEAD') response.end();
      else fs.createReadStream(file).pipe(response);
    });
  };
  const server = httpsOptions ? https.createServer(httpsOptions, handler) : http.createServer(handler);
  const sockets = new Set();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  const close = () =>
    new Promise((resolve) => {
      if (stopFile) fs.rmSync(stopFile, { force: true });
      server.close(() => resolve());
      for (const socket of sockets) socket.destroy();
    });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, 'localhost', () => {
      server.off('error', reject);
      const actual = server.address().port;
      const url = `${httpsOptions ? 'https' : 'http'}://localhost:${actual}/`;
      if (stopFile) {
        fs.mkdirSync(path.dirname(stopFile), { recursive: true });
        fs.writeFileSync(stopFile, JSON.stringify({ url, token }));
      }
      resolve({ server, url, close });
    });
  });
}

/** The file under `root` for a URL path ("/" is the workbench), or null when it would leave `root`. */
function fileFor(root, pathname) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  const relative = decoded === '/' ? 'workbench.html' : decoded.replace(/^\/+/, '');
  const file = path.resolve(root, relative);
  return file.startsWith(path.resolve(root) + path.sep) ? file : null;
}

module.exports = { serveDist };
