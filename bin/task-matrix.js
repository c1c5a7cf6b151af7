#!/usr/bin/env node
// Thin launcher: the TypeScript sources are compiled to build/ by `npm install` (the "prepare" script).
// main() turns every failure into an exit code (3 for a bug); this catch is for a launcher that cannot even
// load it (a missing build): one line, exit 3, never a stack trace.
'use strict';
try {
  const { main } = require('../build/src/cli/main.js');
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error) => fail(error),
  );
} catch (error) {
  fail(error);
}

function fail(error) {
  const what = String(error && error.message ? error.message : error).split('\n')[0];
  process.stderr.write(`task-matrix: lỗi nội bộ / internal error: ${what}\n`);
  process.exitCode = 3;
}
