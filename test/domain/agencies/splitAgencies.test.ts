import fc from 'fast-check';
import type { AgencyEntry } from '../../../src/domain/agencies';
import { DEFAULT_REGISTRY, matchAgency, splitAgencies } from '../../../src/domain/agencies';
import { cellText, columnNumber, lastRow } from '../../../src/domain/grid';
import { sampleGrid } from '../../helpers/grid';

const split = (text: string) => splitAgencies(text, DEFAULT_REGISTRY);
const summary = (text: string) => split(text).map((m) => [m.text, m.entry?.id ?? null]);

describe('splitAgencies', () => {
  it.each([
    ['Sở Văn hóa, Thể thao và Du lịch', [['Sở Văn hóa, Thể thao và Du lịch', 'so-van-hoa-the-thao-du-lich']]],
    [
      'Sở Văn hóa và Thể thao, Sở Du lịch',
      [
        ['Sở Văn hóa và Thể thao', 'so-van-hoa-the-thao'],
        ['Sở Du lịch', 'so-du-lich'],
      ],
    ],
    [
      'Trung tâm xúc tiến đầu tư, thương mại du lịch tỉnh',
      [
        [
          'Trung tâm xúc tiến đầu tư, thương mại du lịch tỉnh',
          'trung-tam-xuc-tien-dau-tu-thuong-mai-du-lich',
        ],
      ],
    ],
    ['các sở, ban, ngành', [['các sở, ban, ngành', 'cac-so-ban-nganh']]],
    [
      'Sở Ngoại vụ và các sở, ban, ngành',
      [
        ['Sở Ngoại vụ', 'so-ngoai-vu'],
        ['các sở, ban, ngành', 'cac-so-ban-nganh'],
      ],
    ],
    [
      'Sở Lao động - Thương binh và Xã hội, Sở Y tế',
      [
        ['Sở Lao động - Thương binh và Xã hội', 'so-lao-dong-tbxh'],
        ['Sở Y tế', 'so-y-te'],
      ],
    ],
    [
      'Sở KH&ĐT; Sở NN&PTNT\nSở TN&MT',
      [
        ['Sở KH&ĐT', 'so-ke-hoach-dau-tu'],
        ['Sở NN&PTNT', 'so-nong-nghiep-ptnt'],
        ['Sở TN&MT', 'so-tai-nguyen-moi-truong'],
      ],
    ],
    [
      'BQL các KCN, LHCTCHN tỉnh',
      [
        ['BQL các KCN', 'ban-quan-ly-cac-kcn'],
        ['LHCTCHN tỉnh', 'lien-hiep-cac-to-chuc-huu-nghi'],
      ],
    ],
    ['UBND TP. Vũng Tàu', [['UBND TP. Vũng Tàu', 'ubnd-thanh-pho-vung-tau']]],
  ])('splits %j by registry names', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it.each([
    [
      'Sở Ngoại vụ, Hội Doanh nhân trẻ tỉnh',
      [
        ['Sở Ngoại vụ', 'so-ngoai-vu'],
        ['Hội Doanh nhân trẻ tỉnh', null],
      ],
    ],
    [
      'Hội A, Hội B; Hội C và Hội D',
      [
        ['Hội A', null],
        ['Hội B', null],
        ['Hội C', null],
        ['Hội D', null],
      ],
    ],
    ['Sở X - Y', [['Sở X - Y', null]]],
  ])('returns unknown pieces of %j without an entry', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it.each([
    ['các cơ quan có liên quan', true, true],
    ['các đơn vị liên quan', true, true],
    ['Các cơ quan được giao chủ trì tham mưu đoàn ra', true, true],
    ['các ngành có liên quan', true, true],
    ['UBND các huyện, thị xã, thành phố', false, true],
    ['Sở Ngoại vụ', false, false],
  ])('marks %j vague=%s collective=%s', (text, vague, collective) => {
    expect(split(text)).toEqual([expect.objectContaining({ vague, collective })]);
  });

  it('lets a name wrap onto the next line but parts unknown pieces at a line break', () => {
    expect(summary('Sở Văn hóa, Thể thao\nvà Du lịch\nSở Nội vụ')).toEqual([
      ['Sở Văn hóa, Thể thao\nvà Du lịch', 'so-van-hoa-the-thao-du-lich'],
      ['Sở Nội vụ', 'so-noi-vu'],
    ]);
    expect(summary('Hội A\nHội B')).toEqual([
      ['Hội A', null],
      ['Hội B', null],
    ]);
  });

  it('ends a vague phrase at the next comma', () => {
    expect(summary('các cơ quan liên quan được giao nhiệm vụ, Sở Tư pháp')).toEqual([
      ['các cơ quan liên quan được giao nhiệm vụ', 'cac-co-quan-co-lien-quan'],
      ['Sở Tư pháp', 'so-tu-phap'],
    ]);
  });

  it('keeps offsets in the text as given, even in NFD', () => {
    const nfd = 'Sở Ngoại vụ, Sở Nội vụ'.normalize('NFD');
    const mentions = splitAgencies(nfd, DEFAULT_REGISTRY);
    expect(mentions.map((m) => m.entry?.id)).toEqual(['so-ngoai-vu', 'so-noi-vu']);
    for (const m of mentions) expect(nfd.slice(m.start, m.end)).toBe(m.text);
  });

  it('accepts either tone placement and the standard abbreviations as non-variants', () => {
    expect(split('Uỷ ban nhân dân thành phố Vũng Tàu')[0]?.variant).toBe(false);
    expect(split('UBND TP. Vũng Tàu')[0]?.variant).toBe(false);
    expect(split('Sở Văn hoá, Thể thao và Du lịch')[0]?.variant).toBe(false);
    // A provincial body with its level word and no province's name is its own name too (session 16).
    expect(split('Sở Ngoại vụ tỉnh')[0]?.variant).toBe(false);
    expect(split('Sở Kế hoạch - Đầu tư')[0]?.variant).toBe(true);
  });

  it('returns copies, so a caller cannot change a later answer', () => {
    const first = split('Sở Ngoại vụ');
    (first[0] as { text: string }).text = 'changed';
    expect(split('Sở Ngoại vụ')[0]?.text).toBe('Sở Ngoại vụ');
  });

  it('never throws, and its mentions lie in the text, in order, without overlapping', () => {
    const words = fc.constantFrom(
      'Sở',
      'Ngoại',
      'vụ',
      'UBND',
      'ĐBQH',
      'Đoàn',
      'HĐND',
      'TP.',
      'tỉnh',
      'và',
      'các',
      'cơ quan',
      'liên quan',
      ',',
      ';',
      '-',
      '&',
      '\n',
      ' ',
      'o\u0323',
      '\u0301',
      'Kế hoạch',
      'Đầu tư',
      'huyện',
      'Côn Đảo',
      '.',
      // Narrative cells: paragraph numbers, topic labels, what the body is to do, whose body it is.
      '1.',
      'a)',
      'Về',
      ':',
      'chủ trì',
      'phối hợp với',
      'theo chức năng',
      'của',
      'Quốc hội',
      'Các Bộ:',
      'cấp tỉnh',
    );
    const texts = fc.oneof(
      fc.string(),
      fc.array(words, { maxLength: 30 }).map((parts) => parts.join(' ')),
    );
    fc.assert(
      fc.property(texts, (text) => {
        const mentions = split(text);
        let previousEnd = 0;
        for (const m of mentions) {
          expect(m.start).toBeGreaterThanOrEqual(previousEnd);
          expect(m.end).toBeGreaterThan(m.start);
          expect(m.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(m.start, m.end)).toBe(m.text);
          previousEnd = m.end;
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('splits every one of 10,000 distinct lead cells built from the appendix (speed: npm run bench)', async () => {
    const grid = await sampleGrid();
    const leads: string[] = [];
    for (let row = 6; row <= lastRow(grid); row++) {
      const text = cellText(grid, row, columnNumber('C'));
      if (text !== '') leads.push(text);
    }
    // A fresh registry array and unique cells: the index is built here and no cached split is reused.
    const registry: AgencyEntry[] = [...DEFAULT_REGISTRY];
    const cells = Array.from({ length: 10_000 }, (_, i) => `${leads[i % leads.length] ?? ''}, Hội ${i}`);
    const count = cells.reduce((sum, cell) => sum + splitAgencies(cell, registry).length, 0);
    expect(count).toBeGreaterThan(10_000);
  });
});

describe('matchAgency', () => {
  it.each([
    ['Sở Kế hoạch và Đầu tư', 'so-ke-hoach-dau-tu', false],
    ['Sở KH&ĐT', 'so-ke-hoach-dau-tu', false],
    ['Sở Kế hoạch - Đầu tư', 'so-ke-hoach-dau-tu', true],
    ['Sở Kế hoạch-Đầu tư', 'so-ke-hoach-dau-tu', true],
    ['Sở Thông tin truyền thông', 'so-thong-tin-truyen-thong', true],
    ['Liên hiệp các tổ chức hữu nghị', 'lien-hiep-cac-to-chuc-huu-nghi', true],
    ['Liên hiệp các tổ chức hữu nghị tỉnh', 'lien-hiep-cac-to-chuc-huu-nghi', false],
    ['Sở Ngoại vụ', 'so-ngoai-vu', false],
    ['Sở Ngoại vụ;', 'so-ngoai-vu', false],
    [' Sở  Ngoại\u00a0vụ ', 'so-ngoai-vu', false],
    ['Sở Ngoại vụ'.normalize('NFD'), 'so-ngoai-vu', false],
    ['Văn phòng Đoàn ĐBQH và HĐND tỉnh', 'van-phong-doan-dbqh-hdnd-tinh', false],
    ['sở ngoại vụ', 'so-ngoai-vu', true],
  ])('matches %j to %s (variant: %s)', (text, id, variant) => {
    expect(matchAgency(text, DEFAULT_REGISTRY)).toEqual({ entry: expect.objectContaining({ id }), variant });
  });

  it.each(['Sở Ngoại vụ, Sở Nội vụ', 'Sở Hữu nghị', '', ' ; ', 'Sở'])(
    'finds no single agency in %j',
    (text) => {
      expect(matchAgency(text, DEFAULT_REGISTRY)).toBeUndefined();
    },
  );
});
