import type { AgencyList } from '../../../src/domain';
import {
  agencyFileNames,
  assignSheetNames,
  DEFAULT_REGISTRY,
  INDEX_FILE_NAME,
  safeFileName,
  UNIDENTIFIED_KEY,
  uniqueSheetName,
} from '../../../src/domain';

function listOf(id: string): AgencyList {
  const entry = DEFAULT_REGISTRY.find((e) => e.id === id);
  if (!entry) throw new Error(id);
  return {
    key: id,
    kind: entry.kind === 'collective' ? 'collective' : 'individual',
    entry,
    led: [],
    supporting: [],
    delegations: [],
  };
}

const unidentified: AgencyList = {
  key: UNIDENTIFIED_KEY,
  kind: 'unidentified',
  led: [],
  supporting: [],
  delegations: [],
};

/** Whether Excel accepts the name (the rules of its Rename dialog). */
function excelAccepts(name: string): boolean {
  return (
    name.length >= 1 &&
    name.length <= 31 &&
    !/[:\\/?*[\]]/u.test(name) &&
    !name.startsWith("'") &&
    !name.endsWith("'") &&
    name.toLowerCase() !== 'history'
  );
}

describe('uniqueSheetName', () => {
  it.each([
    ['Sở KH&ĐT', [], 'Sở KH&ĐT'],
    ['Sở LĐ/TB&XH', [], 'Sở LĐ-TB&XH'],
    ['Ban [A]: B?*\\', [], 'Ban -A-- B---'],
    ["'Trích'", [], 'Trích'],
    ['Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh', [], 'Trung tâm Xúc tiến Đầu tư, Thươ'],
    ['History', [], 'History (2)'],
    ['HISTORY', [], 'HISTORY (2)'],
    ['Sở Ngoại vụ', ['SỞ NGOẠI VỤ'], 'Sở Ngoại vụ (2)'],
    ['Sở Ngoại vụ', ['Sở Ngoại vụ', 'Sở Ngoại vụ (2)'], 'Sở Ngoại vụ (3)'],
    [
      'Ủy ban Mặt trận Tổ quốc Việt Nam',
      ['Ủy ban Mặt trận Tổ quốc Việt Na'],
      'Ủy ban Mặt trận Tổ quốc Việ (2)',
    ],
    ['   ', [], 'Cơ quan'],
  ])('makes %j a valid, free sheet name (taken: %j)', (wanted, taken, expected) => {
    const name = uniqueSheetName(wanted, taken);
    expect(name).toBe(expected);
    expect(excelAccepts(name)).toBe(true);
  });

  it('compares composed and decomposed Vietnamese alike', () => {
    expect(uniqueSheetName('Sở Ngoại vụ', ['Sở Ngoại vụ'.normalize('NFD')])).toBe('Sở Ngoại vụ (2)');
  });
});

describe('assignSheetNames', () => {
  const lists = [
    listOf('so-ngoai-vu'),
    listOf('so-ke-hoach-dau-tu'),
    listOf('ubnd-cac-huyen-thi-xa-thanh-pho'),
    unidentified,
  ];

  it('names the index and each list by its short form', () => {
    const names = assignSheetNames(lists, []);
    expect(names.index).toEqual({
      key: '(index)',
      wanted: 'Tổng hợp theo cơ quan',
      name: 'Tổng hợp theo cơ quan',
    });
    expect(names.lists.map((n) => n.name)).toEqual([
      'Sở Ngoại vụ',
      'Sở KH&ĐT',
      'UBND cấp huyện',
      'Chưa xác định',
    ]);
    expect(names.lists.every((n) => n.clash === undefined)).toBe(true);
  });

  it('never takes the name of a sheet the officer already has, and says so', () => {
    const names = assignSheetNames(lists, ['sở ngoại vụ', 'Tổng hợp theo cơ quan', 'Phụ lục 1']);
    expect(names.index).toMatchObject({ name: 'Tổng hợp theo cơ quan (2)', clash: 'taken' });
    expect(names.lists[0]).toEqual({
      key: 'so-ngoai-vu',
      wanted: 'Sở Ngoại vụ',
      name: 'Sở Ngoại vụ (2)',
      clash: 'taken',
    });
    expect(names.lists.slice(1).every((n) => n.clash === undefined)).toBe(true);
  });

  it('keeps names unique when two lists share a short form', () => {
    const twin: AgencyList = { ...listOf('so-noi-vu'), key: 'so-noi-vu-2' };
    const names = assignSheetNames([listOf('so-noi-vu'), twin], []);
    expect(names.lists.map((n) => [n.name, n.clash])).toEqual([
      ['Sở Nội vụ', undefined],
      ['Sở Nội vụ (2)', 'duplicate'],
    ]);
  });

  it('names the sheets in English with --lang en', () => {
    const names = assignSheetNames([unidentified], [], 'en');
    expect([names.index.name, names.lists[0]?.name]).toEqual(['By agency', 'Not identified']);
  });
});

describe('file names', () => {
  it.each([
    ['CON', '_CON'],
    ['nul', '_nul'],
    ['COM1', '_COM1'],
    ['LPT9.tong-hop', '_LPT9.tong-hop'],
    ['CONSOLE', 'CONSOLE'],
    ['a<b>c:d"e/f\\g|h?i*j', 'a-b-c-d-e-f-g-h-i-j'],
    ['Sở LĐ/TB&XH. ', 'Sở LĐ-TB&XH'],
    ['...', 'tep'],
    ['x'.repeat(200), 'x'.repeat(80)],
    ['tab\there', 'tab-here'],
  ])('makes %j safe on Windows', (stem, expected) => {
    expect(safeFileName(stem)).toBe(expected);
  });

  it('numbers the lists’ files in index order by registry id, the index first', () => {
    expect(INDEX_FILE_NAME).toBe('00-tong-hop.xlsx');
    expect(
      agencyFileNames([listOf('so-ngoai-vu'), listOf('ubnd-cac-huyen-thi-xa-thanh-pho'), unidentified]),
    ).toEqual(['01-so-ngoai-vu.xlsx', '02-ubnd-cac-huyen-thi-xa-thanh-pho.xlsx', '03-chua-xac-dinh.xlsx']);
    const many = Array.from({ length: 120 }, () => listOf('so-y-te'));
    expect(agencyFileNames(many).slice(0, 1)).toEqual(['001-so-y-te.xlsx']);
  });
});
