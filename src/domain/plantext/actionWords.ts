// Actions a plan gives its bodies, in lower case. Case matters: an agency's name capitalises its words
// ("Sở Xây dựng", "Ban Tổ chức"), the action after it does not ("Bộ Xây dựng đẩy nhanh …").
const ACTIONS = [
  'tiến hành',
  'rà soát',
  'thực hiện',
  'tham mưu',
  'triển khai',
  'tổ chức',
  'xây dựng',
  'chủ động',
  'hướng dẫn',
  'theo dõi',
  'báo cáo',
  'nghiên cứu',
  'đề xuất',
  'ban hành',
  'trình',
  'chịu trách nhiệm',
  'có trách nhiệm',
  'khẩn trương',
  'tiếp tục',
  'quyết liệt',
  'đẩy nhanh',
  'đôn đốc',
  'chỉ đạo',
  // "Giao Đảng uỷ Mặt trận Tổ quốc, các đoàn thể Trung ương lãnh đạo, chỉ đạo …" (432-TB/VPTW 2025).
  'lãnh đạo',
  'cụ thể hoá',
  'cụ thể hóa',
  'làm việc',
  'hoàn thiện',
  'hoàn thành',
  // "Bộ Nội vụ chủ trì, phối hợp với các Bộ, cơ quan liên quan tiếp thu đầy đủ ý kiến …" (393/NQ-CP 2025).
  'tiếp thu',
  'quán triệt',
  'kiểm tra',
  'giám sát',
  'cập nhật',
  'bố trí',
  'phát huy',
  'tập trung',
  'sớm',
  'xem xét',
  'lựa chọn',
  'trực tiếp',
  'gửi',
  'tổng hợp',
  'cử',
  'thành lập',
  'bảo đảm',
  'đảm bảo',
  'nâng cao',
  'tăng cường',
  'đăng ký',
  'đăng tải',
  'phát hành',
  'tuyên truyền',
  'phổ biến',
  'vận động',
  // "Ủy ban nhân dân xã, phường huy động nguồn lực, tổ chức …", "… ký kết hợp đồng" (157/KH-UBND Cần Thơ 2025).
  'huy động',
  'ký',
  'ký kết',
  // "Các đồng chí Bộ trưởng, … đề cao trách nhiệm" (659/TB-VPCP 2025).
  'đề cao',
  'tham gia',
  'hỗ trợ',
  'giải quyết',
  'thẩm định',
  'phê duyệt',
  'công bố',
  'cần',
  'phải',
  'nghiêm túc',
  'kịp thời',
  'thường xuyên',
  'để',
  'nhằm',
  // "Các cơ quan, đơn vị căn cứ theo chức năng, nhiệm vụ …" (Công điện 96/CĐ-BXD 2025).
  'căn cứ',
];

/** The first action after the bodies a sentence opens with ("Sở Văn hóa và Thể thao; Sở Xây dựng đăng tải …"). */
export const ACTION = new RegExp(`\\s(?:${ACTIONS.join('|')})(?=[\\s,.;:]|$)`, 'u');

/** A sentence that opens with its action names no body first: "Phối hợp với các cơ quan …", "Tuyên truyền …". */
export const OPENS_WITH_ACTION = new RegExp(
  `^(?:${[...ACTIONS, 'phối hợp'].join('|')})(?=[\\s,.;:]|$)`,
  'iu',
);

/**
 * A word between commas, or after "các", is a noun, not an action: "Các cơ quan quản lý nhà nước, tổ chức,
 * cá nhân liên quan có trách nhiệm …", "Các tổ chức, cá nhân và hộ gia đình …" (Chỉ thị 09/CT-UBND Cần Thơ
 * 2025); so is one after "việc".
 */
function listedNoun(text: string, at: number, found: string): boolean {
  const before = text.slice(0, at);
  // "Các sở, ban, ngành tỉnh có liên quan tới việc thực hiện Kế hoạch này có trách nhiệm …" (556/KH-UBND
  // Đồng Tháp 2025): after "việc" an action is named, not done.
  if (/(?<!\p{L})(?:các|những|việc)$/iu.test(before)) return true;
  // "Văn phòng Ban chỉ đạo phòng thủ dân sự quốc gia" (Công điện 217/CĐ-TTg 2025): a board's name.
  if (/(?<!\p{L})Ban$/u.test(before) && found.trim() === 'chỉ đạo') return true;
  return text.charAt(at - 1) === ',' && text.charAt(at + found.length) === ',';
}

/**
 * Where the action after the bodies starts, or -1: the first action word that no known body's name
 * covers ("Liên hiệp các tổ chức hữu nghị tỉnh chủ trì …" holds "tổ chức" in its name, not as its action).
 * @example firstAction('Liên hiệp các tổ chức hữu nghị tỉnh tổ chức giao lưu', names) // the second "tổ chức"
 */
export function firstAction(text: string, names: ReadonlyArray<{ start: number; end: number }>): number {
  const pattern = new RegExp(ACTION.source, 'gu');
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const at = match.index;
    if (!names.some((name) => name.start <= at && at < name.end) && !listedNoun(text, at, match[0]))
      return at;
  }
  return -1;
}
