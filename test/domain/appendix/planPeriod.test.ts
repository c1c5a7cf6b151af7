import { planPeriod, readPlan } from '../../../src/domain/appendix/readPlan';

const lines = (...texts: string[]) => texts.map((text, i) => ({ rowNumber: i + 1, text }));

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
    // Session 23 probe: a law named with its year — the year is the law's.
    [
      'DANH MỤC VĂN BẢN QUY ĐỊNH CHI TIẾT LUẬT ĐẦU TƯ CÔNG NĂM 2024 GIAO ĐỊA PHƯƠNG',
      2025,
      { from: 2025, to: null },
    ],
    ['TRIỂN KHAI THI HÀNH LUẬT ĐẤT ĐAI NĂM 2024 TRÊN ĐỊA BÀN TỈNH NĂM 2025', 2025, { from: 2025, to: 2025 }],
    ['Kế hoạch thực hiện Bộ luật Lao động năm 2019', 2025, { from: 2025, to: null }],
    ['Triển khai Hiến pháp năm 2013', 2025, { from: 2025, to: null }],
    // The law in general is qualified by the plan's year.
    ['KẾ HOẠCH PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT NĂM 2026', 2025, { from: 2026, to: 2026 }],
    ['Tuyên truyền các luật mới năm 2025', 2025, { from: 2025, to: 2025 }],
  ])('%s', (title, year, expected) => {
    expect(planPeriod(title, year)).toEqual(expected);
  });
});

describe('readPlan: whose plan it is', () => {
  // Session 19: the reference line may leave the province out that the issuer's heading names.
  it.each([
    [
      [
        'ỦY BAN NHÂN DÂN THÀNH PHỐ HUẾ',
        'PHỤ LỤC',
        '(Kèm theo Kế hoạch số 188/KH-UBND ngày 10/01/2026 của UBND thành phố)',
      ],
      'hue',
    ],
    [
      [
        'TỈNH ỦY ĐỒNG NAI',
        'PHỤ LỤC',
        '(Kèm theo Chương trình hành động số 12-CTr/TU ngày 05/3/2025 của Tỉnh ủy)',
      ],
      'dong-nai',
    ],
    [
      [
        'PHỤ LỤC',
        'KẾ HOẠCH HỢP TÁC VỚI TỈNH LÀO CAI',
        '(Kèm theo Kế hoạch số 5/KH-UBND ngày 10/01/2026 của UBND tỉnh Yên Bái)',
      ],
      'yen-bai',
    ],
    [
      [
        'PHỤ LỤC',
        'KẾ HOẠCH HỢP TÁC VỚI TỈNH LÀO CAI',
        '(Kèm theo Kế hoạch số 5/KH-UBND ngày 10/01/2026 của UBND tỉnh)',
      ],
      null,
    ],
  ])('%j is of %s', (texts, province) => {
    expect(readPlan(lines(...texts)).plan.province).toBe(province);
  });
});

describe('readPlan: the appendix title', () => {
  // Session 21 probe: a letterhead pasted above the table had become the first half of the title.
  it.each([
    [
      [
        'ỦY BAN NHÂN DÂN TỈNH NGHỆ AN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Độc lập - Tự do - Hạnh phúc',
        'Phụ lục I',
        'DANH MỤC NHIỆM VỤ TRỌNG TÂM NĂM 2025',
        '(Kèm theo Kế hoạch số 215/KH-UBND ngày 20/3/2025 của UBND tỉnh)',
      ],
      'DANH MỤC NHIỆM VỤ TRỌNG TÂM NĂM 2025',
    ],
    [
      [
        'CHÍNH PHỦ',
        'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Độc lập – Tự do – Hạnh phúc',
        '---------------',
        'Số: 12/NQ-CP',
        'Hà Nội, ngày 05 tháng 02 năm 2026',
        'NHIỆM VỤ TRỌNG TÂM NĂM 2026',
        '(Kèm theo Nghị quyết số 12/NQ-CP ngày 05/02/2026 của Chính phủ)',
      ],
      'NHIỆM VỤ TRỌNG TÂM NĂM 2026',
    ],
    // A title that names a body stays whole.
    [
      ['PHỤ LỤC', 'NHIỆM VỤ CỦA ỦY BAN NHÂN DÂN CÁC XÃ, PHƯỜNG'],
      'NHIỆM VỤ CỦA ỦY BAN NHÂN DÂN CÁC XÃ, PHƯỜNG',
    ],
  ])('%j is titled %j', (texts, title) => {
    const { plan } = readPlan(lines(...texts));
    expect(plan.title).toBe(title);
  });
});
