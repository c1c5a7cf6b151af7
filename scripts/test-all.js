#!/usr/bin/env node
// `npm test`: every stage runs and is reported, even after one fails (a red lint must not hide a red test
// suite). The browser suite needs the production build, so it is skipped — and said to be — only when the
// build failed. Exit code 1 when any stage failed.
'use strict';
const { spawnSync } = require('node:child_process');

const STAGES = [
  { name: 'lint', script: 'lint' },
  { name: 'typecheck', script: 'typecheck' },
  { name: 'build:cli', script: 'build:cli' },
  { name: 'jest', command: ['npx', '--no-install', 'jest'] },
  { name: 'validate:offline', script: 'validate:offline' },
  { name: 'build', script: 'build' },
  { name: 'test:e2e', script: 'test:e2e', needs: 'build' },
];

const results = new Map();
for (const stage of STAGES) {
  if (stage.needs && results.get(stage.needs) !== 'passed') {
    results.set(stage.name, `skipped (${stage.needs} failed)`);
    continue;
  }
  process.stdout.write(`\n=== ${stage.name} ===\n`);
  const [command, ...args] = stage.command ?? ['npm', 'run', '--silent', stage.script];
  const run = spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  results.set(stage.name, run.status === 0 ? 'passed' : `FAILED (exit ${run.status ?? run.signal})`);
}

process.stdout.write('\n=== npm test: every stage ===\n');
for (const [name, outcome] of results) process.stdout.write(`${name.padEnd(18)} ${outcome}\n`);
const failed = [...results.values()].some((outcome) => outcome !== 'passed');
process.exitCode = failed ? 1 : 0;
