import type { CellValue } from '../../../src/domain/grid';
import {
  AgencyRegistrySchema,
  agencyStatusAt,
  DEFAULT_REGISTRY,
  mergeRegistries,
  readDateCell,
  readRegistrySheet,
  splitAgencies,
} from '../../../src/domain/agencies';
import { FindingSchema } from '../../../src/domain/schema';
import { gridFrom } from '../../helpers/grid';

const HEADER = ['Tên chuẩn', 'Tên khác / viết tắt', 'Hiệu lực từ', 'Hiệu lực đến', 'Thay thế bởi'];
// Excel serials: 45658 is 01/01/2025, 45838 is 30/06/2025.
const JAN_1_2025 = 45658;
const JUN_30_2025 = 45838;

const sheet = (rows: ReadonlyArray<ReadonlyArray<CellValue>>, header: readonly string[] = HEADER) =>
  gridFrom([['DANH MỤC CƠ QUAN'], [], header, ...rows], { sheetName: 'Danh mục cơ quan' });

describe('readRegistrySheet on a good sheet', () => {
  const grid = sheet([
    ['Sở Ngoại vụ', '', '', '', ''],
    ['Ban Quản lý Khu kinh tế tỉnh', 'BQL KKT; BQL Khu kinh tế\nBan KKT', '', '', ''],
    ['UBND huyện Long Đất', '', '01/01/2025', JUN_30_2025, 'Ủy ban nhân dân các xã, phường, đặc khu'],
    [],
    ['Hội Doanh nhân trẻ tỉnh', 'Hội DNT', JAN_1_2025, '', ''],
    ['Ban Xúc tiến', '', '', '30/06/2025', 'Ban Quản lý Khu kinh tế tỉnh; Sở Tài chính'],
  ]);
  const { entries, findings } = readRegistrySheet(grid);

  it('reports nothing', () => {
    expect(findings).toEqual([]);
  });

  it('reads every non-blank row, keeping the default id for an agency the defaults know', () => {
    expect(entries.map((e) => [e.id, e.kind])).toEqual([
      ['so-ngoai-vu', 'department'],
      ['ban-quan-ly-khu-kinh-te-tinh', 'board'],
      ['ubnd-huyen-long-dat', 'people-committee'],
      ['hoi-doanh-nhan-tre-tinh', 'mass-organisation'],
      ['ban-xuc-tien', 'board'],
    ]);
  });

  it('splits aliases at ";" and line breaks', () => {
    expect(entries[1]?.aliases).toEqual(['BQL KKT', 'BQL Khu kinh tế', 'Ban KKT']);
  });

  it('reads dates written as text and as Excel serial numbers', () => {
    expect(entries[2]).toMatchObject({ validFrom: '2025-01-01', validTo: '2025-06-30' });
    expect(entries[3]?.validFrom).toBe('2025-01-01');
    expect(entries[0]).not.toHaveProperty('validTo');
  });

  it('resolves successors among the defaults and the sheet itself', () => {
    expect(entries[2]?.successors).toEqual(['ubnd-cac-xa-phuong-dac-khu']);
    expect(entries[4]?.successors).toEqual(['ban-quan-ly-khu-kinh-te-tinh', 'so-tai-chinh']);
  });

  it('merges into a registry that passes the registry schema', () => {
    const merged = mergeRegistries(DEFAULT_REGISTRY, entries);
    expect(AgencyRegistrySchema.safeParse(merged).success).toBe(true);
    expect(splitAgencies('Sở Ngoại vụ, BQL KKT', merged).map((m) => m.entry?.id)).toEqual([
      'so-ngoai-vu',
      'ban-quan-ly-khu-kinh-te-tinh',
    ]);
  });

  it('lets the province keep Sở Ngoại vụ: an officer row without an end date overrides the default', () => {
    const merged = mergeRegistries(DEFAULT_REGISTRY, entries);
    const soNgoaiVu = merged.find((e) => e.id === 'so-ngoai-vu');
    if (!soNgoaiVu) throw new Error('Sở Ngoại vụ missing');
    expect(agencyStatusAt(soNgoaiVu, '2025-08-01', merged)).toEqual({ current: true });
    // The default no longer ends it either (Nghị định 45/2025/NĐ-CP: some provinces keep it); a province
    // that merged it says so with an end date in its sheet.
    const merging = readRegistrySheet(sheet([['Sở Ngoại vụ', '', '', '28/02/2025', 'Văn phòng UBND tỉnh']]));
    const mergedAway = mergeRegistries(DEFAULT_REGISTRY, merging.entries).find((e) => e.id === 'so-ngoai-vu');
    if (!mergedAway) throw new Error('Sở Ngoại vụ missing');
    expect(agencyStatusAt(mergedAway, '2025-08-01', DEFAULT_REGISTRY).current).toBe(false);
  });

  it('takes an officer’s row named as a central body for that body, never for its provincial office', () => {
    const own = readRegistrySheet(sheet([['Cục Thuế', 'CT', '', '', '']]));
    const merged = mergeRegistries(DEFAULT_REGISTRY, own.entries);
    expect(AgencyRegistrySchema.safeParse(merged).success).toBe(true);
    expect(merged.find((e) => e.id === 'cuc-thue')?.aliases).toContain('CT');
    expect(merged.find((e) => e.id === 'cuc-thue-tinh')?.officeOf).toBe('cuc-thue');
    expect(splitAgencies('Cục Thuế; Cục Thuế tỉnh', merged).map((m) => m.entry?.id)).toEqual([
      'cuc-thue',
      'cuc-thue-tinh',
    ]);
  });

  it('finds the header whatever the diacritics and case of its titles', () => {
    const folded = sheet(
      [['Sở Ngoại vụ', 'SNgV', '', '', '']],
      ['TEN CHUAN', 'ten khac / viet tat', 'Hieu luc tu', 'HIỆU LỰC ĐẾN', 'Thay the boi'],
    );
    expect(readRegistrySheet(folded).entries).toEqual([
      expect.objectContaining({ id: 'so-ngoai-vu', aliases: ['SNgV'] }),
    ]);
  });
});

