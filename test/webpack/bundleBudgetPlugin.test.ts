import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import webpack from 'webpack';
import { BundleBudgetPlugin } from '../../scripts/webpack/bundleBudgetPlugin';

/**
 * Builds a tiny project with webpack: `eager` requires a package called exceljs at start, `lazy` loads it
 * with import(), and returns the build's errors.
 */
async function build(project: string, options: ConstructorParameters<typeof BundleBudgetPlugin>[0]) {
  const compiler = webpack({
    mode: 'none',
    context: project,
    entry: { eager: './eager.js', lazy: './lazy.js' },
    output: { path: join(project, 'dist') },
    plugins: [new BundleBudgetPlugin(options)],
  });
  const stats = await new Promise<webpack.Stats>((resolve, reject) =>
    compiler.run((error, result) => (error || !result ? reject(error) : resolve(result))),
  );
  await new Promise((resolve) => compiler.close(resolve));
  return stats.compilation.errors.map((error) => error.message);
}

describe('BundleBudgetPlugin', () => {
  let project: string;
  let log: jest.SpyInstance;

  beforeAll(() => {
    project = mkdtempSync(join(tmpdir(), 'budget-'));
    mkdirSync(join(project, 'node_modules', 'exceljs'), { recursive: true });
    writeFileSync(
      join(project, 'node_modules', 'exceljs', 'index.js'),
      'module.exports = { big: "x".repeat(5000) };',
    );
    writeFileSync(join(project, 'eager.js'), 'console.log(require("exceljs"));');
    writeFileSync(join(project, 'lazy.js'), 'import("exceljs").then(console.log);');
    log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
  });

  afterAll(() => {
    log.mockRestore();
    rmSync(project, { recursive: true, force: true });
  });

  it('fails when a forbidden package is in an entry’s initial chunks, not when it is loaded later', async () => {
    const errors = await build(project, {
      budgets: {},
      forbidden: { eager: ['exceljs'], lazy: ['exceljs'] },
    });
    expect(errors).toEqual([
      expect.stringMatching(/^bundle: exceljs must not be in the initial chunks of "eager"/),
    ]);
  });

  it('prints every entry’s gzipped size and fails one over its budget', async () => {
    const errors = await build(project, { budgets: { eager: 100, lazy: 100_000 }, forbidden: {} });
    expect(errors).toEqual([
      expect.stringMatching(/^bundle budget: entry "eager" is [\d.]+ KB gzipped, over its 0.1 KB/),
    ]);
    const printed = log.mock.calls.map((call) => String(call[0]));
    expect(printed).toContainEqual(
      expect.stringMatching(/entry "lazy": [\d.]+ KB gzipped, JS\+CSS loaded at start/),
    );
  });
});
