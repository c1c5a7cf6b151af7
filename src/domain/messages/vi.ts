import type { Catalogue } from './types';
import { str } from './types';

export const vi: Catalogue = {
  findings: {
    'continuation-row': (d) =>
      `Dòng này không có TT và chỉ có một phần nội dung: đã ghép vào nhiệm vụ ${str(d, 'tt') || 'không số'} ở dòng ${str(d, 'taskRow')}. Nếu đây là nhiệm vụ riêng, hãy ghi TT và đủ các cột.`,
    'missing-column': (d) => `Không thấy cột "${str(d, 'title')}" trong dòng tiêu đề.`,
    'duplicate-column': (d) =>
      `Có hai cột "${str(d, 'title')}": dùng cột ${str(d, 'usedColumn')}, cột này được giữ như cột bổ sung.`,
    'missing-plan-reference': () =>
      'Không thấy số và ngày của kế hoạch ở các dòng trên tiêu đề (ví dụ "Kèm theo Kế hoạch số 58/KH-UBND ngày 11/3/2024"). Các kiểm tra theo ngày kế hoạch sẽ cần ngày này.',
    'missing-plan-date': (d) => `Có số kế hoạch ${str(d, 'number')} nhưng không thấy ngày ban hành.`,
    'invalid-plan-date': (d) => `Ngày của kế hoạch không có thật: "${str(d, 'text')}".`,
  },
  errors: {
    'file-not-found': (d) => `Không tìm thấy tệp "${str(d, 'file')}".`,
    'not-xlsx': (d) =>
      d.legacyXls
        ? `Tệp "${str(d, 'file')}" là tệp Excel cũ (.xls). Hãy mở trong Excel và lưu lại dạng .xlsx.`
        : `Tệp "${str(d, 'file')}" không phải tệp Excel .xlsx đọc được.`,
    encrypted: (d) => `Tệp "${str(d, 'file')}" được đặt mật khẩu. Hãy gỡ mật khẩu rồi thử lại.`,
    'no-sheets': (d) => `Tệp "${str(d, 'file')}" không có trang tính nào.`,
    'no-such-sheet': (d) => {
      const wanted = str(d, 'sheet');
      const available = str(d, 'available');
      return wanted
        ? `Không có trang "${wanted}". Các trang trong tệp: ${available}.`
        : `Không có trang nào giống phụ lục nhiệm vụ. Các trang trong tệp: ${available}. Hãy chọn trang bằng --sheet.`;
    },
    'no-header': (d) =>
      `Trang "${str(d, 'sheet')}": không tìm thấy dòng tiêu đề (đã thử các dòng ${str(d, 'firstRow')}–${str(d, 'lastRow')}). Cần một dòng có cột "Nhiệm vụ" và ít nhất hai cột trong số: ${str(d, 'expected')}.` +
      (d.legacyEncoding
        ? ` Chữ trong trang có vẻ dùng bảng mã cũ ${d.legacyEncoding === 'vni' ? 'VNI' : 'TCVN3 (ABC)'}: hãy chuyển sang Unicode (ví dụ Unikey → Công cụ chuyển mã) rồi thử lại.`
        : ''),
  },
  severities: { error: 'lỗi', warning: 'cảnh báo', info: 'thông tin' },
};
