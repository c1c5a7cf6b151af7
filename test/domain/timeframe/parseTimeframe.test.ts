import type { TimeframePart } from '../../../src/domain/timeframe';
import { isUnparsed, parseTimeframe, TimeframeSchema } from '../../../src/domain/timeframe';

type Reading = TimeframePart extends infer P ? (P extends unknown ? Omit<P, 'text'> : never) : never;

/** Expects the cell to read as this one part, whatever its text (checked separately). */
function expectOnlyPart(text: string, expected: Reading): void {
  expect(parseTimeframe(text).parts).toEqual([{ ...expected, text: expect.any(String) }]);
}

describe('parseTimeframe: the appendix vocabulary (domain.md §5)', () => {
  it.each<[string, Reading]>([
    ['Quý I', { kind: 'quarter', quarters: [1] }],
    // Forms of the real corpus and the issue "Any real appendix…".
    ['Quí IV-2025', { kind: 'quarter', quarters: [4], year: 2025 }],
    ['Quý IV/2025', { kind: 'quarter', quarters: [4], year: 2025 }],
    ['trong quý I năm 2026', { kind: 'quarter', quarters: [1], year: 2026 }],
    ['Triển khai trong quý III/2026', { kind: 'quarter', quarters: [3], year: 2026 }],
    ['100 ngày kể từ ngày ban hành Kế hoạch', { kind: 'linked' }],
    ['Từ ngày ban hành Kế hoạch trở đi', { kind: 'linked' }],
    ['Giai đoạn 2026 - 2027', { kind: 'period', from: { year: 2026 }, to: { year: 2027 } }],
    ['năm 2026 - 2027', { kind: 'period', from: { year: 2026 }, to: { year: 2027 } }],
    ['Quý IV', { kind: 'quarter', quarters: [4] }],
    ['Quý 3', { kind: 'quarter', quarters: [3] }],
    ['Quý II/2024', { kind: 'quarter', quarters: [2], year: 2024 }],
    ['Quý II năm 2024', { kind: 'quarter', quarters: [2], year: 2024 }],
    ['Quý 2/2024', { kind: 'quarter', quarters: [2], year: 2024 }],
    ['Quý I, II/2024', { kind: 'quarter', quarters: [1, 2], year: 2024 }],
    ['Quý I, II, III', { kind: 'quarter', quarters: [1, 2, 3] }],
    ['Quý I và II/2024', { kind: 'quarter', quarters: [1, 2], year: 2024 }],
    ['Quý II–III/2024', { kind: 'quarter', quarters: [2, 3], year: 2024 }],
    ['Quý I - IV', { kind: 'quarter', quarters: [1, 2, 3, 4] }],
    ['Quý II - Quý III', { kind: 'quarter', quarters: [2, 3] }],
    ['Quý IV - I', { kind: 'quarter', quarters: [1, 4] }],
    ['Tháng 11 - 2', { kind: 'month', months: [1, 2, 11, 12] }],
    ['trong Quý III', { kind: 'quarter', quarters: [3] }],
    ['Tháng 6/2024', { kind: 'month', months: [6], year: 2024 }],
    ['Tháng 3–4/2024', { kind: 'month', months: [3, 4], year: 2024 }],
    ['Tháng 3, 4/2024', { kind: 'month', months: [3, 4], year: 2024 }],
    // Months without the word, the year required (836/QĐ-BXD 2019's time column).
    ['12/2019', { kind: 'month', months: [12], year: 2019 }],
    ['10-11/2019', { kind: 'month', months: [10, 11], year: 2019 }],
    ['01-4/2021', { kind: 'month', months: [1, 2, 3, 4], year: 2021 }],
    ['tháng 6', { kind: 'month', months: [6] }],
    ['trong tháng 12 năm 2024', { kind: 'month', months: [12], year: 2024 }],
    ['6 tháng đầu năm', { kind: 'half-year', half: 1 }],
    ['6 tháng cuối năm', { kind: 'half-year', half: 2 }],
    ['6 tháng cuối năm 2024', { kind: 'half-year', half: 2, year: 2024 }],
    ['ngày 15/3/2024', { kind: 'date', day: 15, month: 3, year: 2024, iso: '2024-03-15' }],
    ['15/3', { kind: 'date', day: 15, month: 3 }],
    ['ngày 15 tháng 3 năm 2024', { kind: 'date', day: 15, month: 3, year: 2024, iso: '2024-03-15' }],
    ['Trước ngày 30/9', { kind: 'deadline', by: { day: 30, month: 9 } }],
    ['Trước ngày 30/9/2024', { kind: 'deadline', by: { day: 30, month: 9, year: 2024 } }],
    ['trước 30/9', { kind: 'deadline', by: { day: 30, month: 9 } }],
    ['chậm nhất ngày 15/10/2024', { kind: 'deadline', by: { day: 15, month: 10, year: 2024 } }],
    ['hoàn thành trong tháng 6', { kind: 'deadline', by: { month: 6 } }],
    ['Hoàn thành trước quý III/2024', { kind: 'deadline', by: { quarter: 3, year: 2024 } }],
    ['Năm 2024', { kind: 'year', year: 2024 }],
    ['trong năm 2024', { kind: 'year', year: 2024 }],
    ['Cả năm', { kind: 'year' }],
    ['trong năm', { kind: 'year' }],
    ['Thường xuyên', { kind: 'recurring', cadence: 'continuous' }],
    ['thường xuyên trong năm', { kind: 'recurring', cadence: 'continuous' }],
    ['Thường xuyên liên tục', { kind: 'recurring', cadence: 'continuous' }],
    ['liên tục', { kind: 'recurring', cadence: 'continuous' }],
    ['Hằng năm', { kind: 'recurring', cadence: 'yearly' }],
    ['Hàng năm', { kind: 'recurring', cadence: 'yearly' }],
    ['Định kỳ 6 tháng', { kind: 'recurring', cadence: 'half-yearly' }],
    ['định kỳ hằng quý', { kind: 'recurring', cadence: 'quarterly' }],
    ['Định kỳ', { kind: 'recurring', cadence: 'periodic' }],
    ['theo quý', { kind: 'recurring', cadence: 'quarterly' }],
    ['Theo KH đoàn ra', { kind: 'linked' }],
    ['Theo Kế hoạch đoàn ra được phê duyệt', { kind: 'linked' }],
    ['Theo lời mời của đối tác', { kind: 'linked' }],
    ['Khi có yêu cầu', { kind: 'linked' }],
    ['Dịp kỷ niệm 30 năm thành lập', { kind: 'linked' }],
    ['Theo Hướng dẫn của Bộ Ngoại giao năm 2024.', { kind: 'linked', year: 2024 }],
    ['theo lộ trình hướng dẫn của Bộ Ngoại giao.', { kind: 'linked' }],
    ['Giai đoạn 2021–2025', { kind: 'period', from: { year: 2021 }, to: { year: 2025 } }],
    ['2024-2025', { kind: 'period', from: { year: 2024 }, to: { year: 2025 } }],
    ['Đến năm 2025', { kind: 'period', to: { year: 2025 } }],
    ['đến hết năm 2024', { kind: 'period', to: { year: 2024 } }],
    ['từ năm 2021 đến năm 2025', { kind: 'period', from: { year: 2021 }, to: { year: 2025 } }],
    ['từ nay đến năm 2025', { kind: 'period', to: { year: 2025 } }],
    ['Từ tháng 3 đến tháng 6/2024', { kind: 'period', from: { month: 3 }, to: { month: 6, year: 2024 } }],
    [
      'từ 15-3-2024 đến 30-6-2024',
      { kind: 'period', from: { day: 15, month: 3, year: 2024 }, to: { day: 30, month: 6, year: 2024 } },
    ],
    // The times of the plan corpus' keys (session 17): a day's cadence, events, a start with no end.
    ['hằng ngày', { kind: 'recurring', cadence: 'continuous' }],
    ['ngay khi nước rút', { kind: 'linked' }],
    ['trước khi có lũ tràn về', { kind: 'linked' }],
    ['trong thời gian sớm nhất', { kind: 'linked' }],
    ['trong 24-48 giờ sau khi nước rút', { kind: 'linked' }],
    ['Từ tháng 11/2025 đến khi kết thúc Tổng kiểm kê', { kind: 'period', from: { month: 11, year: 2025 } }],
    ['Từ tháng 11/2013 trở đi', { kind: 'period', from: { month: 11, year: 2013 } }],
  ])('reads %j', (text, expected) => {
    expectOnlyPart(text, expected);
  });

  it.each([
    ['thường xuyên; theo KH đoàn ra, đoàn vào', ['recurring', 'linked']],
    ['Định kỳ 6 tháng, hằng năm', ['recurring', 'recurring']],
    ['Thường xuyên, liên tục', ['recurring', 'recurring']],
    ['Quý I/2024, Quý III/2024', ['quarter', 'quarter']],
    ['Quý II; theo lời mời của đối tác', ['quarter', 'linked']],
    ['theo KH đoàn ra, Quý II', ['linked', 'quarter']],
    ['theo KH đoàn ra và đoàn vào', ['linked']],
    ['Quý I\nQuý II', ['quarter', 'quarter']],
    ['Thường xuyên;', ['recurring']],
    ['- Quý II.', ['quarter']],
    ['trong năm 2024 (theo KH đoàn ra)', ['year', 'linked']],
    ['Thường xuyên (hằng tháng)', ['recurring', 'recurring']],
  ])('splits %j into %j', (text, kinds) => {
    expect(parseTimeframe(text).parts.map((p) => p.kind)).toEqual(kinds);
  });

  it('gives each part the text it came from', () => {
    expect(parseTimeframe('Định kỳ 6 tháng, hằng năm').parts.map((p) => p.text)).toEqual([
      'Định kỳ 6 tháng',
      'hằng năm',
    ]);
  });

  it('collects every written year and the quarters the parts cover', () => {
    const timeframe = parseTimeframe('Quý I/2025; Tháng 6/2024; 6 tháng cuối năm; Giai đoạn 2021–2025');
    expect(timeframe.years).toEqual([2021, 2024, 2025]);
    expect(timeframe.quarters).toEqual([1, 2, 3, 4]);
  });

  it.each([
    ['Thường xuyên', []],
    ['Theo KH đoàn ra', []],
    ['trong năm 2024', []],
    ['Tháng 6', [2]],
    ['Trước ngày 30/9/2024', [3]],
    ['từ tháng 3 đến tháng 6', [1, 2]],
    ['Giai đoạn 2021–2025', []],
  ])('covers, for %j, the quarters %j', (text, quarters) => {
    expect(parseTimeframe(text).quarters).toEqual(quarters);
  });
});

