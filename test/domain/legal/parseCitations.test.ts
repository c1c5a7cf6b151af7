import fc from 'fast-check';
import { CellCitationsSchema, parseCitations } from '../../../src/domain';

const first = (text: string) => parseCitations(text).citations[0];

describe('parseCitations', () => {
  it.each([
    [
      'Kế hoạch 217/KH-UBND ngày 31/12/2021 của UBND tỉnh',
      'Kế hoạch',
      '217/KH-UBND',
      'administrative',
      '2021-12-31',
      'UBND tỉnh',
    ],
    [
      'Công văn số 2810/SDL-VP ngày 26/9/2022 của Sở Du lịch',
      'Công văn',
      '2810/SDL-VP',
      'official-letter',
      '2022-09-26',
      'Sở Du lịch',
    ],
    [
      'Nghị định 58/2022/NĐ-CP ngày 31/8/2022 của Chính phủ',
      'Nghị định',
      '58/2022/NĐ-CP',
      'normative',
      '2022-08-31',
      'Chính phủ',
    ],
    [
      'Thông tư 03/2021/TT-BNG của Bộ Ngoại giao',
      'Thông tư',
      '03/2021/TT-BNG',
      'normative',
      null,
      'Bộ Ngoại giao',
    ],
    ['Kế hoạch 124-KH/TU ngày 29/4/2022', 'Kế hoạch', '124-KH/TU', 'party', '2022-04-29', null],
    [
      'Công văn 8145-CV/TU ngày 26/02/2024 của Tỉnh ủy',
      'Công văn',
      '8145-CV/TU',
      'party',
      '2024-02-26',
      'Tỉnh ủy',
    ],
    ['Luật số 80/2015/QH13', 'Luật', '80/2015/QH13', 'legislative', null, null],
    [
      'Chương trình 13222/Ctr-UBND ngày 24/10/2022',
      'Chương trình',
      '13222/Ctr-UBND',
      'administrative',
      '2022-10-24',
      null,
    ],
    ['Kế hoạch số 1 ngày 05-01-2022', undefined, undefined, undefined, undefined, undefined],
    [
      'Công văn 5583/UBND-VP ngày 28/10/2022 của UBND TX. Phú Mỹ',
      'Công văn',
      '5583/UBND-VP',
      'official-letter',
      '2022-10-28',
      'UBND TX. Phú Mỹ',
    ],
    [
      'Quyết định số 12/2023/QĐ-UBND ngày 24 tháng 8 năm 2023',
      'Quyết định',
      '12/2023/QĐ-UBND',
      'normative',
      '2023-08-24',
      null,
    ],
  ])('reads %j', (text, typeName, symbol, system, iso, issuer) => {
    const citation = first(text);
    if (symbol === undefined) {
      expect(citation).toBeUndefined();
      return;
    }
    expect(citation).toMatchObject({ typeName, canonicalSymbol: symbol, system, issuer, problems: [] });
    expect(citation?.date?.iso ?? null).toBe(iso);
  });

  it.each([
    ['Kế hoạch số 82/KH- UBND ngày 18/5/2023', ['spaces'], 'Kế hoạch 82/KH-UBND'],
    ['Công văn 423/BC- VP ngày 21/10/2022', ['spaces', 'type-mismatch'], 'Báo cáo 423/BC-VP'],
    ['Kế hoạch 2810/SDL-VP ngày 26/9/2022', ['type-mismatch'], 'Công văn 2810/SDL-VP'],
    ['Nghị định 65/NĐ-CP ngày 30/6/2021', ['missing-year'], 'Nghị định 65/NĐ-CP'],
    ['Kế hoạch 12-XY/TU ngày 01/02/2023', ['unknown-type-code', 'type-mismatch'], 'Kế hoạch 12-XY/TU'],
    ['Quyết định 55/2007/CT-UBND', ['type-mismatch'], 'Chỉ thị 55/2007/CT-UBND'],
  ])('finds the defects of %j', (text, problems, suggestion) => {
    expect(first(text)).toMatchObject({ problems, suggestion });
  });

  it.each([
    // The Party writes its own regulations so, against Hướng dẫn 36-HD/VPTW's "QĐi" (session 16 probe).
    'Quy định số 144-QĐ/TW ngày 09/5/2024 của Bộ Chính trị',
    'Quy định số 08-QĐi/TW ngày 25/10/2018',
    // A committee's conclusions are sent as a Thông báo.
    'Thông báo kết luận số 45-TB/TU ngày 10/3/2026',
  ])('takes the form %j as the Party writes it', (text) => {
    expect(first(text)?.problems).toEqual([]);
  });

  it('still finds a state Quy định under a Quyết định symbol', () => {
    expect(first('Quy định số 12/QĐ-UBND ngày 01/02/2025')?.problems).toEqual(['type-mismatch']);
  });

  it('finds documents identified by their name alone: a law and its year, a congress resolution', () => {
    const named = (text: string) =>
      parseCitations(text).references.map((r) => [r.typeName, r.text, r.named ?? false]);
    expect(named('Luật Tổ chức chính quyền địa phương năm 2025; Hiến pháp năm 2013')).toEqual([
      ['Luật', 'Luật Tổ chức chính quyền địa phương năm 2025', true],
      ['Hiến pháp', 'Hiến pháp năm 2013', true],
    ]);
    expect(named('Bộ luật Lao động 2019')).toEqual([['Bộ luật', 'Bộ luật Lao động 2019', true]]);
    expect(named('Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025 - 2030')).toEqual([
      ['Nghị quyết', 'Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ I', true],
    ]);
    // A law with its number is a numbered citation; a plan "năm 2026" names no one plan; "luật" in lower case
    // is law in general.
    expect(named('Luật Đầu tư công số 58/2024/QH15')).toEqual([]);
    expect(named('Kế hoạch năm 2026; theo luật năm 2025')).toEqual([]);
  });

  // Session 19 probe of common Căn cứ wordings: a title with a comma in it, a law by its title alone.
  it('finds a law by its title, with a comma in it or without its year', () => {
    const named = (text: string) => parseCitations(text).references.map((r) => [r.text, r.named ?? false]);
    expect(named('Điều 15 Luật Phòng, chống thiên tai năm 2013')).toEqual([
      ['Luật Phòng, chống thiên tai năm 2013', true],
    ]);
    expect(named('Luật Đất đai; khoản 3 Điều 7 Luật Ngân sách nhà nước')).toEqual([
      ['Luật Đất đai', true],
      ['Luật Ngân sách nhà nước', true],
    ]);
    expect(named('Bộ luật Lao động và Luật Việc làm của Quốc hội')).toEqual([
      ['Bộ luật Lao động', true],
      ['Luật Việc làm', true],
    ]);
    expect(named('Luật sư và luật pháp')).toEqual([]);
  });

  it('tells a document cited as the subject of another from a basis in its own right', () => {
    const { citations } = parseCitations(
      'Nghị quyết số 154/NQ-CP ngày 23/11/2022 của Chính phủ ban hành Chương trình hành động thực hiện Nghị quyết số 24-NQ/TW; Chỉ thị 15-CT/TW',
    );
    expect(citations.map((c) => [c.canonicalSymbol, c.subordinate])).toEqual([
      ['154/NQ-CP', false],
      ['24-NQ/TW', true],
      ['15-CT/TW', false],
    ]);
  });

  it('finds documents named without number, by issuer or by title, but not guidance in general', () => {
    const { references } = parseCitations(
      'theo Kế hoạch của Ban Thường vụ Tỉnh ủy và Chương trình hành động của Chính phủ; Đề án “Phát triển du lịch”; theo hướng dẫn của Bộ Ngoại giao',
    );
    expect(references.map((r) => [r.typeName, r.issuer ?? r.title])).toEqual([
      ['Kế hoạch', 'Ban Thường vụ Tỉnh ủy'],
      ['Chương trình', 'Chính phủ'],
      ['Đề án', 'Phát triển du lịch'],
    ]);
  });

  it('finds a short form with a bare number ("Kế hoạch 02"), but not a year or a full symbol', () => {
    const numbers = (text: string) => parseCitations(text).references.map((r) => [r.text, r.number]);
    expect(numbers('Kế hoạch 02; Nghị quyết số 15 của tỉnh')).toEqual([
      ['Kế hoạch 02', '02'],
      ['Nghị quyết số 15', '15'],
    ]);
    expect(
      numbers('Kế hoạch 2024 của tỉnh; Quyết định 1441/QĐ-UBND ngày 25/9/2025; Kế hoạch 5-KH/TU'),
    ).toEqual([]);
  });

  it('does not read dates, periods or section numbers as symbols', () => {
    expect(
      parseCitations('giai đoạn 2021 - 2025 (Mục V.1.2), tháng 3/2022, ngày 31/12/2021').citations,
    ).toEqual([]);
  });

  it('never throws, and every citation lies inside the text', () => {
    const alphabet = fc.constantFrom(
      ...'0123456789/- .;,KHUBNDĐQTCVốàế'.split(''),
      'Kế hoạch ',
      'ngày ',
      'của ',
      'Công văn ',
    );
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        const result = CellCitationsSchema.parse(parseCitations(text));
        for (const c of result.citations) {
          expect(c.start).toBeLessThanOrEqual(c.end);
          expect(c.end).toBeLessThanOrEqual(text.length);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('diplomatic notes', () => {
  it('reads "Công hàm số 57301/336" as a free-form citation, identifiable without a date', () => {
    expect(parseCitations('Công hàm số 57301/336 của Đại sứ quán').citations[0]).toMatchObject({
      typeName: 'Công hàm',
      canonicalSymbol: '57301/336',
      system: 'free-form',
      problems: [],
    });
  });
});
