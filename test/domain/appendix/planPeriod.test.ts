import { planPeriod } from '../../../src/domain/appendix/readPlan';

describe('planPeriod: the years a plan covers, from its title', () => {
  it.each([
    ['KẾ HOẠCH CÔNG TÁC ĐỐI NGOẠI NĂM 2024', 2024, { from: 2024, to: 2024 }],
    ['… GIAI ĐOẠN 2026 - 2030', 2026, { from: 2026, to: 2030 }],
    ['… giai đoạn 2021–2025', 2022, { from: 2021, to: 2025 }],
    ['… ĐẾN NĂM 2030, TẦM NHÌN ĐẾN NĂM 2045', 2026, { from: 2026, to: 2045 }],
    // The year of a cited document's date is not the plan's (97/NQ-CP in the real corpus).
    [
      '… THỰC HIỆN NGHỊ QUYẾT SỐ 66-NQ/TW NGÀY 30 THÁNG 4 NĂM 2025 CỦA BỘ CHÍNH TRỊ',
      2026,
      { from: 2026, to: null },
    ],
    ['DANH MỤC NHIỆM VỤ TRỌNG TÂM', 2026, { from: 2026, to: null }],
    // Session 16 probe of title wordings.
    ['PHÂN CÔNG NHIỆM VỤ NĂM 2026 VÀ CÁC NĂM TIẾP THEO', 2026, { from: 2026, to: null }],
    ['NHIỆM VỤ GIAI ĐOẠN 2021 – 2025 VÀ ĐỊNH HƯỚNG ĐẾN NĂM 2030', 2022, { from: 2021, to: 2030 }],
    ['CHƯƠNG TRÌNH HÀNH ĐỘNG NHIỆM KỲ 2025 - 2030', 2025, { from: 2025, to: 2030 }],
    ['DANH MỤC NHIỆM VỤ', null, null],
  ])('%s', (title, year, expected) => {
    expect(planPeriod(title, year)).toEqual(expected);
  });
});