describe('parseTimeframe: impossible values', () => {
  it.each([
    ['Quý V', 'invalid-quarter'],
    ['Quý 5', 'invalid-quarter'],
    ['Quý 0/2024', 'invalid-quarter'],
    ['Quý I, V/2024', 'invalid-quarter'],
    ['Hoàn thành trước quý VI', 'invalid-quarter'],
    ['Tháng 13', 'invalid-month'],
    ['Tháng 0/2024', 'invalid-month'],
    ['Tháng 11–13/2024', 'invalid-month'],
    ['31/6', 'invalid-date'],
    ['30/02/2024', 'invalid-date'],
    ['29/02/2023', 'invalid-date'],
    ['ngày 15/13/2024', 'invalid-date'],
    ['Trước ngày 31/9', 'invalid-date'],
    ['từ 01/3/2024 đến 31/4/2024', 'invalid-date'],
  ])('reports %j as %s and still returns its part', (text, kind) => {
    const timeframe = parseTimeframe(text);
    expect(timeframe.problems).toEqual([{ kind, text: timeframe.parts[0]?.text }]);
    expect(timeframe.parts).toHaveLength(1);
    expect(isUnparsed(timeframe)).toBe(false);
  });

  it('keeps an impossible quarter in its part but out of the covered quarters', () => {
    const timeframe = parseTimeframe('Quý I, V/2024');
    expect(timeframe.parts[0]).toMatchObject({ kind: 'quarter', quarters: [1, 5] });
    expect(timeframe.quarters).toEqual([1]);
  });

  it.each(['29/2', '29/02/2024', 'Trước ngày 30/9', 'Quý IV', 'Tháng 12'])('accepts %j', (text) => {
    expect(parseTimeframe(text).problems).toEqual([]);
  });
});

