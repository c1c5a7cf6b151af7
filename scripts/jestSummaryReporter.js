// Prints one plain closing line ("jest: 213 passed, 0 failed") that CI reads as the test count, and keeps it
// in artifacts/test-summary.txt so .ci/run can repeat it as the last line after the build's output.
const { mkdirSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

class JestSummaryReporter {
  constructor(globalConfig) {
    this.rootDir = globalConfig.rootDir;
  }

  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const line = `jest: ${results.numPassedTests} passed, ${results.numFailedTests} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`;
    process.stdout.write(`${line}\n`);
    const dir = join(this.rootDir, 'artifacts');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'test-summary.txt'), `${line}\n`);
  }
}

module.exports = JestSummaryReporter;
