import { agencyKey, foldTonePlacement } from '../../../src/domain/agencies';

describe('agencyKey', () => {
  it.each([
    ['NFD and NFC', 'So\u031b\u0309 Ngoa\u0323i vu\u0323', 'Sở Ngoại vụ'],
    ['Uỷ and Ủy', 'Uỷ ban nhân dân tỉnh', 'Ủy ban nhân dân tỉnh'],
    ['Hoà and Hòa', 'UBND huyện Hoà Thành', 'UBND huyện Hòa Thành'],
    ['upper and lower case', 'SỞ NGOẠI VỤ', 'sở ngoại vụ'],
    ['"&" and "và"', 'Sở KH&ĐT', 'Sở KH và ĐT'],
    ['"-" and "và"', 'Sở Kế hoạch - Đầu tư', 'Sở Kế hoạch và Đầu tư'],
    ['"-" without spaces', 'Sở Kế hoạch-Đầu tư', 'Sở Kế hoạch và Đầu tư'],
    ['"–" (en dash)', 'Sở Lao động – Thương binh và Xã hội', 'Sở Lao động - Thương binh và Xã hội'],
    ['"," and "và"', 'Sở Văn hóa, Thể thao và Du lịch', 'Sở Văn hóa và Thể thao và Du lịch'],
    ['UBND and Ủy ban nhân dân', 'UBND tỉnh', 'Ủy ban nhân dân tỉnh'],
    ['TP. and thành phố', 'UBND TP. Vũng Tàu', 'UBND thành phố Vũng Tàu'],
    ['TP without a dot', 'UBND TP Vũng Tàu', 'UBND thành phố Vũng Tàu'],
    ['TX. and thị xã', 'UBND TX. Phú Mỹ', 'UBND thị xã Phú Mỹ'],
    [
      'HĐND and ĐBQH',
      'Văn phòng Đoàn ĐBQH và HĐND tỉnh',
      'Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh',
    ],
    ['ĐBQH without "Đoàn"', 'Văn phòng ĐBQH', 'Văn phòng Đoàn đại biểu Quốc hội'],
    ['BQL and KCN', 'BQL các KCN', 'Ban Quản lý các khu công nghiệp'],
    ['a trailing "tỉnh"', 'Liên hiệp các tổ chức hữu nghị tỉnh', 'Liên hiệp các tổ chức hữu nghị'],
    ['a trailing ";"', 'Sở Nông nghiệp và Phát triển nông thôn;', 'Sở Nông nghiệp và Phát triển nông thôn'],
    ['a trailing "."', 'Sở Ngoại vụ.', 'Sở Ngoại vụ'],
    ['extra and unusual spaces', '  Sở\u00a0Ngoại\n vụ ', 'Sở Ngoại vụ'],
  ])('treats %s alike', (_, a, b) => {
    expect(agencyKey(a)).toBe(agencyKey(b));
  });

  it.each([
    ['Sở Ngoại vụ', 'Sở Nội vụ'],
    ['Sở Văn hóa và Thể thao', 'Sở Văn hóa, Thể thao và Du lịch'],
    ['UBND huyện Xuyên Mộc', 'UBND huyện Côn Đảo'],
    ['Sở Thông tin truyền thông', 'Sở Thông tin và Truyền thông'],
    // "tỉnh" is optional only at the end.
    ['Tỉnh đoàn', 'Đoàn'],
  ])('keeps %j and %j apart', (a, b) => {
    expect(agencyKey(a)).not.toBe(agencyKey(b));
  });

  it('spells out the key as folded words and one separator symbol', () => {
    expect(agencyKey('Sở Kế hoạch - Đầu tư')).toBe('so ke hoach + dau tu');
    expect(agencyKey('UBND TP. Vũng Tàu')).toBe('uy ban nhan dan thanh pho vung tau');
  });

  it('gives an empty key for text without words', () => {
    expect(agencyKey(' ;, - ')).toBe('');
  });
});

describe('foldTonePlacement', () => {
  it.each([
    ['Hòa', 'Hoà'],
    ['Khánh Hòa', 'Khánh Hoà'],
    ['Thanh Hóa', 'Thanh Hoá'],
    ['Ủy ban', 'Uỷ ban'],
    ['thủy lợi', 'thuỷ lợi'],
    ['khỏe', 'khoẻ'],
  ])('treats %j and %j alike', (a, b) => {
    expect(foldTonePlacement(a)).toBe(foldTonePlacement(b));
  });

  it('keeps other diacritics', () => {
    expect(foldTonePlacement('Sở Ngoại vụ')).toBe('Sở Ngoại vụ');
  });
});
