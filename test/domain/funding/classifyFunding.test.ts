import type { FundingCategory } from '../../../src/domain/funding';
import {
  classifyFunding,
  classifyFundingValue,
  FUNDING_CATEGORIES,
  FUNDING_CATEGORY_LABELS,
  FundingSchema,
} from '../../../src/domain/funding';

describe('classifyFunding vocabulary', () => {
  it.each<[string, FundingCategory[]]>([
    ['Ngân sách tỉnh', ['provincial-budget']],
    // Session 19 probe of usual wordings.
    ['Không', ['no-cost']],
    ['Vốn đầu tư phát triển', ['project']],
    ['Kinh phí của doanh nghiệp', ['socialization']],
    ['Nguồn thu phí, lệ phí', ['self-funded']],
    ['Kinh phí khuyến công', ['project']],
    ['Từ nguồn kinh phí được giao', ['regular-operating']],
    // Session 16 probe of usual wordings.
    ['Trong dự toán được giao hằng năm', ['regular-operating']],
    ['Theo phân cấp ngân sách hiện hành', ['state-budget']],
    ['Kinh phí sự nghiệp khoa học và công nghệ', ['regular-operating']],
    ['Nguồn thu sự nghiệp', ['self-funded']],
    ['Vốn doanh nghiệp', ['socialization']],
    ['Nguồn cải cách tiền lương', ['state-budget']],
    // Session 20 probe: the bodies' own budgets, retained revenue, the insurance fund, "tự bảo đảm", counterpart funds.
    ['Kinh phí của các cơ quan, đơn vị', ['regular-operating']],
    ['Nguồn thu để lại', ['self-funded']],
    ['Quỹ Bảo hiểm y tế', ['other-lawful']],
    ['Doanh nghiệp tự bảo đảm', ['self-funded']],
    ['Nguồn vốn đối ứng', ['project']],
    // Session 17: loans other than concessional ones, and the State's funds outside the budget.
    ['Vốn vay', ['other-lawful']],
    ['Vốn tín dụng', ['other-lawful']],
    ['Vốn vay ODA', ['oda-aid']],
    ['Quỹ Phát triển đất tỉnh', ['other-lawful']],
    ['Quỹ Bảo vệ môi trường', ['other-lawful']],
    ['Ngân sách tỉnh, quý IV', ['provincial-budget']],
    ['NS tỉnh', ['provincial-budget']],
    ['Ngân sách cấp tỉnh', ['provincial-budget']],
    ['Ngân sách cấp cho Sở Y tế', ['provincial-budget']],
    ['Ngân sách thành phố Hà Nội', ['provincial-budget']],
    ['Ngân sách TP. Hồ Chí Minh', ['provincial-budget']],
    ['Ngân sách trung ương', ['central-budget']],
    ['NSTW', ['central-budget']],
    ['Kinh phí do Bộ Ngoại giao bố trí', ['central-budget']],
    ['Kinh phí do Bộ Quốc phòng bố trí', ['central-budget', 'defence-security']],
    ['Ngân sách trung ương và ngân sách tỉnh', ['central-budget', 'provincial-budget']],
    ['Ngân sách nhà nước', ['state-budget']],
    ['NSNN', ['state-budget']],
    ['Ngân sách địa phương', ['local-budget']],
    ['NSĐP', ['local-budget']],
    ['Ngân sách cấp xã', ['local-budget']],
    ['Chi thường xuyên', ['regular-operating']],
    ['Dự toán chi thường xuyên được giao', ['regular-operating']],
    ['Kinh phí chi thường xuyên của đơn vị', ['regular-operating']],
    ['Kinh phí hoạt động của đơn vị', ['regular-operating']],
    ['Kinh phí đi công tác nước ngoài', ['delegation-out']],
    ['Kinh phí đón tiếp khách nước ngoài', ['delegation-in']],
    ['Kinh phí đối ngoại', ['foreign-affairs']],
    ['Kinh phí hợp tác quốc tế', ['foreign-affairs']],
    ['Kinh phí đào tạo, bồi dưỡng', ['training']],
    ['Kinh phí xúc tiến đầu tư', ['promotion']],
    ['Kinh phí xúc tiến thương mại, du lịch', ['promotion']],
    ['Chương trình mục tiêu quốc gia', ['project']],
    ['Lồng ghép các chương trình, dự án', ['project']],
    ['Kinh phí thực hiện Đề án', ['project']],
    ['Xã hội hóa', ['socialization']],
    ['Ngân sách tỉnh và xã hội hóa', ['provincial-budget', 'socialization']],
    ['Tài trợ', ['sponsorship']],
    ['Đối tác đài thọ', ['sponsorship']],
    ['Vốn ODA và vốn vay ưu đãi', ['oda-aid']],
    ['Viện trợ PCPNN', ['oda-aid']],
    ['Tự túc', ['self-funded']],
    ['Đơn vị tự bố trí', ['self-funded']],
    ['Kinh phí từ chủ đầu tư', []],
    ['Không phát sinh kinh phí', ['no-cost']],
    ['Không sử dụng ngân sách nhà nước', ['no-cost']],
    ['Nguồn hợp pháp khác', ['other-lawful']],
    ['Các nguồn kinh phí hợp pháp khác', ['other-lawful']],
  ])('reads %j as %j', (text, categories) => {
    expect(classifyFunding(text).categories).toEqual(categories);
  });

  it('lists each category once, in order of first mention', () => {
    expect(
      classifyFunding('Kinh phí đoàn vào; ngân sách tỉnh; kinh phí đoàn vào năm sau').categories,
    ).toEqual(['delegation-in', 'provincial-budget']);
  });

  it('reads NFD text, capitals and missing diacritics alike', () => {
    const forms = [
      'Ngân sách tỉnh (kinh phí đoàn vào)'.normalize('NFD'),
      'NGÂN SÁCH TỈNH (KINH PHÍ ĐOÀN VÀO)',
      'ngan sach tinh (kinh phi doan vao)',
    ];
    for (const text of forms) {
      expect(classifyFunding(text).categories).toEqual(['provincial-budget', 'delegation-in']);
    }
  });

  it('does not read the provincial police budget as the provincial budget', () => {
    expect(classifyFunding('Ngân sách Công an tỉnh').categories).toEqual(['defence-security']);
  });
});

