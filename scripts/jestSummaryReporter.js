// Prints one plain closing line ("jest: 213 passed, 0 failed") that CI reads as the test count, and keeps it
// in artifacts/test-summary.txt so .ci/run can repeat it as the last line after the build's output.
const { mkdirSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

// Options (jest reporter options): `label` starts the line, `file` is its name in artifacts/ (the browser
// suite writes its own line beside the unit tests').
class JestSummaryReporter {
  constructor(globalConfig, options = {}) {
    this.rootDir = globalConfig.rootDir;
    this.label = options.label ?? 'jest';
    this.file = options.file ?? 'test-summary.txt';
  }

  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const line = `${this.label}: ${results.numPassedTests} passed, ${results.numFailedTests} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`;
    process.stdout.write(`${line}\n`);
    const dir = join(this.rootDir, 'artifacts');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, this.file), `${line}\n`);
  }
}

module.exports = JestSummaryReporter;
