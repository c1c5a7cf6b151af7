import { parseAppendix, validate } from '../../../src/domain';
import { formatFinding } from '../../../src/domain/messages';
import { provinceLevelSlips } from '../../../src/domain/rules/content/provinceLevel';
import { gridFrom, HEADER } from '../../helpers/grid';

const slips = (text: string, planDate: string | null = '2024-03-11') =>
  provinceLevelSlips(text, planDate).map((s) => [s.province.name, s.level, s.written]);

describe('provinces listed under a level word they do not have', () => {
  it('finds the provinces a list of cities calls cities (175/NQ-CP 2023, B36)', () => {
    expect(slips('UBND thành phố Hà Nội, Thành phố Hồ Chí Minh, Hòa Bình, Cần Thơ, Lâm Đồng')).toEqual([
      ['Hòa Bình', 'tỉnh', 'thành phố'],
      ['Lâm Đồng', 'tỉnh', 'thành phố'],
    ]);
  });

  it.each([
    ['UBND tỉnh Quảng Ninh, Hải Phòng', [['Hải Phòng', 'thành phố', 'tỉnh']]],
    ['Ủy ban nhân dân tỉnh Đồng Nai, tỉnh Bình Dương, thành phố Cần Thơ', []],
    ['UBND tỉnh Quảng Ninh, tỉnh Hải Phòng', [['Hải Phòng', 'thành phố', 'tỉnh']]],
  ])('%j', (text, expected) => {
    expect(slips(text)).toEqual(expected);
  });

  it('judges a province that became a city by the plan’s day (Đồng Nai, a city from 30/4/2026)', () => {
    expect(slips('UBND tỉnh Bình Phước, Đồng Nai', '2024-03-11')).toEqual([]);
    expect(slips('UBND thành phố Hồ Chí Minh, Đồng Nai', '2024-03-11')).toEqual([
      ['Đồng Nai', 'tỉnh', 'thành phố'],
    ]);
    expect(slips('UBND thành phố Hồ Chí Minh, Đồng Nai', '2026-06-01')).toEqual([]);
    expect(slips('UBND thành phố Hồ Chí Minh, Đồng Nai', null)).toEqual([]);
  });

  it.each([
    'UBND thành phố Hòa Bình',
    'UBND thành phố Hà Nội, Đà Nẵng',
    'UBND các tỉnh, thành phố trực thuộc trung ương',
    'UBND tỉnh Đồng Nai, Sở Tài chính, Sở Nội vụ',
    'Sở Tài chính tỉnh Lâm Đồng, UBND các xã',
  ])('leaves %j alone', (text) => {
    expect(slips(text)).toEqual([]);
  });

  it('is one warning per cell, naming every such province', () => {
    const findings = validate(
      parseAppendix(
        gridFrom([
          ['(Kèm theo Nghị quyết số 175/NQ-CP ngày 30/10/2023 của Chính phủ)'],
          HEADER,
          [
            '1',
            'Xây dựng trung tâm dữ liệu vùng',
            'UBND thành phố Hà Nội, Hòa Bình, Lâm Đồng',
            'Năm 2024',
            '',
            '',
          ],
        ]),
      ),
    ).findings.filter((f) => f.code === 'province-level');
    expect(findings.map((f) => [f.cell, f.severity])).toEqual([['C3', 'warning']]);
    expect(formatFinding(findings[0] ?? { code: '', data: {} }, 'vi')).toBe(
      'Hòa Bình, Lâm Đồng là tỉnh, không phải thành phố: danh sách ghi chung dưới "thành phố" đã gọi sai cấp.',
    );
  });
});