describe('parseTimeframe: how the text is written', () => {
  it.each([
    ['Quý II/2024', 'Quy II/2024'],
    ['Quý II/2024', 'QUÝ II/2024'],
    ['Quý II/2024', 'quý  ii /  2024'],
    ['Quý II/2024', 'Quý 2 / 2024'],
    ['Quý II/2024', 'QuýII/2024'],
    ['Thường xuyên', 'THUONG XUYEN'],
    ['Thường xuyên', 'Thu\u031bo\u031b\u0300ng xuye\u0302n'],
    ['Tháng 3–4/2024', 'Tháng 3-4/2024'],
    ['Tháng 3–4/2024', 'Tha\u0301ng 3 — 4/2024'],
    ['Giai đoạn 2021–2025', 'Giai đoạn 2021 - 2025'],
    ['Trước ngày 30/9/2024', '\u00a0Trước\u200b ngày 30/9/2024 '],
  ])('reads %j and %j alike', (reference, variant) => {
    const strip = (text: string) => parseTimeframe(text).parts.map((part) => ({ ...part, text: '' }));
    expect(strip(variant)).toEqual(strip(reference));
  });

  it('reads NFD text and returns the part text composed (NFC)', () => {
    const nfd = 'Theo Kế hoạch đoàn ra; Quý II năm 2024'.normalize('NFD');
    expect(parseTimeframe(nfd).parts).toEqual([
      { kind: 'linked', text: 'Theo Kế hoạch đoàn ra' },
      { kind: 'quarter', text: 'Quý II năm 2024', quarters: [2], year: 2024 },
    ]);
  });

  it.each(['', '   ', '\u00a0\u200b', '\n\n'])('returns no part for the blank text %j', (text) => {
    expect(parseTimeframe(text)).toEqual({ text, parts: [], years: [], quarters: [], problems: [] });
    expect(isUnparsed(parseTimeframe(text))).toBe(false);
  });

  it('keeps what it cannot read as an unparsed part with its text', () => {
    const timeframe = parseTimeframe('Quý II; sau Đại hội, trước Tết');
    expect(timeframe.parts).toEqual([
      { kind: 'quarter', text: 'Quý II', quarters: [2] },
      { kind: 'unparsed', text: 'sau Đại hội, trước Tết' },
    ]);
    expect(isUnparsed(timeframe)).toBe(true);
  });

  it('shares one frozen result between equal texts, so a caller cannot change what another one reads', () => {
    const first = parseTimeframe('Quý I, II/2024');
    expect(parseTimeframe('Quý I, II/2024')).toBe(first);
    expect(Object.isFrozen(first.parts)).toBe(true);
    expect(Object.isFrozen(first.parts[0])).toBe(true);
    expect(Object.isFrozen(first.quarters)).toBe(true);
  });

  it('produces output that matches TimeframeSchema', () => {
    const text = 'Quý I, II/2024; Tháng 13; 31/6; Trước ngày 30/9; Giai đoạn 2021–2025; khi có yêu cầu; ???';
    expect(() => TimeframeSchema.parse(parseTimeframe(text))).not.toThrow();
  });
});

