import type { CheckOutcome, Finding } from '../../src/domain';
import { checkWorkbook, ruleTitle } from '../../src/domain';
import type { FindingFilter } from '../../src/taskpane/findingView';
import { findingItems, findingView, isFiltering, NO_FILTER } from '../../src/taskpane/findingView';
import { appendixGrid } from './grids';
import { memoryWorkbook } from './memoryPort';

async function outcome(): Promise<CheckOutcome> {
  return checkWorkbook(memoryWorkbook({ sheets: [appendixGrid()] }).port, { checkedAt: '' });
}

const filter = (change: Partial<FindingFilter>): FindingFilter => ({ ...NO_FILTER, ...change });

describe('findingItems', () => {
  it('locates each finding on its cell, or on the TT column of its row, and words it', async () => {
    const items = findingItems(await outcome(), 'vi');

    expect(items.map((item) => item.where)).toEqual(['E5', 'B6', 'E7', 'F8', 'A9']);
    expect(items[0]).toMatchObject({
      sheet: 'Phụ lục 1',
      cell: 'E5',
      message: expect.stringMatching(/^"Kế hoạch 164-KH\/TU" thiếu ngày ban hành/),
    });
    expect(findingItems(await outcome(), 'en')[0]?.message).toMatch(/164-KH\/TU/);
  });

  it('gives each finding the lead agencies of the task whose rows hold it, continuation rows included', async () => {
    const items = findingItems(await outcome(), 'vi');

    expect(items.map((item) => [item.where, item.agencies])).toEqual([
      ['E5', ['Sở Ngoại vụ']],
      ['B6', ['Sở Ngoại vụ']],
      ['E7', ['Sở Ngoại vụ']],
      ['F8', ['Sở Tài chính']],
      ['A9', ['Sở Tài chính']],
    ]);
  });

  it('keeps findings on other sheets on their sheet, in the order the check gave, with no agency', async () => {
    const base = await outcome();
    const registry: Finding = {
      code: 'registry-missing-name',
      severity: 'warning',
      sheet: 'Danh mục cơ quan',
      rowNumber: 5,
      cell: 'B5',
      data: { sheet: 'Danh mục cơ quan' },
    };
    const items = findingItems({ ...base, findings: [registry, ...base.findings] }, 'vi');

    expect(items[0]).toMatchObject({ sheet: 'Danh mục cơ quan', cell: 'B5', where: 'Danh mục cơ quan!B5' });
    expect(items[0]?.agencies).toEqual([]);
  });

  it('orders findings by row, then column, within a sheet', async () => {
    const base = await outcome();
    const findings: Finding[] = [
      { code: 'extra-whitespace', severity: 'info', rowNumber: 7, cell: 'C7', data: {} },
      { code: 'extra-whitespace', severity: 'info', rowNumber: 5, cell: 'AA5', data: {} },
      { code: 'extra-whitespace', severity: 'info', rowNumber: 5, cell: 'B5', data: {} },
    ];
    const items = findingItems({ ...base, findings }, 'vi');

    expect(items.map((item) => item.cell)).toEqual(['B5', 'AA5', 'C7']);
  });
});

describe('findingView', () => {
  it('groups by rule, worst severity first, then in the catalogue’s order', async () => {
    const view = findingView(findingItems(await outcome(), 'vi'), NO_FILTER, 'vi');

    expect(view.groups.map((g) => [g.code, g.severity, g.items.length])).toEqual([
      ['numbering-duplicate', 'error', 1],
      ['missing-funding', 'warning', 1],
      ['incomplete-citation', 'warning', 2],
      ['continuation-row', 'info', 1],
    ]);
    expect(view.groups[0]?.title).toBe('Trùng số thứ tự');
    expect(view).toMatchObject({ shown: 5, total: 5, counts: { error: 1, warning: 3, info: 1 } });
    expect(view.agencies).toEqual(['Sở Ngoại vụ', 'Sở Tài chính']);
    expect(view.rules.map((r) => `${r.code}:${r.count}`)).toEqual([
      'numbering-duplicate:1',
      'missing-funding:1',
      'incomplete-citation:2',
      'continuation-row:1',
    ]);
  });

  it('lists a finding worded the same on several cells once, with every cell, in sheet order', async () => {
    const view = findingView(findingItems(await outcome(), 'vi'), NO_FILTER, 'vi');
    const citations = view.groups.find((g) => g.code === 'incomplete-citation');
    expect(citations?.entries.map((e) => e.items.map((item) => item.where))).toEqual([['E5', 'E7']]);
    expect(citations?.entries[0]?.message).toMatch(/^"Kế hoạch 164-KH\/TU" thiếu ngày ban hành/);
    const narrowed = findingView(
      findingItems(await outcome(), 'vi'),
      filter({ agency: 'Sở Tài chính' }),
      'vi',
    );
    expect(narrowed.groups.flatMap((g) => g.entries.map((e) => e.items.length))).toEqual([1, 1]);
  });

  it.each<[string, Partial<FindingFilter>, string[]]>([
    ['errors and infos', { severities: { error: true, warning: false, info: true } }, ['A9', 'B6']],
    ['one rule', { code: 'incomplete-citation' }, ['E5', 'E7']],
    ['one agency', { agency: 'Sở Tài chính' }, ['A9', 'F8']],
    [
      'an agency and a severity',
      { agency: 'Sở Ngoại vụ', severities: { error: false, warning: true, info: false } },
      ['E5', 'E7'],
    ],
    ['nothing', { code: 'missing-funding', agency: 'Sở Ngoại vụ' }, []],
  ])('filters to %s', async (_, change, cells) => {
    const view = findingView(findingItems(await outcome(), 'vi'), filter(change), 'vi');

    expect(view.groups.flatMap((g) => g.items.map((item) => item.cell))).toEqual(cells);
    expect(view.shown).toBe(cells.length);
    // What the controls offer does not shrink with the filter.
    expect(view).toMatchObject({ total: 5, counts: { error: 1, warning: 3, info: 1 } });
    expect(view.rules).toHaveLength(4);
    expect(view.agencies).toHaveLength(2);
  });

  it('takes a group’s severity from its worst finding (settings may change a rule’s)', async () => {
    const base = await outcome();
    const findings = base.findings.map((f, i) =>
      f.code === 'incomplete-citation' && i === 0 ? { ...f, severity: 'error' as const } : f,
    );
    const view = findingView(findingItems({ ...base, findings }, 'vi'), NO_FILTER, 'vi');

    expect(view.groups.slice(0, 2).map((g) => [g.code, g.severity])).toEqual([
      ['numbering-duplicate', 'error'],
      ['incomplete-citation', 'error'],
    ]);
  });
});

describe('rule titles and isFiltering', () => {
  it('titles catalogue rules from the catalogue and the add-in’s other findings from the pane', () => {
    expect(ruleTitle('missing-funding', 'en')).toBe('Missing funding source');
    expect(ruleTitle('invalid-setting', 'vi')).toBe('Cài đặt không dùng được');
    expect(ruleTitle('some-future-code', 'vi')).toBe('some-future-code');
  });

  it.each<[Partial<FindingFilter>, boolean]>([
    [{}, false],
    [{ code: 'missing-funding' }, true],
    [{ agency: 'Sở Ngoại vụ' }, true],
    [{ severities: { error: true, warning: true, info: false } }, true],
  ])('says %j filters: %s', (change, expected) => {
    expect(isFiltering(filter(change))).toBe(expected);
  });
});