describe('readRegistrySheet on bad rows', () => {
  const grid = sheet([
    ['', 'Sở ABC', '', '', ''],
    ['Sở A', '', '31/02/2025', '', ''],
    ['Sở B', '', 'sắp tới', '', ''],
    ['Sở C', '', '01/07/2025', '30/06/2025', ''],
    ['Sở D', '', '', '30/06/2025', 'Sở Không Có'],
    ['Sở E', '', '', '30/06/2025', 'Sở D'],
    ['Sở Ngoại vụ', '', '', '', ''],
    ['Sở ngoại vụ', 'SNgV', '', '', ''],
    ['Sở F', '', true, '', ''],
  ]);
  const { entries, findings } = readRegistrySheet(grid);
  const sheetName = 'Danh mục cơ quan';

  it.each([
    [4, 'registry-missing-name', 'A4', { sheet: sheetName }],
    [
      5,
      'registry-invalid-date',
      'C5',
      { sheet: sheetName, name: 'Sở A', field: 'validFrom', text: '31/02/2025', problem: 'impossible' },
    ],
    [
      6,
      'registry-invalid-date',
      'C6',
      { sheet: sheetName, name: 'Sở B', field: 'validFrom', text: 'sắp tới', problem: 'unreadable' },
    ],
    [
      7,
      'registry-invalid-date',
      'D7',
      { sheet: sheetName, name: 'Sở C', field: 'validTo', text: '30/06/2025', problem: 'order' },
    ],
    [8, 'registry-unknown-successor', 'E8', { sheet: sheetName, name: 'Sở D', successor: 'Sở Không Có' }],
    // Sở D is dropped, so Sở E's successor no longer exists either.
    [9, 'registry-unknown-successor', 'E9', { sheet: sheetName, name: 'Sở E', successor: 'Sở D' }],
    [11, 'registry-duplicate-name', 'A11', { sheet: sheetName, name: 'Sở ngoại vụ', firstRowNumber: 10 }],
    [
      12,
      'registry-invalid-date',
      'C12',
      { sheet: sheetName, name: 'Sở F', field: 'validFrom', text: 'true', problem: 'unreadable' },
    ],
  ])('reports row %i as %s in %s', (rowNumber, code, cell, data) => {
    expect(findings.filter((f) => f.rowNumber === rowNumber)).toEqual([
      { code, severity: 'warning', sheet: 'Danh mục cơ quan', rowNumber, column: cell.charAt(0), cell, data },
    ]);
  });

  it('reports nothing else, as valid findings, in row order', () => {
    expect(findings.map((f) => f.rowNumber)).toEqual([4, 5, 6, 7, 8, 9, 11, 12]);
    for (const finding of findings) expect(FindingSchema.safeParse(finding).success).toBe(true);
  });

  it('keeps only the good row', () => {
    expect(entries.map((e) => e.name)).toEqual(['Sở Ngoại vụ']);
  });
});

