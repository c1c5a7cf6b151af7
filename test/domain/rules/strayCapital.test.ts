import { withoutStrayCapital } from '../../../src/domain/rules/content/agencyRules';

describe('withoutStrayCapital: a capital glued to a word of an agency name', () => {
  it.each([
    ['Ủy ban Pháp luật và Tư pháp của HQuốc hội', 'Ủy ban Pháp luật và Tư pháp của Quốc hội'],
    ['SSở Tài chính', 'Sở Tài chính'],
    ['Bộ Y tế, BBộ Công Thương', 'Bộ Y tế, Bộ Công Thương'],
  ])('%j → %j', (name, mended) => {
    expect(withoutStrayCapital(name)).toBe(mended);
  });

  it.each([
    'Văn phòng Chính phủ',
    'Thủ tướng (TTg)',
    'UBND tỉnh',
    'Sở KH&ĐT',
    'VNPost',
    'Đài PT-TH tỉnh',
    'BCĐ 389 tỉnh',
    'GS.TS Nguyễn Văn A',
    'ThS. Lê B',
  ])('leaves %j alone', (name) => {
    expect(withoutStrayCapital(name)).toBeUndefined();
  });
});
