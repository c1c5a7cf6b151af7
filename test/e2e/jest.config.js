// The browser suite (npm run test:e2e): the workbench, served from dist/, driven in Debian's Chromium with
// playwright-core. Its own jest config, so `jest` (the unit tests) never starts a browser; `npm test` runs it
// last, after the production build it serves.
const { join } = require('node:path');

const ROOT = join(__dirname, '..', '..');
const swc = ['@swc/jest', { jsc: { parser: { syntax: 'typescript' } } }];

/** @type {import('jest').Config} */
module.exports = {
  rootDir: ROOT,
  displayName: 'e2e',
  testEnvironment: 'node',
  roots: ['<rootDir>/test/e2e'],
  testMatch: ['**/*.e2e.ts'],
  transform: { '^.+\\.ts$': swc },
  globalSetup: '<rootDir>/test/e2e/globalSetup.ts',
  globalTeardown: '<rootDir>/test/e2e/globalTeardown.ts',
  // One browser, one server: the files run one after the other.
  maxWorkers: 1,
  testTimeout: 60_000,
  reporters: [
    'default',
    ['<rootDir>/scripts/jestSummaryReporter.js', { label: 'e2e', file: 'e2e-summary.txt' }],
  ],
};