describe('district-level budgets', () => {
  it.each([
    'Ngân sách huyện',
    'Ngân sách cấp huyện',
    'NS huyện',
    'Ngân sách thị xã',
    'Ngân sách thành phố',
    'Ngân sách thành phố Vũng Tàu',
    'Ngân sách quận',
  ])('flags %j as district level', (text) => {
    const funding = classifyFunding(text);
    expect(funding.categories).toEqual(['local-budget']);
    expect(funding.districtLevel).toBe(true);
  });

  it.each(['Ngân sách tỉnh', 'Ngân sách địa phương', 'Ngân sách cấp xã', 'Ngân sách thành phố Đà Nẵng'])(
    'does not flag %j',
    (text) => {
      expect(classifyFunding(text).districtLevel).toBe(false);
    },
  );

  it('reads a bare "ngân sách thành phố" as provincial in the plan of a centrally-run city', () => {
    const funding = classifyFunding('Ngân sách thành phố', { planIsCentralCity: true });
    expect(funding.categories).toEqual(['provincial-budget']);
    expect(funding.districtLevel).toBe(false);
  });
});

describe('conditional funding', () => {
  it.each([
    'Theo Kế hoạch đoàn ra, đoàn vào',
    'Theo KH đoàn ra được phê duyệt',
    'Kinh phí đoàn ra theo chương trình của tỉnh',
    'Tùy theo thực tế',
    'Theo lời mời của đối tác',
  ])('marks %j conditional', (text) => {
    expect(classifyFunding(text).conditional).toBe(true);
  });

  it('does not mark a plain source conditional', () => {
    expect(classifyFunding('Kinh phí đoàn ra').conditional).toBe(false);
  });
});

describe('unclassified and blank cells', () => {
  it.each(['', '   ', '\u00a0\u200b'])('treats blank %j as no source and not unclassified', (text) => {
    expect(classifyFunding(text)).toEqual({
      text,
      categories: [],
      amounts: [],
      districtLevel: false,
      unclassified: false,
      conditional: false,
    });
  });

  it.each(['Chưa xác định', 'x', '10.000 USD', 'Theo Kế hoạch 124-KH/TU'])(
    'marks %j unclassified',
    (text) => {
      expect(classifyFunding(text).unclassified).toBe(true);
    },
  );

  it('does not mark a bare amount unclassified', () => {
    expect(classifyFunding('500 triệu đồng')).toMatchObject({ amounts: [500000000], unclassified: false });
  });

  it('keeps the text as written', () => {
    const text = '  Ngân sách tỉnh\n';
    expect(classifyFunding(text).text).toBe(text);
  });
});

describe('classifyFundingValue', () => {
  it('reads a number stored as a number as one amount, whatever the display shows', () => {
    expect(classifyFundingValue(709465000, '709,465,000')).toMatchObject({
      amounts: [709465000],
      categories: [],
      unclassified: false,
    });
  });

  it('classifies text values by their text', () => {
    expect(classifyFundingValue('Ngân sách huyện', 'Ngân sách huyện')).toMatchObject({
      categories: ['local-budget'],
      districtLevel: true,
    });
  });

  it('falls back to the value when the display text is blank', () => {
    expect(classifyFundingValue(1900000000, '').amounts).toEqual([1900000000]);
  });

  it('does not take a negative number for an amount', () => {
    expect(classifyFundingValue(-5, '-5')).toMatchObject({ amounts: [], unclassified: true });
  });

  it('treats an empty cell as blank', () => {
    expect(classifyFundingValue(null, '').unclassified).toBe(false);
  });
});

describe('FundingSchema and labels', () => {
  it('describes what classifyFunding returns', () => {
    const funding = classifyFunding('Ngân sách huyện, theo Kế hoạch đoàn ra; 1 tỷ 500 triệu đồng');
    expect(FundingSchema.parse(funding)).toEqual(funding);
  });

  it('rejects an unknown category code', () => {
    const funding = { ...classifyFunding('Ngân sách tỉnh'), categories: ['province'] };
    expect(FundingSchema.safeParse(funding).success).toBe(false);
  });

  it('labels every category in Vietnamese and English', () => {
    expect(Object.keys(FUNDING_CATEGORY_LABELS).sort()).toEqual([...FUNDING_CATEGORIES].sort());
    for (const label of Object.values(FUNDING_CATEGORY_LABELS)) {
      expect(label.vi.trim()).not.toBe('');
      expect(label.en.trim()).not.toBe('');
    }
  });
});
