import { isChildTt, parseTt, ttLevel } from '../../../src/domain/appendix/parseTt';

describe('parseTt', () => {
  it.each([
    ['I', 'roman', 'I', ''],
    ['VIII', 'roman', 'VIII', ''],
    ['XIV.', 'roman', 'XIV', ''],
    ['II.I', 'roman-sub', 'II.I', ''],
    ['III.II', 'roman-sub', 'III.II', ''],
    ['II.1', 'roman-sub', 'II.1', ''],
    ['A', 'letter', 'A', ''],
    ['C', 'letter', 'C', ''],
    ['Đ.', 'letter', 'Đ', ''],
    ['5', 'number', '5', ''],
    [' 5.1 ', 'number', '5.1', ''],
    ['3.4.', 'number', '3.4', ''],
    ['1.2.3', 'number', '1.2.3', ''],
    ['1)', 'number', '1', ''],
    ['a)', 'sub-letter', 'a', ''],
    ['b', 'sub-letter', 'b', ''],
    // An item lettered under its number (session 20 probe).
    ['1.a', 'sub-letter', '1.a', ''],
    ['2.1.b)', 'sub-letter', '2.1.b', ''],
    ['-', 'bullet', '', ''],
    ['+', 'bullet', '', ''],
    ['', 'empty', '', ''],
    ['   ', 'empty', '', ''],
    ['I. CÔNG TÁC ĐỐI NGOẠI ĐẢNG', 'roman', 'I', 'CÔNG TÁC ĐỐI NGOẠI ĐẢNG'],
    [
      '1. Các đoàn do lãnh đạo tỉnh làm Trưởng đoàn:',
      'number',
      '1',
      'Các đoàn do lãnh đạo tỉnh làm Trưởng đoàn:',
    ],
    ['B. Nhiệm vụ', 'letter', 'B', 'Nhiệm vụ'],
    ['* Chưa bao gồm các đoàn', 'text', '', '* Chưa bao gồm các đoàn'],
    ['Ghi chú: số liệu tạm tính', 'text', '', 'Ghi chú: số liệu tạm tính'],
    ['TT', 'text', '', 'TT'],
    // Items numbered in brackets (07-KL/VPTW, 653/TB-VPCP 2025), as a plan text's import writes them.
    ['(1)', 'bracketed', '(1)', ''],
    ['(ii) Khẩn trương', 'bracketed', '(ii)', 'Khẩn trương'],
    ['(1', 'text', '', '(1'],
  ])('reads %j as %s %j', (text, kind, label, rest) => {
    const tt = parseTt(text);
    expect(tt.kind).toBe(kind);
    expect(tt.label).toBe(label);
    expect(tt.rest).toBe(rest);
  });

  it('orders levels: letters, Roman, Roman sub-sections, numbers by depth, lettered items, bullets', () => {
    const levels = ['A', 'II', 'II.I', '5', '5.1', '5.1.2', 'a', '-'].map((t) => ttLevel(parseTt(t)));
    expect([...levels].sort((x, y) => x - y)).toEqual(levels);
    expect(new Set(levels).size).toBe(levels.length);
  });

  it.each([
    ['5', '5.1', true],
    ['5', '5.1.1', true],
    ['5', '6', false],
    ['5', '6.1', false],
    ['5.1', '5.1.2', true],
    ['5', 'a', true],
    ['5', '-', true],
    ['5', '', false],
  ])('treats %j → %j as parent and child: %s', (parent, child, expected) => {
    expect(isChildTt(parseTt(parent), parseTt(child))).toBe(expected);
  });
});
