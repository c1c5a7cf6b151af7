import {
  convertLegacy,
  convertTcvn3,
  convertVni,
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
    // Upper-case marks and ơ with a tone count too: headings are often in capitals.
    ['UÛy ban nhaân daân tænh', 'vni'],
    ['UÛY BAN NHAÂN DAÂN TÆNH', 'vni'],
    ['KEÁ HOAÏCH THÖÏC HIEÄN', 'vni'],
    ['Thôøi gian thöïc hieän', 'vni'],
    ['Ngaân saùch tænh', undefined], // too short to tell
    ['XUÂN, QUÊ, CHUYÊN, TIÊN', undefined], // Unicode capitals that look like VNI pairs
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

describe('convertVni', () => {
  it.each([
    ['Keá hoaïch thöïc hieän', 'Kế hoạch thực hiện'],
    ['UÛy ban nhaân daân tænh', 'Ủy ban nhân dân tỉnh'],
    ['Quyeát ñònh soá 15/QÑ-UBND', 'Quyết định số 15/QĐ-UBND'],
    ['Ñaûng uûy caùc cô quan Ñaûng tænh', 'Đảng ủy các cơ quan Đảng tỉnh'],
    ['Sôû Vaên hoùa, Theå thao vaø Du lòch', 'Sở Văn hóa, Thể thao và Du lịch'],
    ['Thöôøng xuyeân', 'Thường xuyên'],
    ['Hoäi nghò toång keát naêm', 'Hội nghị tổng kết năm'],
    ['Ngaân saùch nhaø nöôùc', 'Ngân sách nhà nước'],
    ['Phoøng choáng thieân tai, tìm kieám cöùu naïn', 'Phòng chống thiên tai, tìm kiếm cứu nạn'],
    ['UÛY BAN NHAÂN DAÂN TÆNH ÑOÀNG NAI', 'ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI'],
    ['ÑIEÀU 5. ÑOÁI TÖÔÏNG AÙP DUÏNG', 'ĐIỀU 5. ĐỐI TƯỢNG ÁP DỤNG'],
  ])('reads the phrase %j as %j', (legacy, unicode) => {
    expect(convertVni(legacy)).toBe(unicode);
  });

  // Each row: one vowel with its five tones (sắc, huyền, hỏi, ngã, nặng), then the same in capitals.
  it.each([
    ['caùc, nhaø, baûn, Xaõ, baïn', 'các, nhà, bản, Xã, bạn'],
    ['aên, baét, baèng, khaúng, Naüng, chaën', 'ăn, bắt, bằng, khẳng, Nẵng, chặn'],
    ['daân, caáp, taàng, ñaåy, maãu, laäp', 'dân, cấp, tầng, đẩy, mẫu, lập'],
    ['xeù, beø, keû, veõ, meï', 'xé, bè, kẻ, vẽ, mẹ'],
    ['leân, keát, veà, ñeå, dieãn, hieän', 'lên, kết, về, để, diễn, hiện'],
    ['phí, trì, tænh, nghóa, lòch', 'phí, trì, tỉnh, nghĩa, lịch'],
    ['coù, hoøa, coû, voõ, hoïc', 'có, hòa, cỏ, võ, học'],
    ['coâng, soá, toàn, toång, moãi, hoäi', 'công, số, tồn, tổng, mỗi, hội'],
    ['cô, môùi, môøi, ôû, nhôõ, lôïi', 'cơ, mới, mời, ở, nhỡ, lợi'],
    ['phuù, muø, cuû, vuõ, cuï', 'phú, mù, củ, vũ, cụ'],
    ['öu, öùng, öøng, söûa, nhöõng, löïc', 'ưu, ứng, ừng, sửa, những, lực'],
    ['Quyù, Huyønh, Thuyû, Myõ, quî', 'Quý, Huỳnh, Thuỷ, Mỹ, quỵ'],
    ['ñaát ñai', 'đất đai'],
    ['CAÙC, NHAØ, BAÛN, XAÕ, BAÏN', 'CÁC, NHÀ, BẢN, XÃ, BẠN'],
    ['AÊN, BAÉT, BAÈNG, KHAÚNG, NAÜNG, CHAËN', 'ĂN, BẮT, BẰNG, KHẲNG, NẴNG, CHẶN'],
    ['DAÂN, CAÁP, TAÀNG, ÑAÅY, MAÃU, LAÄP', 'DÂN, CẤP, TẦNG, ĐẨY, MẪU, LẬP'],
    ['XEÙ, BEØ, KEÛ, VEÕ, MEÏ', 'XÉ, BÈ, KẺ, VẼ, MẸ'],
    ['LEÂN, KEÁT, VEÀ, ÑEÅ, DIEÃN, HIEÄN', 'LÊN, KẾT, VỀ, ĐỂ, DIỄN, HIỆN'],
    ['PHÍ, TRÌ, TÆNH, NGHÓA, LÒCH', 'PHÍ, TRÌ, TỈNH, NGHĨA, LỊCH'],
    ['COÙ, HOØA, COÛ, VOÕ, HOÏC', 'CÓ, HÒA, CỎ, VÕ, HỌC'],
    ['COÂNG, SOÁ, TOÀN, TOÅNG, MOÃI, HOÄI', 'CÔNG, SỐ, TỒN, TỔNG, MỖI, HỘI'],
    ['CÔ, MÔÙI, MÔØI, ÔÛ, NHÔÕ, LÔÏI', 'CƠ, MỚI, MỜI, Ở, NHỠ, LỢI'],
    ['PHUÙ, MUØ, CUÛ, VUÕ, CUÏ', 'PHÚ, MÙ, CỦ, VŨ, CỤ'],
    ['ÖU, ÖÙNG, ÖØNG, SÖÛA, NHÖÕNG, LÖÏC', 'ƯU, ỨNG, ỪNG, SỬA, NHỮNG, LỰC'],
    ['QUYÙ, HUYØNH, THUYÛ, MYÕ, QUÎ', 'QUÝ, HUỲNH, THUỶ, MỸ, QUỴ'],
    ['ÑAÁT ÑAI', 'ĐẤT ĐAI'],
  ])('reads the letters %j as %j', (legacy, unicode) => {
    expect(convertVni(legacy)).toBe(unicode);
  });

  it('reads a pair before a single character: ô alone is ơ, oâ is ô, ôù is ớ', () => {
    expect(convertVni('ô oâ ôù oá')).toBe('ơ ô ớ ố');
  });

  it('leaves plain ASCII as it is', () => {
    expect(convertVni('TT 1.2 (A) 15/QD-UBND')).toBe('TT 1.2 (A) 15/QD-UBND');
  });
});

describe('convertLegacy', () => {
  it('converts with the table of the encoding it is given', () => {
    expect(convertLegacy('NhiÖm vô', 'tcvn3')).toBe('Nhiệm vụ');
    expect(convertLegacy('Nhieäm vuï', 'vni')).toBe('Nhiệm vụ');
  });
});