describe('parseTimeframe: a verb before the time says nothing of when', () => {
  it('reads "Thực hiện thường xuyên, liên tục" as standing work', () => {
    expect(parseTimeframe('Thực hiện thường xuyên, liên tục').parts.map((p) => p.kind)).toEqual([
      'recurring',
      'recurring',
    ]);
  });
  it('leaves a verb with no time unread', () => {
    expect(isUnparsed(parseTimeframe('Thực hiện nhiệm vụ'))).toBe(true);
  });
});

describe('parseTimeframe: durations, counted from the plan’s start', () => {
  it.each([
    'Trong 30 ngày',
    '30 ngày',
    '07 ngày làm việc',
    'Trong vòng 03 tháng',
    'Sau 06 tháng',
    'Khoảng 2 tuần',
  ])('reads %j as a time counted from an event', (text) => {
    expect(parseTimeframe(text).parts.map((part) => part.kind)).toEqual(['linked']);
  });

  it('reads a bare number as days or months only in a column that counts them', () => {
    expect(parseTimeframe('7').parts.map((part) => part.kind)).toEqual(['unparsed']);
    expect(parseTimeframe('7', 'day')).toMatchObject({
      text: '7',
      parts: [{ kind: 'linked', text: '7' }],
      years: [],
    });
    expect(parseTimeframe(' 30 ', 'month').parts.map((part) => part.kind)).toEqual(['linked']);
    // Words are read as words whatever the column counts in.
    expect(parseTimeframe('Quý II/2026', 'day').parts.map((part) => part.kind)).toEqual(['quarter']);
    expect(parseTimeframe('Sở KHCN đưa ra kế hoạch', 'day').parts.map((part) => part.kind)).toEqual([
      'unparsed',
    ]);
  });
});

