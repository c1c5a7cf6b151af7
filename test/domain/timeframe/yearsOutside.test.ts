import { parseTimeframe, yearsOutside } from '../../../src/domain/timeframe';

describe('yearsOutside', () => {
  it.each([
    ['Quý II', []],
    ['Thường xuyên', []],
    ['trong năm 2024', []],
    ['Quý II/2024', []],
    ['Quý II/2023', [2023]],
    ['Tháng 6/2025', [2025]],
    ['Trước ngày 31/1/2025', [2025]],
    ['Năm 2023; Quý I/2025', [2023, 2025]],
    ['Giai đoạn 2021–2025', []],
    ['2024-2025', []],
    ['Đến năm 2025', []],
    ['từ năm 2025', [2025]],
    ['Giai đoạn 2016–2020', [2016, 2020]],
    ['Theo Hướng dẫn của Bộ Ngoại giao năm 2024.', []],
    ['Theo Hướng dẫn của Bộ Ngoại giao năm 2023.', [2023]],
    ['Theo Kế hoạch 217/KH-UBND ngày 31/12/2021', []],
  ])('finds in %j, for the plan year 2024, the years %j', (text, years) => {
    expect(yearsOutside(parseTimeframe(text), 2024)).toEqual(years);
  });
});
