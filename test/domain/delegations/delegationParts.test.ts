import { declaredCount, formatVnd, headOf, parseDestinations, readCount } from '../../../src/domain';

describe('parseDestinations', () => {
  it.each([
    ['Hồng Công (Trung Quốc)', [{ country: 'Trung Quốc', place: 'Hồng Công' }]],
    [
      'Châu Âu (Pháp, Hà Lan, Đan Mạch)',
      [
        { country: 'Pháp', region: 'Châu Âu' },
        { country: 'Hà Lan', region: 'Châu Âu' },
        { country: 'Đan Mạch', region: 'Châu Âu' },
      ],
    ],
    ['Ô-xtrây-li-a', [{ country: 'Ô-xtrây-li-a' }]],
    ['Lào, Campuchia', [{ country: 'Lào' }, { country: 'Campuchia' }]],
    ['Nhật Bản - Hàn Quốc', [{ country: 'Nhật Bản' }, { country: 'Hàn Quốc' }]],
    ['Singapore và Malaysia.', [{ country: 'Singapore' }, { country: 'Malaysia' }]],
    ['Hoa Kỳ (Texas, California)', [{ country: 'Hoa Kỳ' }]],
    ['', []],
  ])('%j', (text, expected) => {
    expect(parseDestinations(text)).toEqual(expected);
  });
});

describe('readCount', () => {
  it.each([
    ['10', { kind: 'number', value: 10 }],
    ['05 người', { kind: 'number', value: 5 }],
    ['Khoảng 12 người', { kind: 'number', value: 12 }],
    ['08-10', { kind: 'range', min: 8, max: 10 }],
    ['5 đến 7 ngày', { kind: 'range', min: 5, max: 7 }],
    ['theo quy định của Bộ Quốc phòng', { kind: 'rule' }],
    ['Theo thư mời của phía bạn', { kind: 'rule' }],
    ['', { kind: 'blank' }],
    ['0', { kind: 'invalid' }],
    ['2,5', { kind: 'invalid' }],
    ['10-8', { kind: 'invalid' }],
    ['mười', { kind: 'invalid' }],
  ])('%j', (text, expected) => {
    expect(readCount(text)).toEqual(expected);
  });
});

describe('declaredCount', () => {
  it.each([
    ['Các đoàn xúc tiến hợp tác hữu nghị, đầu tư, thương mại, cảng biển và logistics: 07 đoàn', 7],
    ['Các đoàn đào tạo, bồi dưỡng: 04 đoàn', 4],
    ['Các đoàn đào tạo (04 đoàn)', 4],
    ['Các đoàn đào tạo, bồi dưỡng', undefined],
    ['Đoàn 2 của tỉnh', undefined],
  ])('%j', (title, expected) => {
    expect(declaredCount(title)).toBe(expected);
  });
});

describe('headOf', () => {
  it('takes the member marked head of delegation, whatever commas its title holds', () => {
    expect(headOf('Phó Chủ tịch UBND tỉnh (Trưởng Đoàn), các cơ quan liên quan')).toBe(
      'Phó Chủ tịch UBND tỉnh',
    );
    expect(
      headOf(
        'Phó Bí thư Thường trực Tỉnh ủy, Trưởng Đoàn Đại biểu Quốc hội tỉnh (Trưởng Đoàn), các cơ quan liên quan',
      ),
    ).toBe('Phó Bí thư Thường trực Tỉnh ủy, Trưởng Đoàn Đại biểu Quốc hội tỉnh');
    expect(headOf('- Giám đốc Sở Y tế (trưởng đoàn);\n- Bệnh viện tỉnh')).toBe('Giám đốc Sở Y tế');
    expect(headOf('Lãnh đạo Sở Ngoại vụ và chuyên viên')).toBeNull();
  });
});

describe('formatVnd', () => {
  it.each([
    [3_500_000_000, '3.500.000.000'],
    [709_465_000, '709.465.000'],
    [28_709_465_000, '28.709.465.000'],
    [999, '999'],
    [0, '0'],
  ])('%d → %s', (amount, text) => {
    expect(formatVnd(amount)).toBe(text);
  });
});
