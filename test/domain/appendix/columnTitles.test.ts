import { fieldForTitle } from '../../../src/domain';

describe('fieldForTitle', () => {
  it.each([
    ['TT', 'tt'],
    ['STT', 'tt'],
    ['Số TT', 'tt'],
    ['s\u1ed1 tt', 'tt'],
    ['Nhiệm vụ', 'task'],
    ['Nhiệm vụ cụ thể', 'task'],
    ['NỘI DUNG', 'task'],
    ['Nội dung nhiệm vụ', 'task'],
    ['Tên nhiệm vụ', 'task'],
    ['Cơ quan chủ trì', 'lead'],
    ['Cơ quan chủ trì\ntham mưu', 'lead'],
    ['Đơn vị chủ trì', 'lead'],
    ['Cơ quan thực hiện', 'lead'],
    ['Cơ quan phối hợp', 'partners'],
    ['Đơn vị  phối hợp', 'partners'],
    ['Thời gian\nthực hiện', 'time'],
    ['Thời gian hoàn thành', 'time'],
    ['Thời hạn', 'time'],
    ['Tiến độ', 'time'],
    ['Căn cứ', 'basis'],
    ['Căn cứ pháp lý', 'basis'],
    ['Cơ sở pháp lý', 'basis'],
    ['Nguồn kinh phí', 'funding'],
    ['Kinh phí (triệu đồng)', 'funding'],
    ['Dự toán', 'funding'],
    ['Sản phẩm', 'product'],
    ['Ghi chú', 'note'],
    // Real appendices of session 6: 175/NQ-CP 2023, 105/2025/UBTVQH15, 104-CTr/TU Lào Cai 2026.
    ['Đơn vị', 'lead'],
    ['Nhiệm vụ chủ trì', 'task'],
    ['Tên dự án', 'task'],
    ['Cơ quan tham gia thẩm tra', 'partners'],
    ['Cơ quan chủ trì thẩm tra', 'lead'],
    ['Cơ quan, tổ chức đảng chủ trì', 'lead'],
    ['Các đơn vị phối hợp', 'partners'],
    // Session 21 probe: a list of projects names its investor.
    ['Chủ đầu tư', 'lead'],
    // Session 16 probe of header wordings.
    ['Đề án, nhiệm vụ', 'task'],
    ['Nhiệm vụ, giải pháp', 'task'],
    ['Cơ quan tham mưu', 'lead'],
    ['Đơn vị phụ trách', 'lead'],
    ['Người/đơn vị phụ trách', 'lead'],
    ['Lộ trình', 'time'],
    ['Dự kiến kinh phí (triệu đồng)', 'funding'],
    ['Hình thức văn bản', 'product'],
    ['Lãnh đạo UBND tỉnh phụ trách', undefined],
    // Session 20: the estimate said first.
    ['Dự kiến thời gian hoàn thành', 'time'],
    ['Dự kiến sản phẩm', 'product'],
    ['Dự kiến kết quả đạt được', 'product'],
    // Session 23 probe: training, events and conferences planned as tasks.
    ['Tên lớp', 'task'],
    ['Tên lớp bồi dưỡng', 'task'],
    ['Chuyên đề tuyên truyền', 'task'],
    ['Tên sự kiện', 'task'],
    ['Thời gian tổ chức', 'time'],
    ['Tên Nghị quyết', 'task'],
    ['Tên dự thảo văn bản', 'task'],
    ['Tên cơ quan', undefined],
    ['Họ và tên', undefined],
    // NFD (as typed with Unikey "tổ hợp" or pasted from a PDF) and stray spaces.
    ['  Ca\u0306n cu\u031b\u0301  ', 'basis'],
    ['Co\u031b quan chu\u0309 tri\u0300', 'lead'],
  ])('maps %j to %s', (title, field) => {
    expect(fieldForTitle(title)).toBe(field);
  });

  it.each(['', 'Nơi đến', 'Mục đích', 'Số người', 'TT khác', 'Ghi', 'Đơn vị tính', 'Cơ quan trình'])(
    'maps %j to nothing',
    (title) => {
      expect(fieldForTitle(title)).toBeUndefined();
    },
  );
});
