import ExcelJS from 'exceljs';
import type { AgencyLists } from '../../src/domain';
import { agencyWorkbookExport, buildAgencyLists, parseAppendix } from '../../src/domain';
import type { BuildWorkbookBytes } from '../../src/excel';
import { base64Of, excelWorkbook } from '../../src/excel';
import { isListWorkbook, listWorkbook, workbookBytes } from '../../src/xlsx';
import { sampleGrid } from '../helpers/grid';
import { fakeWorkbook } from './fakeWorkbook';

const global = globalThis as unknown as { Excel?: unknown };
const HOST = { notes: true, undoGroup: true };
/** What the composition roots pass, without the dynamic import jest does not need. */
const buildBytes: BuildWorkbookBytes = (spec) => workbookBytes(listWorkbook(spec));

afterEach(() => {
  delete global.Excel;
});

describe('exportAgencyWorkbook (Xuất từng cơ quan)', () => {
  let lists: AgencyLists;
  beforeAll(async () => {
    const appendix = parseAppendix(await sampleGrid());
    lists = buildAgencyLists(appendix, { planDate: appendix.plan.date });
  });

  it('opens the agency’s list as a new workbook (Excel.createWorkbook) with the sheet ExcelJS draws', async () => {
    const fake = fakeWorkbook([{ name: 'Phụ lục 1' }]);
    global.Excel = fake.excel;
    const file = agencyWorkbookExport(lists, 'so-ngoai-vu');

    const outcome = await excelWorkbook(HOST, { buildBytes }).exportAgencyWorkbook(file);

    expect(outcome).toEqual({ how: 'opened' });
    expect(fake.excel.created).toHaveLength(1);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(fake.excel.created[0] ?? '', 'base64') as unknown as ArrayBuffer);
    expect(isListWorkbook(workbook)).toBe(true);
    const sheet = workbook.worksheets[0];
    expect(sheet?.name).toBe('Sở Ngoại vụ');
    expect(sheet?.getCell('A1').value).toBe('DANH SÁCH NHIỆM VỤ – Sở Ngoại vụ');
    // Nothing in the open workbook changed, and no round trip was made to it.
    expect(fake.syncCount()).toBe(0);
    expect(fake.model.sheets.map((s) => s.name)).toEqual(['Phụ lục 1']);
  });

  it('says the host cannot, without loading ExcelJS, where Excel.createWorkbook is missing', async () => {
    global.Excel = fakeWorkbook([{ name: 'Phụ lục 1' }], { createWorkbook: false }).excel;
    const build = jest.fn(buildBytes);

    const outcome = await excelWorkbook(HOST, { buildBytes: build }).exportAgencyWorkbook(
      agencyWorkbookExport(lists, 'so-ngoai-vu'),
    );

    expect(outcome).toEqual({ how: 'unsupported' });
    expect(build).not.toHaveBeenCalled();
  });

  it('fails loudly when the composition root gave no renderer (a wiring bug)', async () => {
    global.Excel = fakeWorkbook([{ name: 'Phụ lục 1' }]).excel;
    await expect(
      excelWorkbook(HOST).exportAgencyWorkbook(agencyWorkbookExport(lists, 'so-ngoai-vu')),
    ).rejects.toThrow(/buildBytes/);
  });

  it('encodes bytes as base64 in slices, without Buffer', () => {
    const bytes = Uint8Array.from({ length: 100_000 }, (_, i) => (i * 7919) % 256);
    expect(base64Of(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    expect(base64Of(new Uint8Array())).toBe('');
  });
});