describe('readRegistrySheet, other shapes', () => {
  it('reports a sheet without a "Tên chuẩn" header in its first ten rows', () => {
    const grid = gridFrom([['Danh mục'], ['Cơ quan', 'Ghi chú']], { sheetName: 'Danh mục cơ quan' });
    expect(readRegistrySheet(grid)).toEqual({
      entries: [],
      findings: [
        {
          code: 'registry-no-header',
          severity: 'warning',
          sheet: 'Danh mục cơ quan',
          rowNumber: 1,
          data: { sheet: 'Danh mục cơ quan', expected: 'Tên chuẩn' },
        },
      ],
    });
  });

  it('reads an optional "Tên ngắn" column and reports one that cannot be a sheet name', () => {
    const grid = sheet(
      [
        ['Ban Quản lý Khu kinh tế tỉnh', 'BQL KKT'],
        ['Ban Quản lý dự án tỉnh', 'BQL/DA'],
      ],
      ['Tên chuẩn', 'Tên ngắn'],
    );
    const { entries, findings } = readRegistrySheet(grid);
    expect(entries).toEqual([expect.objectContaining({ shortName: 'BQL KKT' })]);
    expect(findings).toEqual([
      {
        code: 'registry-invalid-short-name',
        severity: 'warning',
        sheet: 'Danh mục cơ quan',
        rowNumber: 5,
        column: 'B',
        cell: 'B5',
        data: {
          sheet: 'Danh mục cơ quan',
          name: 'Ban Quản lý dự án tỉnh',
          shortName: 'BQL/DA',
          problem: 'forbidden-character',
        },
      },
    ]);
  });

  it('derives a short name usable as a sheet name when there is no "Tên ngắn" column', () => {
    const { entries } = readRegistrySheet(sheet([['Ủy ban nhân dân phường Tam Thắng thành phố Vũng Tàu']]));
    const shortName = entries[0]?.shortName ?? '';
    expect(shortName.length).toBeLessThanOrEqual(31);
    expect(shortName.startsWith('UBND phường Tam Thắng')).toBe(true);
  });

  it('never throws on random cells', () => {
    const values: CellValue[] = [
      '',
      'Sở A',
      '31/02/2025',
      45000,
      -3,
      1e12,
      true,
      null,
      'Sở A',
      '30/06/2025',
      'x;y\nz',
    ];
    for (let seed = 0; seed < 200; seed++) {
      const rows = Array.from({ length: 6 }, (_, r) =>
        HEADER.map((_, c) => values[(seed * 7 + r * 5 + c * 3) % values.length] ?? null),
      );
      expect(() => readRegistrySheet(sheet(rows))).not.toThrow();
    }
  });
});

describe('readDateCell', () => {
  it.each([
    [null, { ok: true }],
    ['', { ok: true }],
    ['01/03/2025', { ok: true, iso: '2025-03-01' }],
    ['1-3-2025', { ok: true, iso: '2025-03-01' }],
    ['ngày 01 tháng 3 năm 2025', { ok: true, iso: '2025-03-01' }],
    ['2025-03-01', { ok: true, iso: '2025-03-01' }],
    [JAN_1_2025, { ok: true, iso: '2025-01-01' }],
    [JAN_1_2025 + 0.75, { ok: true, iso: '2025-01-01' }],
    ['31/02/2025', { ok: false, problem: 'impossible' }],
    ['01/03/2025 (dự kiến)', { ok: false, problem: 'unreadable' }],
    [0, { ok: false, problem: 'unreadable' }],
    [true, { ok: false, problem: 'unreadable' }],
  ])('reads %j as %j', (value, expected) => {
    expect(readDateCell(value)).toEqual(expected);
  });
});
