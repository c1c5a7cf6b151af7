import { bareLetters, oddWords, parseAppendix, validate, withoutLookAlikes } from '../../../src/domain';
import { gridFrom } from '../../helpers/grid';

// Session 23: letters that read right but match nothing — a Cyrillic "Т" and "С" in a citation of 230/CĐ-TTg
// 2025 (plan corpus: "16495/BТС-PTHT"), a stray glyph in 6225/BVHTTDL 2025 ("định kǶ" for "định kỳ"), a
// Scandinavian "å" in Đắk Lắk's Phụ lục III of 2026 ("Đắk Låk").
describe('odd letters in Vietnamese text', () => {
  it.each([
    ['văn bản số 16495/BТС-PTHT', 'BТС', 'look-alike', 'BTC'],
    ['Kế hoạch 58/КН-UBND', 'КН', 'look-alike', 'KH'],
    ['Ðồng Nai', 'Ðồng', 'look-alike', 'Đồng'],
    ['an toàn thông tin định kǶ', 'kǶ', 'stray', undefined],
    ['Trường Ðại học', 'Ðại', 'look-alike', 'Đại'],
    ['Sở Xây dựñg', 'dựñg', 'foreign', undefined],
  ])('%s: %s is %s', (text, word, kind, meant) => {
    const found = oddWords(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ word, kind });
    expect(found[0]?.meant).toBe(meant);
  });

  it.each([
    'Đoàn công tác đi Malmö, Thụy Điển',
    'Hội chợ tại Curaçao',
    'Liều dùng 5 μg/kg',
    'Đón đoàn Trung Quốc (广西)',
    'Sở Tư pháp; định kỳ hằng năm; Quý IV/2026',
    'São Paulo, Genève, Zürich',
  ])('leaves %s alone', (text) => {
    expect(oddWords(text)).toEqual([]);
  });

  it('names the word a foreign letter stands in when the document writes it in Vietnamese letters', () => {
    const known = (bare: string) => (bare === 'lak' ? 'Lắk' : undefined);
    expect(oddWords('tỉnh Đắk Låk', known)).toEqual([
      { word: 'Låk', letters: ['å'], kind: 'foreign', meant: 'Lắk' },
    ]);
    // Without that, a word of Western letters alone is a foreign name.
    expect(oddWords('tỉnh Đắk Låk')).toEqual([]);
    expect(bareLetters('Đắk')).toBe('dak');
  });

  it('writes look-alikes in the letters they stand for, nothing else', () => {
    expect(withoutLookAlikes('16495/BТС-PTHT, Malmö, kǶ, Ðồng')).toBe('16495/BTC-PTHT, Malmö, kǶ, Đồng');
  });

  it('warns at the cell, with the document own spelling, and not on a legacy-encoded cell', () => {
    const appendix = parseAppendix(
      gridFrom([
        ['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian thực hiện'],
        ['1', 'Xây dựng mạng WAN tỉnh Đắk Lắk', 'Sở Khoa học và Công nghệ', 'Năm 2026'],
        ['2', 'Bảo vệ chủ quyền biên giới của BĐBP tỉnh Đắk Låk', 'Công an tỉnh', 'Năm 2026'],
        ['3', 'KÕ ho¹ch thùc hiÖn', 'Sở Tư pháp', 'Năm 2026'],
        ['4', 'Đoàn đi Malmö, Thụy Điển', 'Sở Ngoại vụ', 'Năm 2026'],
      ]),
    );
    const odd = validate(appendix).findings.filter((f) => f.code === 'odd-letter');
    expect(odd.map((f) => [f.cell, f.severity, f.data?.word, f.data?.meant])).toEqual([
      ['B3', 'warning', 'Låk', 'Lắk'],
    ]);
  });
});
