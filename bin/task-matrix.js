#!/usr/bin/env node
// Thin launcher: the TypeScript sources are compiled to build/ by `npm install` (the "prepare" script).
// main() turns every failure into an exit code (3 for a bug); this catch is for a launcher that cannot even
// load it (a missing build): one line, exit 3, never a stack trace.
//
// For a big input file the command runs in a second node process started with a heap ceiling
// (src/cli/heapCeiling.ts): V8 then collects sooner and the peak memory stays near what is kept alive. If
// that process still runs out of memory, the launcher says so in one line (V8's own report is not shown).
'use strict';
const { spawn } = require('node:child_process');
const { statSync } = require('node:fs');

try {
  const { heapCeilingMb, HEAP_OPTION, HEAP_SET_ENV } = require('../build/src/cli/heapCeiling.js');
  const args = process.argv.slice(2);
  const ceiling = underCeiling(HEAP_OPTION, HEAP_SET_ENV)
    ? undefined
    : heapCeilingMb(largestInput(args), args.includes('split') ? 'split' : 'check');
  if (ceiling === undefined) runHere(args);
  else runCapped(args, ceiling, HEAP_OPTION, HEAP_SET_ENV);
} catch (error) {
  fail(error);
}

function runHere(args) {
  const { main } = require('../build/src/cli/main.js');
  main(args).then(
    (code) => {
      process.exitCode = code;
    },
    (error) => fail(error),
  );
}

/** Already started with a ceiling: by this launcher, or by the officer (NODE_OPTIONS or a node option). */
function underCeiling(option, env) {
  return (
    process.env[env] === '1' ||
    process.execArgv.some((arg) => arg.startsWith(option)) ||
    (process.env.NODE_OPTIONS || '').includes(option)
  );
}

/** The size of the largest argument that names an existing file (0 when none does). */
function largestInput(args) {
  let largest = 0;
  for (const arg of args) {
    try {
      const stat = statSync(arg);
      if (stat.isFile()) largest = Math.max(largest, stat.size);
    } catch {
      // Not a file: an option or a value.
    }
  }
  return largest;
}

function runCapped(args, ceiling, option, env) {
  const child = spawn(process.execPath, [`${option}=${ceiling}`, __filename, ...args], {
    stdio: ['inherit', 'inherit', 'pipe'],
    env: { ...process.env, [env]: '1' },
  });
  // V8's report of a heap out of memory (its last GCs, a native stack) is held back; the rest passes.
  let held = false;
  let pending = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk) => {
    pending += chunk;
    const lines = pending.split('\n');
    pending = lines.pop();
    for (const line of lines) {
      if (/^<--- (Last few GCs|JS stacktrace) --->|^FATAL ERROR:/u.test(line)) held = true;
      if (!held) process.stderr.write(`${line}\n`);
    }
  });
  child.on('close', (code, signal) => {
    if (!held && pending) process.stderr.write(pending);
    if (held || signal === 'SIGABRT') {
      process.stderr.write(
        `task-matrix: không đủ bộ nhớ cho tệp này (giới hạn ${ceiling} MB); chạy lại với NODE_OPTIONS=--max-old-space-size=4096 / ` +
          `not enough memory for this file (limit ${ceiling} MB); run again with NODE_OPTIONS=--max-old-space-size=4096\n`,
      );
      process.exitCode = 3;
      return;
    }
    process.exitCode = code === null ? 3 : code;
  });
  child.on('error', (error) => fail(error));
}

function fail(error) {
  const what = String(error && error.message ? error.message : error).split('\n')[0];
  process.stderr.write(`task-matrix: lỗi nội bộ / internal error: ${what}\n`);
  process.exitCode = 3;
}