// Forms the real corpus left unread (test/fixtures/real; session 16), each with what it means.
describe('parseTimeframe: more forms of real appendices', () => {
  const kinds = (text: string) => parseTimeframe(text).parts.map((part) => part.kind);

  it.each<[string, string[]]>([
    // A noun before "thường xuyên" says nothing of when (qd-2530, kh-179, nq-100 …).
    ['Nhiệm vụ thường xuyên', ['recurring']],
    ['Công việc thường xuyên', ['recurring']],
    // A year, then every year after it (Lâm Đồng 2026, 105/NQ-CP 2026, 88/NQ-CP 2022).
    ['Năm 2026 và các năm tiếp theo', ['year', 'recurring']],
    ['Năm 2022 và những năm tiếp theo', ['year', 'recurring']],
    // Work that starts in a year and goes on (Lâm Đồng 2026-2030).
    ['Bắt đầu triển khai từ năm 2026', ['period']],
    ['Bắt đầu thực hiện từ năm 2026', ['period']],
    // A range of quarters written with a bare dash (Hà Nội 310/KH-UBND 2025).
    ['Quý IV/2025- Quý II/2026', ['period']],
    ['Tháng 10/2025 - Tháng 3/2026', ['period']],
    // Done within a period, then run for good (2530/QĐ-TTg 2025).
    [
      'Hoàn thành trong giai đoạn 2026 - 2027 và vận hành thường xuyên, liên tục',
      ['period', 'recurring', 'recurring'],
    ],
    [
      'Thực hiện trong giai đoạn 2026 - 2030 và vận hành thường xuyên, liên tục',
      ['period', 'recurring', 'recurring'],
    ],
    // Each year, and at each stage (844/QĐ-TTg 2026).
    ['Hằng năm và từng giai đoạn', ['recurring', 'recurring']],
    // A deadline in each following year or month (Lâm Đồng 2026: reports).
    ['Trước ngày 31/01 năm liền kề', ['recurring']],
    ['Trước ngày 05 của tháng liền kề', ['recurring']],
    // A time of each year or quarter (session 16 probe of common forms).
    ['Tháng 12 hằng năm', ['recurring']],
    ['Trước ngày 15/12 hằng năm', ['recurring']],
    ['Quý IV hằng năm', ['recurring']],
    ['Trước ngày 20 tháng cuối quý', ['recurring']],
    // Standing work when asked, every so often, during a stretch of work, at an event (the corpus' notes).
    ['Thực hiện thường xuyên khi có yêu cầu của bộ, ngành Trung ương.', ['recurring']],
    ['Định kỳ 2 năm/lần', ['recurring']],
    ['Báo cáo định kỳ theo thời gian quy định', ['recurring']],
    ['Thường xuyên, định kỳ hằng quý báo cáo về Sở Tài chính', ['recurring', 'recurring']],
    ['Trong quá trình thực hiện Đề án', ['linked']],
    ['Kỳ họp thứ nhất Quốc hội khóa XVI', ['linked']],
    ['Sau 03 tháng kể từ khi có văn bản của Trung ương hoặc Quyết định liên quan', ['linked']],
    ['Thường xuyên trong tháng', ['recurring']],
    ['Hằng năm và giai đoạn', ['recurring', 'recurring']],
    // A time inside a sentence of work (Lâm Đồng 2026): the time is read, the work after "và" goes with it.
    ['Ban hành kế hoạch trong tháng 01/2026 và tổ chức thực hiện', ['month']],
    ['Ban hành kế hoạch chậm nhất là ngày 15/4/2026 và tổ chức thực hiện', ['deadline']],
    ['Thí điểm trong giai đoạn 2026 - 2027', ['period']],
    ['Hoàn thành đầu tư, lắp đặt và vận hành xong trước ngày 01/01/2030', ['deadline']],
    // Session 19 probe of the plan corpus's times: a time of day narrows the day (Công điện 229, 232, 234/CĐ-TTg,
    // 0129/KH-UBND Đắk Lắk 2025), a period runs on, a bracketed cadence, a work verb before "thường xuyên".
    ['trước 17 giờ ngày 27/11/2025', ['deadline']],
    ['Trước 16h30 ngày 20/11/2025', ['deadline']],
    ['8 giờ 30 phút ngày 5/12/2025', ['date']],
    ['trước 15:00 ngày thứ Sáu hàng tuần', ['recurring']],
    ['trước 19h00’ hằng ngày', ['recurring']],
    ['hoàn thành chậm nhất trước ngày 31/12/2025; chậm nhất trước ngày 31/01/2026', ['deadline', 'deadline']],
    ['Từ năm 2013 đến năm 2020 và tiếp theo', ['period', 'recurring']],
    ['thường xuyên và báo cáo định kỳ (6 tháng/ năm)', ['recurring', 'recurring']],
    ['Tháng 11, 12/2013 và kiện toàn thường xuyên', ['month', 'recurring']],
    ['15 giờ', ['unparsed']],
    // A week or a round inside a month, a school year, an event or a season with its year, a duration "trong vòng".
    ['Tuần 1 tháng 12/2025', ['month']],
    // Session 23 probe: the first, last or nth week of a month; all year round.
    ['Tuần đầu tháng 2/2026', ['month']],
    ['Tuần cuối tháng 12/2026', ['month']],
    ['Tuần thứ 2 tháng 3/2026', ['month']],
    ['Quanh năm', ['year']],
    ['Định kỳ hằng quý, năm', ['recurring']],
    ['Báo cáo định kỳ hằng tháng, quý, năm', ['recurring']],
    ['Đợt 1: tháng 11/2025; đợt 2: tháng 3/2026', ['month', 'month']],
    ['Năm học 2025 - 2026', ['period']],
    ['Trước kỳ họp HĐND tỉnh cuối năm 2025', ['linked']],
    ['Trước Tết Nguyên đán Bính Ngọ 2026', ['linked']],
    ['Mùa mưa bão năm 2025', ['linked']],
    ['Trong vòng 10 ngày kể từ ngày ban hành', ['linked']],
    // Session 20 probe: the cadence before the day, a half-year in words or with a leading zero.
    ['Hằng tháng, trước ngày 25', ['recurring']],
    ['Hằng tháng (trước ngày 25)', ['recurring']],
    ['Hằng tuần (thứ Sáu)', ['recurring']],
    ['Sáu tháng đầu năm 2026', ['half-year']],
    ['06 tháng cuối năm', ['half-year']],
    ['thứ hai', ['unparsed']],
    // A cadence after a cadence is no day of it (a property run's counterexample: it recursed without end).
    ['Hằng năm Hằng năm', ['unparsed']],
    // Session 21 probe: the column's word as a label, a milestone's work after a colon or a dash, the month and
    // quarter words cut to their capital, ad-hoc work.
    ['Thời gian: Quý I/2025', ['quarter']],
    ['Thời hạn: 30/6/2025', ['date']],
    ['Hoàn thành: tháng 6/2025', ['month']],
    ['- Quý I/2025: ban hành kế hoạch;\n- Quý IV/2025: tổng kết', ['quarter', 'quarter']],
    ['Quý I/2025 - ban hành kế hoạch', ['quarter']],
    ['T6/2025', ['month']],
    ['Q2/2025', ['quarter']],
    ['Q.II/2025', ['quarter']],
    ['Tổ T1', ['unparsed']],
    ['Đột xuất', ['recurring']],
    ['Thường xuyên, đột xuất', ['recurring', 'recurring']],
    // 2530/QĐ-TTg 2025 and 100/NQ-CP 2026 (the real corpus): after a year, "có" before the work, a hedge, a
    // time of integrating the work into standing work.
    ['Thí điểm trong giai đoạn 2026 - 2027 và thực hiện mở rộng sau năm 2028', ['period', 'period']],
    [
      'Hoàn thành trong quý I năm 2026 và có rà soát, sửa đổi, bổ sung trong các năm tiếp theo (nếu có)',
      ['deadline', 'recurring'],
    ],
    ['Thực hiện thường xuyên, lồng ghép trong nhiệm vụ thường xuyên về tuyên truyền', ['recurring']],
    ['(nếu có)', ['unparsed']],
  ])('reads %j', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  it('keeps a part’s text to the words it came from, the work after it included', () => {
    expect(
      parseTimeframe('Ban hành kế hoạch trong tháng 01/2026 và tổ chức thực hiện').parts[0],
    ).toMatchObject({
      kind: 'month',
      months: [1],
      year: 2026,
      text: 'Ban hành kế hoạch trong tháng 01/2026 và tổ chức thực hiện',
    });
  });

  it('still leaves unread what is neither a time nor work done after one', () => {
    expect(kinds('Quý II/2026, Sở Tài chính')).toEqual(['quarter', 'unparsed']);
    expect(kinds('Ban hành kế hoạch')).toEqual(['unparsed']);
  });

  it('keeps what each form says of its years', () => {
    expect(parseTimeframe('Bắt đầu triển khai từ năm 2026').parts[0]).toMatchObject({ from: { year: 2026 } });
    expect(parseTimeframe('Quý IV/2025- Quý II/2026').parts[0]).toMatchObject({
      from: { quarter: 4, year: 2025 },
      to: { quarter: 2, year: 2026 },
    });
    expect(parseTimeframe('Năm 2026 và các năm tiếp theo').years).toEqual([2026]);
    expect(parseTimeframe('Trước ngày 05 của tháng liền kề').parts[0]).toMatchObject({ cadence: 'monthly' });
    expect(parseTimeframe('Trước ngày 31/01 năm liền kề').parts[0]).toMatchObject({ cadence: 'yearly' });
    expect(parseTimeframe('Quý IV hằng năm').parts[0]).toMatchObject({ cadence: 'yearly' });
    expect(parseTimeframe('Trước ngày 20 tháng cuối quý').parts[0]).toMatchObject({ cadence: 'quarterly' });
    // A year of its own is no time of each year.
    expect(parseTimeframe('Quý IV/2026 hằng năm').parts.map((p) => p.kind)).not.toContain('recurring');
  });

  it('still leaves a date of a cited document, or a bare dash between numbers, to no range', () => {
    expect(kinds('6 - 9')).toEqual(['unparsed']);
    expect(kinds('15-3-2024')).toEqual(['date']);
    expect(kinds('Năm 2026 và các nhiệm vụ khác')).toContain('unparsed');
  });
});
