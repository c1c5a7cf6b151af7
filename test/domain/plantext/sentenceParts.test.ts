import { headingAgency } from '../../../src/domain/plantext/headingAgency';
import {
  dutyPartners,
  introPerformers,
  sentencePerformers,
} from '../../../src/domain/plantext/sentenceParts';
import { deadlinesIn, timeInWords } from '../../../src/domain/plantext/taskTimes';
import { splitPerformers } from '../../../src/domain/plantext/splitPerformers';

describe('who carries a task out, as real plans write it', () => {
  it.each([
    // 58/KH-UBND Bà Rịa - Vũng Tàu 2024: "tổ chức" inside a body's name is not its action.
    [
      'Liên hiệp các tổ chức hữu nghị tỉnh chủ trì, phối hợp với Ủy ban nhân dân các huyện, thị xã, thành phố.',
      {
        lead: 'Liên hiệp các tổ chức hữu nghị tỉnh',
        partners: 'Ủy ban nhân dân các huyện, thị xã, thành phố',
      },
    ],
    // 172/KH-UBND TP HCM 2025: "chủ trì" followed by the action, no partners.
    [
      'Sở Nội vụ chủ trì tham mưu Ủy ban nhân dân Thành phố ban hành Kế hoạch',
      { lead: 'Sở Nội vụ', partners: '' },
    ],
    // 254/QĐ-UBND Sơn La 2023: no comma between "chủ trì" and "phối hợp".
    [
      'Công an tỉnh chủ trì phối hợp với Văn phòng UBND tỉnh giúp Chủ tịch UBND tỉnh hướng dẫn',
      { lead: 'Công an tỉnh', partners: 'Văn phòng UBND tỉnh giúp Chủ tịch UBND tỉnh' },
    ],
    ['Công an tỉnh, các cơ quan liên quan.', { lead: 'Công an tỉnh, các cơ quan liên quan', partners: '' }],
  ])('splitPerformers(%j)', (sentence, expected) => {
    expect(splitPerformers(sentence)).toEqual(expected);
  });

  it.each([
    ['Giao Bộ Xây dựng chủ trì, phối hợp với Bộ Tài chính rà soát quy hoạch', 'Bộ Xây dựng'],
    ['Bộ Quốc phòng khẩn trương hoàn thiện hồ sơ', 'Bộ Quốc phòng'],
    [
      'Giao Phó Thủ tướng Chính phủ Trần Hồng Hà trước ngày 15 tháng 11 năm 2025 trực tiếp kiểm tra',
      'Phó Thủ tướng Chính phủ Trần Hồng Hà',
    ],
    ['Sau khi phương án được thông qua, Bộ Tài chính khẩn trương báo cáo Thủ tướng', 'Bộ Tài chính'],
    ['Xây dựng Quy chế bảo vệ BMNN (Giao Công an tỉnh chủ trì, phối hợp với Sở Tư pháp)', 'Công an tỉnh'],
    [
      'Ban Quản lý Dự án 85 khẩn trương tiếp tục chủ trì, phối hợp với Sở Xây dựng Lâm Đồng',
      'Ban Quản lý Dự án 85',
    ],
  ])('sentencePerformers(%j) leads with %j', (sentence, lead) => {
    expect(sentencePerformers(sentence, null)?.lead).toBe(lead);
  });

  it('reads the partners after "phối hợp chặt chẽ với" (631/TB-VPCP 2025)', () => {
    expect(
      sentencePerformers(
        'Đề nghị Ủy ban Kinh tế và Tài chính của Quốc hội phối hợp chặt chẽ với các cơ quan Chính phủ để thẩm tra',
        null,
      ),
    ).toEqual({ lead: 'Ủy ban Kinh tế và Tài chính của Quốc hội', partners: 'các cơ quan Chính phủ' });
  });

  it.each([
    'Tuyên truyền, phổ biến, quán triệt các cơ quan, tổ chức, đơn vị',
    '- Phối hợp với các cơ quan Trung ương, Bộ Tài chính trong việc chỉ đạo thực hiện',
    'Hiện nay tổng khối lượng hoàn thành của Dự án khoảng 61%',
  ])('names no performer in a sentence that starts with its action or a fact: %j', (sentence) => {
    expect(sentencePerformers(sentence, null)).toBeUndefined();
  });

  it.each([
    // 254/QĐ-UBND Sơn La 2023: "Body: duty", the partners at the duty's opening.
    [
      'Sở Tư pháp: Phối hợp với Công an tỉnh kiểm tra việc triển khai, thực hiện Luật Bảo vệ BMNN',
      { lead: 'Sở Tư pháp', partners: 'Công an tỉnh' },
    ],
    [
      'Sở Tài chính: Căn cứ dự toán do Công an tỉnh lập, thực hiện thẩm định',
      { lead: 'Sở Tài chính', partners: '' },
    ],
    // The colon after "có trách nhiệm" closes the action, not a name.
    [
      'Thủ trưởng các sở, ban, ngành trực thuộc UBND tỉnh; Chủ tịch UBND các huyện, thành phố có trách nhiệm: Lãnh đạo, chỉ đạo',
      {
        lead: 'Thủ trưởng các sở, ban, ngành trực thuộc UBND tỉnh; Chủ tịch UBND các huyện, thành phố',
        partners: '',
      },
    ],
  ])('sentencePerformers(%j) reads a body before a colon as the lead', (sentence, expected) => {
    expect(sentencePerformers(sentence, null)).toEqual(expected);
  });

  it('reads a list of provinces after a colon as part of the lead (627/TB-VPCP 2025)', () => {
    expect(
      sentencePerformers(
        'Ủy ban nhân dân các tỉnh, thành phố: Tuyên Quang, Đồng Nai, Hồ Chí Minh, Đồng Tháp khẩn trương rà soát',
        null,
      )?.lead,
    ).toBe('Ủy ban nhân dân các tỉnh, thành phố: Tuyên Quang, Đồng Nai, Hồ Chí Minh, Đồng Tháp');
  });

  it.each([
    [
      '- Chủ trì, phối hợp với Văn phòng UBND tỉnh và các cơ quan có liên quan tham mưu',
      'Văn phòng UBND tỉnh và các cơ quan có liên quan',
    ],
    [
      'Phối hợp Văn phòng UBND tỉnh đánh giá chất lượng phục vụ người dân và doanh nghiệp',
      'Văn phòng UBND tỉnh',
    ],
    [
      '- Phối hợp với các cơ quan Trung ương, Bộ Tài chính trong việc chỉ đạo',
      'các cơ quan Trung ương, Bộ Tài chính',
    ],
    [
      'Phối hợp Sở Nông nghiệp và Môi trường và Ủy ban nhân dân xã, phường tuyên truyền, phổ biến',
      'Sở Nông nghiệp và Môi trường và Ủy ban nhân dân xã, phường',
    ],
    ['- Phối hợp hướng dẫn các cơ quan, tổ chức, đơn vị', ''],
    ['Tổ chức tập huấn cho cán bộ', ''],
  ])('dutyPartners(%j) is %j', (duty, partners) => {
    expect(dutyPartners(duty, null)).toBe(partners);
  });

  it('reads who a section’s introduction gives its items to (623/TB-VPCP 2025), only when it announces them', () => {
    const intro =
      'Để tiếp tục tháo gỡ các khó khăn, vướng mắc trong phát triển kinh tế - xã hội, đạt được mục tiêu tăng trưởng kinh tế 8% trong năm 2025 của Tỉnh, tỉnh Đắk Lắk cần tiếp tục thực hiện quyết liệt, đồng bộ, hiệu quả các chủ trương của Đảng, trong đó lưu ý tập trung thực hiện một số nội dung trọng tâm sau:';
    expect(introPerformers(intro, null)?.lead).toBe('tỉnh Đắk Lắk');
    expect(introPerformers(intro.replace(/:$/u, '.'), null)).toBeUndefined();
    expect(introPerformers('Nội dung thực hiện gồm các nhiệm vụ sau:', null)).toBeUndefined();
  });

  it('takes a heading for a body only when it names one', () => {
    expect(headingAgency('Cục Kinh tế - Quản lý đầu tư xây dựng', '', null)).toBe(
      'Cục Kinh tế - Quản lý đầu tư xây dựng',
    );
    expect(headingAgency('Sở Tài chính - Cơ quan thường trực Ban Chỉ đạo', '', null)).toBe('Sở Tài chính');
    expect(headingAgency('Trách nhiệm của đối tượng thực hiện kiểm kê:', '', null)).toBe(
      'đối tượng thực hiện kiểm kê',
    );
    expect(headingAgency('Các Sở Xây dựng nêu trên', '', null)).toBe('Các Sở Xây dựng nêu trên');
    expect(headingAgency('Các Thỏa thuận quốc tế cấp tỉnh', '', null)).toBeUndefined();
    expect(
      headingAgency('Đối với dự án cảng hàng không quốc tế Long Thành', 'Nhiệm vụ của các bộ', null),
    ).toBeUndefined();
  });

  it.each([
    // 09/CT-UBND Cần Thơ 2025: "tổ chức" between commas, or after "các", is a noun.
    [
      'Các cơ quan quản lý nhà nước, tổ chức, cá nhân liên quan có trách nhiệm tổ chức, thực hiện',
      'Các cơ quan quản lý nhà nước, tổ chức, cá nhân liên quan',
    ],
    // 96/CĐ-BXD 2025: "căn cứ" after the bodies opens what they act by.
    [
      'Các cơ quan, đơn vị căn cứ theo chức năng, nhiệm vụ, thẩm quyền khẩn trương triển khai',
      'Các cơ quan, đơn vị',
    ],
    // 556/KH-UBND Đồng Tháp 2025: an action after "việc" is named, not done.
    [
      'Các sở, ban, ngành tỉnh có liên quan tới việc thực hiện Kế hoạch này có trách nhiệm thường xuyên phối hợp',
      'Các sở, ban, ngành tỉnh có liên quan tới việc thực hiện Kế hoạch này',
    ],
  ])('sentencePerformers(%j) leads with %j', (sentence, lead) => {
    expect(sentencePerformers(sentence, null)?.lead).toBe(lead);
  });

  it.each([
    // 0130/KH-UBND Đắk Lắk 2025: a registry name ("Thống kê") or a head word ("Phòng", "Ban", "Báo") opening a
    // task is the task's verb, not a body.
    '- Thống kê số lượng gia súc, gia cầm chết; thực hiện tiêu hủy',
    'Phòng chống bệnh đường ruột',
    'Ban hành quy chế quản lý dữ liệu',
    'Báo cáo kết quả thực hiện',
  ])('names no performer in %j', (sentence) => {
    expect(sentencePerformers(sentence, null)).toBeUndefined();
    expect(headingAgency(sentence, '', null)).toBeUndefined();
  });

  it('takes a heading that says who answers for its items, not one that gives the work', () => {
    expect(headingAgency('Các tổ chức, cá nhân và hộ gia đình trên địa bàn có trách nhiệm:', '', null)).toBe(
      'Các tổ chức, cá nhân và hộ gia đình trên địa bàn',
    );
    expect(
      headingAgency(
        'Giao Ban Quản lý các khu chế xuất chỉ đạo các đơn vị kinh doanh hạ tầng có trách nhiệm:',
        '',
        null,
      ),
    ).toBeUndefined();
  });

  it('reads a sentence’s deadlines, not the dates of its context', () => {
    expect(deadlinesIn('Triển khai Tháng hành động (từ ngày 15/11 đến ngày 15/12) và hưởng ứng')).toEqual([
      'từ ngày 15/11 đến ngày 15/12',
    ]);
    expect(
      deadlinesIn('… kiểm tra trước ngày 15 tháng 11 năm 2025, khánh thành vào ngày 19/12/2025.'),
    ).toEqual(['trước ngày 15 tháng 11 năm 2025', 'vào ngày 19/12/2025']);
    expect(deadlinesIn('Bản ghi nhớ ký năm 2020 đã hết hạn vào năm 2023')).toEqual([]);
  });

  it('reads a long list of heads of bodies as the lead (224/CĐ-TTg 2025), and a sentence’s lead before its "chủ trì"', () => {
    const heads =
      'Bộ trưởng, Thủ trưởng các cơ quan ngang Bộ, cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương, Chủ tịch Hội đồng thành viên, Tổng giám đốc các Tập đoàn, Tổng Công ty, đơn vị liên quan';
    expect(sentencePerformers(`${heads} tiếp tục nâng cao tinh thần trách nhiệm`, null)?.lead).toBe(heads);
    expect(
      sentencePerformers(
        'Tập đoàn Công nghiệp - Viễn thông Quân đội, Tập đoàn Bưu chính Viễn thông Việt Nam chủ trì, phối hợp với Bộ Xây dựng, Đài truyền hình Việt Nam và các bộ, ngành, địa phương, cơ quan (có dự án khánh thành, khởi công...) chủ động chuẩn bị tốt điều kiện',
        null,
      ),
    ).toEqual({
      lead: 'Tập đoàn Công nghiệp - Viễn thông Quân đội, Tập đoàn Bưu chính Viễn thông Việt Nam',
      partners:
        'Bộ Xây dựng, Đài truyền hình Việt Nam và các bộ, ngành, địa phương, cơ quan (có dự án khánh thành, khởi công...)',
    });
    expect(
      sentencePerformers(
        'Bộ Tài chính chủ trì cùng Bộ Xây dựng và các bộ, ngành liên quan rà soát, đánh giá',
        null,
      ),
    ).toEqual({ lead: 'Bộ Tài chính', partners: 'Bộ Xây dựng và các bộ, ngành liên quan' });
    // A long sentence is still no list of bodies.
    expect(
      sentencePerformers(
        'Tiếp tục phát huy truyền thống tốt đẹp tương thân tương ái, tinh thần đoàn kết, chung sức đồng lòng, kề vai, sát cánh vượt qua mọi khó khăn, thách thức, kịp thời hỗ trợ các địa phương bị thiên tai',
        null,
      ),
    ).toBeUndefined();
  });

  it('reads a bullet that opens with its context, and a duty after a class with examples (4085/UBND-ĐT, 0129/KH-UBND 2025)', () => {
    expect(
      sentencePerformers(
        '- Trên cơ sở kết quả khảo sát, Sở Xây dựng chủ trì, phối hợp Trung tâm Chuyển đổi số Thành phố xây dựng, đề xuất',
        'ho-chi-minh',
      ),
    ).toEqual({ lead: 'Sở Xây dựng', partners: 'Trung tâm Chuyển đổi số Thành phố' });
    expect(
      sentencePerformers(
        'Đề nghị các doanh nghiệp viễn thông (VNPT, Viettel, MobiFone và doanh nghiệp khác): Đảm bảo thông tin liên lạc ổn định',
        'dak-lak',
      )?.lead,
    ).toBe('các doanh nghiệp viễn thông (VNPT, Viettel, MobiFone và doanh nghiệp khác)');
  });

  it('takes a heading that gives the work to the heads of bodies, or lists bodies with a dash in a name', () => {
    expect(
      headingAgency(
        'Giao người đứng đầu các cơ quan chuyên môn, cơ quan hành chính khác, các đơn vị sự nghiệp công lập trực thuộc Ủy ban nhân dân Thành phố; Chủ tịch Ủy ban nhân dân các xã, phường và đặc khu',
        '',
        'ho-chi-minh',
      ),
    ).toBe(
      'người đứng đầu các cơ quan chuyên môn, cơ quan hành chính khác, các đơn vị sự nghiệp công lập trực thuộc Ủy ban nhân dân Thành phố; Chủ tịch Ủy ban nhân dân các xã, phường và đặc khu',
    );
    expect(
      headingAgency(
        'Báo và Phát thanh - Truyền hình Đắk Lắk, Sở Văn hóa, Thể thao và Du lịch, Cổng Thông tin điện tử tỉnh và hệ thống truyền thanh cơ sở:',
        '',
        'dak-lak',
      ),
    ).toBe(
      'Báo và Phát thanh - Truyền hình Đắk Lắk, Sở Văn hóa, Thể thao và Du lịch, Cổng Thông tin điện tử tỉnh và hệ thống truyền thanh cơ sở',
    );
    // A colon that opens the list of whom the heading names (556/KH-UBND Đồng Tháp 2025), not one that singles
    // out some of them (234/CĐ-TTg 2025).
    expect(headingAgency('Ủy ban nhân dân các xã: Gia Thuận, Tân Điền, Gò Công Đông', '', 'dong-thap')).toBe(
      'Ủy ban nhân dân các xã: Gia Thuận, Tân Điền, Gò Công Đông',
    );
    expect(
      headingAgency(
        'Chủ tịch Ủy ban nhân dân các tỉnh, thành phố từ Hà Tĩnh đến Lâm Đồng, trong đó trọng tâm là các tỉnh: Đắk Lắk, Khánh Hòa:',
        '',
        null,
      ),
    ).toBe('Chủ tịch Ủy ban nhân dân các tỉnh, thành phố từ Hà Tĩnh đến Lâm Đồng');
    // A body and its role stay cut at the dash (1627/QĐ-UBND Quảng Ngãi 2025).
    expect(
      headingAgency(
        'Sở Tài chính - Cơ quan thường trực Ban Chỉ đạo',
        'Nhiệm vụ của thành viên Ban Chỉ đạo',
        'quang-ngai',
      ),
    ).toBe('Sở Tài chính');
  });

  it.each([
    ['- Thường xuyên kiểm tra, đôn đốc việc cập nhật dữ liệu', 'Thường xuyên'],
    ['Báo cáo Ủy ban nhân dân tỉnh trước 19h00’ hằng ngày', 'trước 19h00’ hằng ngày'],
    [
      'Định kỳ hàng tháng (trước ngày 16 hàng tháng) báo cáo',
      'Định kỳ hàng tháng (trước ngày 16 hàng tháng)',
    ],
    // 2954/QĐ-UBND Sơn La 2025: the further reports after the monthly one, each with its day.
    [
      'tổng hợp báo cáo UBND tỉnh định kỳ hàng tháng (trước ngày 18 hàng tháng), 6 tháng (trước ngày 18/5), tổng kết năm (trước ngày 30/11 hàng năm) hoặc khi có yêu cầu',
      'định kỳ hàng tháng (trước ngày 18 hàng tháng), 6 tháng (trước ngày 18/5), tổng kết năm (trước ngày 30/11 hàng năm)',
    ],
    ['Khắc phục hậu quả trong thời gian sớm nhất có thể', 'trong thời gian sớm nhất có thể'],
    ['Chỉ đạo xử lý môi trường ngay sau khi lũ rút với tinh thần', 'ngay sau khi lũ rút'],
    ['Phun hóa chất trong 24-48 giờ sau khi nước rút.', 'trong 24-48 giờ sau khi nước rút'],
    // Documents of a year, no time.
    ['Bố trí vốn trong kế hoạch hàng năm theo phân cấp', ''],
    ['Thực hiện theo Nghị quyết hằng năm của Hội đồng nhân dân', ''],
    ['Định kỳ báo cáo kết quả', 'Định kỳ'],
    ['Văn phòng Chính phủ theo dõi, báo cáo các cấp hàng ngày theo quy định', 'hàng ngày'],
    ['mẫu báo cáo hàng tuần trước 15:00 ngày thứ Sáu hàng tuần', 'trước 15:00 ngày thứ Sáu hàng tuần'],
  ])('reads the time %j gives in words', (text, time) => {
    expect(timeInWords(text)).toBe(time);
  });

  it('reads heads of the bodies a list names, and the subject after an introduction that lists its own nouns', () => {
    expect(
      sentencePerformers(
        'Bộ trưởng các Bộ: Xây dựng, Công Thương, Văn hóa, Thể thao và Du lịch, Y tế theo chức năng, nhiệm vụ, thẩm quyền chủ động chỉ đạo',
        null,
      )?.lead,
    ).toBe('Bộ trưởng các Bộ: Xây dựng, Công Thương, Văn hóa, Thể thao và Du lịch, Y tế');
    expect(
      sentencePerformers(
        'Trên cơ sở đề nghị của các Bộ, cơ quan liên quan, Bộ Tài chính khẩn trương rà soát, bố trí kinh phí',
        null,
      )?.lead,
    ).toBe('Bộ Tài chính');
    expect(
      sentencePerformers(
        'Trường hợp chất lượng không khí bị ô nhiễm nghiêm trọng (VN_AQI ≥ 301), các đơn vị, trường học chủ động tạm dừng',
        null,
      )?.lead,
    ).toBe('các đơn vị, trường học');
    // Once the introduction says an action, the names after it are its own, no subject (637/TB-VPCP 2025).
    expect(
      sentencePerformers(
        'Để đảm bảo chất lượng, tiến độ hoàn thành 02 công trình, phấn đấu hoàn thành theo chỉ đạo của Đồng chí Tổng Bí thư, Chính phủ, Thủ tướng Chính phủ và phấn đấu tổ chức khánh thành',
        null,
      ),
    ).toBeUndefined();
    expect(
      sentencePerformers('Các đồng chí Bộ trưởng, Thủ trưởng cơ quan ngang Bộ đề cao trách nhiệm', null)
        ?.lead,
    ).toBe('Các đồng chí Bộ trưởng, Thủ trưởng cơ quan ngang Bộ');
  });

  it('reads the Governor and the Deputy Prime Ministers a Công điện assigns (227/CĐ-TTg 2025)', () => {
    expect(
      sentencePerformers('Thống đốc Ngân hàng Nhà nước Việt Nam chỉ đạo các ngân hàng triển khai', null)
        ?.lead,
    ).toBe('Thống đốc Ngân hàng Nhà nước Việt Nam');
    expect(
      sentencePerformers(
        'Phân công các đồng chí Phó Thủ tướng Chính phủ tiếp tục theo dõi thường xuyên',
        null,
      )?.lead,
    ).toBe('Phó Thủ tướng Chính phủ');
  });

  it('reads "Tỉnh" as the province a conclusion speaks to (648/TB-VPCP 2025)', () => {
    expect(sentencePerformers('Tỉnh căn cứ các quy định hiện hành để sắp xếp bố trí xe', null)?.lead).toBe(
      'Tỉnh',
    );
    expect(sentencePerformers('Tỉnh có 20 xã bị ảnh hưởng, cần hỗ trợ', null)).toBeUndefined();
  });

  it('reads the body after "Trong quá trình …" and a university by its head word (2634, 2536/QĐ-TTg 2025)', () => {
    expect(
      sentencePerformers(
        'Trong quá trình thực hiện, nếu cần sửa đổi, bổ sung, Bộ Công Thương rà soát, tổng hợp',
        null,
      )?.lead,
    ).toBe('Bộ Công Thương');
    expect(
      sentencePerformers('Đại học Công nghiệp Hà Nội thực hiện tổ chức lại cơ cấu tổ chức', null)?.lead,
    ).toBe('Đại học Công nghiệp Hà Nội');
  });
});
