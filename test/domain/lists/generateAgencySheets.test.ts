import type { CellGrid, ListSheetSpec } from '../../../src/domain';
import {
  generateAgencySheets,
  INDEX_SHEET_KEY,
  listCellText,
  settingsSheetSpec,
  UnusableWorkbookError,
} from '../../../src/domain';
import { SO_NGOAI_VU } from '../../helpers/fixtureLists';
import { gridFromSpec } from '../../helpers/specGrid';
import { fixtureGrids, gridFrom, sampleGrid } from '../../helpers/grid';
import { recordingPort } from '../../helpers/recordingPort';

/** The TT of every task row of a list sheet, in order. */
const taskTts = (spec: ListSheetSpec | undefined) =>
  (spec?.rows ?? []).flatMap((row) => (row.kind === 'task' ? [listCellText(row.cells[0] ?? '')] : []));

describe('generateAgencySheets on the fixture', () => {
  let grid: CellGrid;
  beforeAll(async () => {
    grid = await sampleGrid();
  });

  it('reads once, then writes the index and one sheet per agency in one write, as of the plan date', async () => {
    const { port, reads, agencyWrites } = recordingPort(grid);
    const outcome = await generateAgencySheets(port, { sheetName: 'Phụ lục 1' });

    expect(reads).toEqual(['Phụ lục 1']);
    expect(agencyWrites).toHaveLength(1);
    const [write] = agencyWrites;
    expect(write?.index).toMatchObject({ name: 'Tổng hợp theo cơ quan', tag: 'agency-index' });
    expect(write?.lists.map((l) => l.tag)).toEqual(outcome.lists.lists.map(() => 'agency-list'));
    expect(write?.activateIndex).toBe(false);
    expect(outcome.planDate).toBe('2024-03-11');
    const soNgoaiVu = write?.lists.find((l) => l.title[0] === 'DANH SÁCH NHIỆM VỤ – Sở Ngoại vụ');
    expect(taskTts(soNgoaiVu)).toEqual(SO_NGOAI_VU.map(([, tt]) => tt));
    expect(outcome.written.written[0]).toBe('Tổng hợp theo cơ quan');
    expect(outcome.renamed).toEqual([]);
    expect(outcome.names.index.key).toBe(INDEX_SHEET_KEY);
  });

  it('links each index row to its agency’s sheet', async () => {
    const { port, agencyWrites } = recordingPort(grid);
    await generateAgencySheets(port);
    const write = agencyWrites[0];
    const links = (write?.index.rows ?? []).flatMap((row) =>
      row.kind === 'task' && typeof row.cells[2] === 'object' ? [row.cells[2].link] : [],
    );
    expect(links).toEqual(write?.lists.map((list) => ({ sheet: list.name, cell: 'A1' })));
  });

  it('names sheets around the officer’s own and reports the ones that had to change, reusing its own', async () => {
    const { port, agencyWrites } = recordingPort(grid, {
      existing: {
        sheets: [
          { name: 'Phụ lục 1' },
          { name: 'sở ngoại vụ' },
          { name: 'Sở Nội vụ', tag: 'agency-list' },
          { name: 'Tổng hợp theo cơ quan', tag: 'agency-index' },
          { name: 'Kết quả kiểm tra', tag: 'result' },
        ],
      },
    });
    const outcome = await generateAgencySheets(port);

    expect(outcome.renamed).toEqual([{ wanted: 'Sở Ngoại vụ', name: 'Sở Ngoại vụ (2)' }]);
    const names = agencyWrites[0]?.lists.map((l) => l.name) ?? [];
    expect(names).toContain('Sở Ngoại vụ (2)');
    expect(names).toContain('Sở Nội vụ');
    expect(agencyWrites[0]?.index.name).toBe('Tổng hợp theo cơ quan');
  });

  it('draws the lists as of the saved plan date, or the one given', async () => {
    const settings = gridFromSpec(settingsSheetSpec({ planDate: '2025-08-01', rules: {} }));
    const { port, agencyWrites } = recordingPort(grid, { settings });
    const saved = await generateAgencySheets(port);
    const given = await generateAgencySheets(port, { planDate: '2024-03-11' });

    expect(saved.planDate).toBe('2025-08-01');
    expect(saved.lists.lists.some((l) => l.key === 'so-ke-hoach-dau-tu')).toBe(false);
    expect(given.lists.lists.some((l) => l.key === 'so-ke-hoach-dau-tu')).toBe(true);
    expect(agencyWrites).toHaveLength(2);
  });

  it('reads the lead cells as of the province saved in the settings sheet', async () => {
    const plan = gridFrom([
      ['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian'],
      ['1', 'Việc một', 'Công an tỉnh Đồng Nai', 'Năm 2026'],
    ]);
    const keys = async (province?: string) => {
      const settings = gridFromSpec(settingsSheetSpec({ rules: {}, ...(province ? { province } : {}) }));
      const { port } = recordingPort(plan, { settings });
      return (await generateAgencySheets(port)).lists.lists.map((l) => l.key);
    };
    // In Đồng Nai's own plan it is the provincial police; in Hà Nội's, another province's body.
    expect(await keys('dong-nai')).toEqual(['cong-an-tinh']);
    expect(await keys('ha-noi')).toEqual(['cong-an-tinh--dong-nai']);
  });

  it('asks the port to show the index when the ribbon runs it', async () => {
    const { port, agencyWrites } = recordingPort(grid);
    await generateAgencySheets(port, { activateIndex: true, lang: 'en' });
    expect(agencyWrites[0]?.activateIndex).toBe(true);
    expect(agencyWrites[0]?.index.name).toBe('By agency');
  });

  it('reads the officer’s only other sheet when the active one is a sheet it wrote', async () => {
    const index = gridFrom([['TỔNG HỢP NHIỆM VỤ THEO CƠ QUAN']], { sheetName: 'Tổng hợp theo cơ quan' });
    const { port, reads } = recordingPort(index, {
      others: [grid],
      sheetNames: ['Phụ lục 1', 'Danh mục cơ quan'],
      existing: {
        sheets: [
          { name: 'Phụ lục 1' },
          { name: 'Danh mục cơ quan' },
          { name: 'Tổng hợp theo cơ quan', tag: 'agency-index' },
        ],
      },
    });
    const outcome = await generateAgencySheets(port);

    expect(reads).toEqual([undefined, 'Phụ lục 1']);
    expect(outcome.appendix.sheet).toBe('Phụ lục 1');
  });

  it('refuses to guess between several appendix sheets when the active one is its own, writing nothing', async () => {
    const list = gridFrom([['DANH SÁCH NHIỆM VỤ – Sở Ngoại vụ']], { sheetName: 'Sở Ngoại vụ' });
    const { port, agencyWrites } = recordingPort(list, {
      sheetNames: ['Phụ lục 1', 'Phụ lục 2'],
      existing: {
        sheets: [{ name: 'Phụ lục 1' }, { name: 'Phụ lục 2' }, { name: 'Sở Ngoại vụ', tag: 'agency-list' }],
      },
    });

    const failure = generateAgencySheets(port);
    await expect(failure).rejects.toBeInstanceOf(UnusableWorkbookError);
    await expect(failure).rejects.toMatchObject({
      code: 'no-such-sheet',
      data: { available: 'Phụ lục 1, Phụ lục 2' },
    });
    expect(agencyWrites).toEqual([]);
  });

  it('adds the delegations of the sheet beside it, and pairs a delegations sheet with the task sheet', async () => {
    const phuLuc2 = (await fixtureGrids()).find((g) => g.sheetName === 'Phụ lục 2') as CellGrid;
    const sheetNames = ['Phụ lục 1', 'Phụ lục 2'];
    const fromTasks = recordingPort(grid, { others: [grid, phuLuc2], sheetNames });
    const tasksFirst = await generateAgencySheets(fromTasks.port, { sheetName: 'Phụ lục 1' });
    expect(fromTasks.reads).toEqual(['Phụ lục 1', 'Phụ lục 2']);
    expect(tasksFirst.lists.delegationCount).toBe(15);

    const fromDelegations = recordingPort(phuLuc2, { others: [grid, phuLuc2], sheetNames });
    const delegationsFirst = await generateAgencySheets(fromDelegations.port, { sheetName: 'Phụ lục 2' });
    expect(fromDelegations.reads).toEqual(['Phụ lục 2', 'Phụ lục 1']);
    expect(delegationsFirst.appendix.sheet).toBe('Phụ lục 1');
    expect(delegationsFirst.lists.delegationCount).toBe(15);
    expect(fromDelegations.agencyWrites[0]?.lists.map((l) => l.name)).toEqual(
      fromTasks.agencyWrites[0]?.lists.map((l) => l.name),
    );
  });

  it('says a delegations sheet alone has no task lists to join, writing nothing', async () => {
    const phuLuc2 = (await fixtureGrids()).find((g) => g.sheetName === 'Phụ lục 2') as CellGrid;
    const { port, agencyWrites } = recordingPort(phuLuc2);
    await expect(generateAgencySheets(port)).rejects.toMatchObject({
      code: 'wrong-kind',
      data: { sheet: 'Phụ lục 2', kind: 'delegations' },
    });
    expect(agencyWrites).toEqual([]);
  });

  it('writes nothing when the sheet is not an appendix', async () => {
    const { port, agencyWrites } = recordingPort(gridFrom([['Ghi chép']], { sheetName: 'Trang 1' }));
    await expect(generateAgencySheets(port)).rejects.toMatchObject({ code: 'no-header' });
    expect(agencyWrites).toEqual([]);
  });
});
