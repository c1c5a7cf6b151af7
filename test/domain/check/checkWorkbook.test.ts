import type { CellGrid } from '../../../src/domain';
import { checkWorkbook, settingsSheetSpec, specCellText, UnusableWorkbookError } from '../../../src/domain';
import { fixtureGrids, gridFrom, sampleGrid } from '../../helpers/grid';
import { recordingPort } from '../../helpers/recordingPort';
import { gridFromSpec } from '../../helpers/specGrid';

describe('checkWorkbook on the fixture', () => {
  let grid: CellGrid;
  beforeAll(async () => {
    grid = await sampleGrid();
  });

  it('reads once, validates, then marks the findings and writes the result sheet in one write', async () => {
    const { port, writes, reads } = recordingPort(grid);
    const outcome = await checkWorkbook(port, { checkedAt: '23/11/2026 09:05' });

    expect(reads).toEqual([undefined]);
    expect(writes).toHaveLength(1);
    const [write] = writes;
    expect(write?.sheetName).toBe('Phụ lục 1');
    expect(write?.marks).toContainEqual(expect.objectContaining({ cell: 'E110', severity: 'error' }));
    expect(write?.marks).toContainEqual(expect.objectContaining({ cell: 'F67', severity: 'warning' }));
    expect(write?.result.rows.map((row) => specCellText(row[0] ?? ''))).toContain('E110');
    expect(write?.activateResult).toBe(false);
    expect(outcome.findings.filter((f) => f.code === 'missing-legal-basis').map((f) => f.cell)).toEqual([
      'E110',
    ]);
    expect(outcome.analyses).toHaveLength(outcome.appendix.tasks.length);
    expect(outcome.written.resultSheetName).toBe('Kết quả kiểm tra');
  });

  it('applies the settings sheet: a rule switched off and the plan date moved to 2025-08-01', async () => {
    const settings = gridFromSpec(
      settingsSheetSpec({ planDate: '2025-08-01', rules: { 'missing-funding': { enabled: false } } }),
    );
    const { port } = recordingPort(grid, { settings });
    const outcome = await checkWorkbook(port, { checkedAt: 'x' });

    expect(outcome.findings.some((f) => f.code === 'missing-funding')).toBe(false);
    expect(outcome.planDate).toBe('2025-08-01');
    expect(outcome.findings.some((f) => f.code === 'outdated-agency-name')).toBe(true);
  });

  it('adds the settings sheet and registry sheet findings, on their own sheets', async () => {
    const settings = gridFrom(
      [
        ['Mục', 'Giá trị'],
        ['missing-funding', 'có lẽ'],
      ],
      { sheetName: 'Cài đặt kiểm tra' },
    );
    const registry = gridFrom(
      [
        ['Tên chuẩn', 'Hiệu lực từ'],
        ['Sở Mới', '31/02/2025'],
      ],
      { sheetName: 'Danh mục cơ quan' },
    );
    const { port, writes } = recordingPort(grid, { settings, registry });
    const outcome = await checkWorkbook(port, { checkedAt: 'x' });

    expect(outcome.findings[0]).toMatchObject({
      code: 'invalid-setting',
      sheet: 'Cài đặt kiểm tra',
      cell: 'B2',
    });
    expect(outcome.findings[1]).toMatchObject({ code: 'registry-invalid-date', sheet: 'Danh mục cơ quan' });
    // Marks stay on the checked sheet; the result sheet links to the other sheets.
    expect(writes[0]?.marks.some((m) => m.cell === 'B2')).toBe(false);
    expect(writes[0]?.result.rows[0]?.[0]).toEqual({
      text: 'Cài đặt kiểm tra!B2',
      link: { sheet: 'Cài đặt kiểm tra', cell: 'B2' },
    });
  });
});

describe('checkWorkbook on a sheet it cannot use', () => {
  const blank = gridFrom([['Ghi chép'], ['không có bảng']], { sheetName: 'Trang 1' });

  it('writes the reason to the result sheet for the ribbon command, touching no marks, then throws', async () => {
    const { port, writes } = recordingPort(blank, {
      existing: { markIds: ['7'], notes: [{ cell: 'A1', ours: true }] },
    });
    await expect(checkWorkbook(port, { checkedAt: 'x', activateResult: true })).rejects.toBeInstanceOf(
      UnusableWorkbookError,
    );
    expect(writes).toHaveLength(1);
    expect(writes[0]).toMatchObject({
      marks: [],
      activateResult: true,
      existing: { markIds: [], notes: [] },
    });
    expect(writes[0]?.result.title[0]).toBe('KHÔNG KIỂM TRA ĐƯỢC trang "Trang 1"');
    expect(writes[0]?.result.title[1]).toMatch(/tiêu đề/);
  });

  it('writes nothing for the task pane, which shows the error itself', async () => {
    const { port, writes } = recordingPort(blank);
    await expect(checkWorkbook(port, { checkedAt: 'x' })).rejects.toBeInstanceOf(UnusableWorkbookError);
    expect(writes).toEqual([]);
  });
});

describe('checkWorkbook on the delegations table "Phụ lục 2"', () => {
  it('checks it as a task sheet is checked, and sums the delegations up on the result sheet', async () => {
    const grids = await fixtureGrids();
    const phuLuc2 = grids.find((g) => g.sheetName === 'Phụ lục 2') as CellGrid;
    const { port, writes } = recordingPort(phuLuc2);
    const outcome = await checkWorkbook(port, { checkedAt: '05/12/2026 21:00' });

    expect(outcome.appendix.kind).toBe('delegations');
    const [write] = writes;
    expect(write?.sheetName).toBe('Phụ lục 2');
    expect(write?.marks).toContainEqual(expect.objectContaining({ cell: 'G23', severity: 'info' }));
    expect(write?.result.title).toContain('15 đoàn · 0 lỗi · 1 cảnh báo · 4 thông tin');
    expect(write?.result.title).toContain(
      'Đoàn ra: 15 đoàn, 182 người, 766 người-ngày; kinh phí ghi bằng số: 28.709.465.000 đồng (9 đoàn).',
    );
    expect(write?.result.title.some((line) => line.startsWith('Theo quý: Quý I: 2 đoàn, 17 người'))).toBe(
      true,
    );
  });
});
