import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Appendix } from '../../../src/domain';
import { chooseSheet, parseAppendix } from '../../../src/domain';
import { FIXTURES, fixtureGrids } from '../../helpers/grid';

/**
 * Golden tests: every test/fixtures/*.xlsx with a *.expected.json beside it is parsed (sheet picked as the
 * CLI does) and compared with a compact view of the model: every section and every task with its rows, TT,
 * path and merged fields, and every finding. The expected files were checked by hand against the sheets;
 * after a deliberate change, regenerate them with `UPDATE_GOLDEN=1 npx jest golden` and review the diff.
 */
function goldenView(appendix: Appendix) {
  return {
    sheet: appendix.sheet,
    headerRow: appendix.headerRow,
    columns: appendix.columns,
    extraColumns: appendix.extraColumns,
    plan: appendix.plan,
    sections: appendix.sections.map((s) => `${s.row} ${s.kind} ${s.path.join(' › ')} — ${s.title}`),
    tasks: appendix.tasks.map((t) => {
      const merged = Object.entries(t.mergedFrom).map(([field, cell]) => `${field}←${cell}`);
      const rows = t.rows[0] === t.rows[1] ? `${t.rows[0]}` : `${t.rows[0]}-${t.rows[1]}`;
      return [rows, t.tt || '(no TT)', t.path.join(' › '), ...merged].join(' | ');
    }),
    notes: appendix.notes,
    blankRows: appendix.rowKinds.filter((r) => r.kind === 'blank').map((r) => r.row),
    findings: appendix.findings.map((f) => `${f.severity} ${f.code} ${f.cell ?? f.rowNumber}`),
  };
}

const cases = readdirSync(FIXTURES)
  .filter((name) => name.endsWith('.xlsx'))
  .map((name) => [name, join(FIXTURES, name.replace(/\.xlsx$/, '.expected.json'))] as const)
  .filter(([, expected]) => existsSync(expected) || process.env.UPDATE_GOLDEN === '1');

describe('golden fixtures', () => {
  it('has at least one fixture with expected output', () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  it.each(cases)('%s parses as expected', async (name, expectedPath) => {
    const { grid } = chooseSheet(await fixtureGrids(join(FIXTURES, name)));
    if (!grid) throw new Error(`${name}: no appendix sheet`);
    const actual = goldenView(parseAppendix(grid));
    if (process.env.UPDATE_GOLDEN === '1')
      writeFileSync(expectedPath, `${JSON.stringify(actual, null, 2)}\n`);
    expect(actual).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')));
  });
});
