import {
  convertTcvn3,
  detectLegacyEncoding,
  formatError,
  parseAppendix,
  UnusableWorkbookError,
} from '../../../src/domain';
import { gridFrom } from '../../helpers/grid';

describe('detectLegacyEncoding', () => {
  it.each([
    ['KÕ ho¹ch thùc hiÖn QuyÕt ®Þnh cña Uû ban nh©n d©n tØnh', 'tcvn3'],
    ['NhiÖm vô', undefined], // too short to tell
    ['TT NhiÖm vô C¬ quan chñ tr× Thêi gian thùc hiÖn C¨n cø Nguån kinh phÝ', 'tcvn3'],
    ['Keá hoaïch thöïc hieän Quyeát ñònh cuûa UÛy ban nhaân daân tænh', 'vni'],
    ['Kế hoạch thực hiện Quyết định của Ủy ban nhân dân tỉnh', undefined],
    ['Sở Văn hóa, Thể thao và Du lịch', undefined],
    ['Plain ASCII text only', undefined],
  ])('reads %j as %s', (text, encoding) => {
    expect(detectLegacyEncoding(text)).toBe(encoding);
  });
});

describe('a header typed in a legacy encoding', () => {
  it('is reported as no header, with the encoding named and how to convert it', () => {
    const grid = gridFrom([
      ['TT', 'NhiÖm vô', 'C¬ quan chñ tr×', 'Thêi gian thùc hiÖn', 'C¨n cø', 'Nguån kinh phÝ'],
    ]);
    let error: unknown;
    try {
      parseAppendix(grid);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UnusableWorkbookError);
    expect((error as UnusableWorkbookError).data.legacyEncoding).toBe('tcvn3');
    expect(formatError(error as UnusableWorkbookError)).toContain('bảng mã cũ TCVN3 (ABC)');
  });
});

describe('convertTcvn3', () => {
  it.each([
    // The sentence of ../shared/reference/domain.md §3.1, both ways round.
    [
      'KÕ ho¹ch thùc hiÖn QuyÕt ®Þnh cña Uû ban nh©n d©n tØnh',
      'Kế hoạch thực hiện Quyết định của Uỷ ban nhân dân tỉnh',
    ],
    ['NhiÖm vô', 'Nhiệm vụ'],
    ['C¬ quan chñ tr×', 'Cơ quan chủ trì'],
    ['Th\u00adêng xuyªn', 'Thường xuyên'],
    ['§µ N½ng', 'Đà Nẵng'],
  ])('reads %j as %j', (legacy, unicode) => {
    expect(convertTcvn3(legacy)).toBe(unicode);
  });

  it('leaves plain ASCII as it is', () => {
    expect(convertTcvn3('TT 1.2 (A)')).toBe('TT 1.2 (A)');
  });
});
