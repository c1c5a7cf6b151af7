import type { Catalogue } from './types';
import { fieldVi, isoToVn, periodText, problemList, str, kindName } from './types';

export const vi: Catalogue = {
  findings: {
    'numbering-duplicate': (d) =>
      `Số thứ tự "${str(d, 'tt')}" trùng với dòng ${str(d, 'firstRow')} cùng cấp.`,
    'numbering-gap': (d) =>
      d.previous
        ? `Sau "${str(d, 'previous')}" là "${str(d, 'tt')}": bỏ qua số thứ tự (mong đợi số ${str(d, 'expectedLabel') || str(d, 'expected')}).`
        : `Mục đầu tiên cùng cấp đánh số "${str(d, 'tt')}" (mong đợi bắt đầu từ ${str(d, 'expectedLabel') || str(d, 'expected')}).`,
    'numbering-order': (d) => `Số thứ tự "${str(d, 'tt')}" đứng sau "${str(d, 'previous')}": sai trình tự.`,
    'numbering-level': (d) =>
      `"${str(d, 'tt')}" là số cấp con của "${str(d, 'expectedParent')}", nhưng nằm dưới ${d.parent ? `"${str(d, 'parent')}"` : 'không mục nào'}.`,
    'task-without-number': (d) =>
      d.all
        ? `Không nhiệm vụ nào của phụ lục có số thứ tự (${str(d, 'count')} nhiệm vụ, cột TT trống). Nếu văn bản gốc có đánh số, hãy đối chiếu lại bản dán.`
        : d.previous !== undefined
          ? `${itemVi(d)} chưa có số thứ tự, nằm giữa ${str(d, 'previous')} và ${str(d, 'next')} liền số nhau: việc đánh số đã bỏ sót nhiệm vụ này.`
          : d.lone
            ? `${itemVi(d)} duy nhất của mục này chưa có số thứ tự.`
            : `${itemVi(d)} chưa có số thứ tự.`,
    'stray-row': (d) =>
      `Dòng không số thứ tự, trải hết bề ngang bảng, nằm giữa nhiệm vụ ${str(d, 'previous')} và ${str(d, 'next')}: không thuộc nhiệm vụ nào (nội dung lạc chỗ, hay một nhiệm vụ thiếu số và các cột?).`,
    'row-in-task-cell': (d) =>
      `Cuối ô nhiệm vụ có nội dung của các cột khác dính vào (cơ quan, thời gian…): "${str(d, 'text')}". Ô có thể bị dán lẫn từ một dòng khác; kiểm tra lại cơ quan chủ trì.`,
    'missing-task': () => 'Dòng nhiệm vụ không có nội dung nhiệm vụ.',
    'missing-partners': (d) =>
      d.section !== undefined
        ? blankSectionVi(d)
        : 'Nhiệm vụ chưa có cơ quan phối hợp, trong khi các nhiệm vụ khác của phụ lục đều có.',
    'missing-product': (d) =>
      d.section !== undefined
        ? blankSectionVi(d)
        : 'Nhiệm vụ chưa nêu sản phẩm, trong khi các nhiệm vụ khác của phụ lục đều có.',
    'missing-lead-agency': (d) =>
      d.named !== undefined
        ? `${itemVi(d)} để trống cột chủ trì; cột "${str(d, 'namedIn')}" ghi "${str(d, 'named')}". Nếu đơn vị này chủ trì, nên ghi vào cột chủ trì.`
        : `${itemVi(d)} chưa có cơ quan chủ trì.`,
    'missing-timeframe': (d) =>
      d.section !== undefined ? blankSectionVi(d) : `${itemVi(d)} chưa có thời gian thực hiện.`,
    'missing-legal-basis': (d) =>
      d.fromText === true
        ? `${str(d, 'count')} trong ${str(d, 'total')} nhiệm vụ chưa có căn cứ: văn bản gốc không nêu căn cứ riêng cho các nhiệm vụ này (thường chỉ nêu ở phần mở đầu). Nếu mẫu phụ lục của cơ quan cần cột Căn cứ, hãy ghi văn bản làm căn cứ cho từng nhiệm vụ.`
        : 'Nhiệm vụ chưa có căn cứ.',
    'missing-funding': (d) =>
      d.section !== undefined ? blankSectionVi(d) : `${itemVi(d)} chưa có nguồn kinh phí.`,
    'weak-legal-basis': (d) =>
      `Căn cứ "${str(d, 'text')}" không nêu văn bản cụ thể nào (số, ký hiệu, ngày). Hãy dẫn văn bản làm căn cứ.`,
    'incomplete-citation': (d) =>
      d.kind === 'unlike-others'
        ? `"${str(d, 'citation')}" chưa ghi ngày ban hành, trong khi các văn bản khác trong phụ lục đều ghi: nên ghi cho thống nhất.`
        : d.kind === 'no-date'
          ? `"${str(d, 'citation')}" thiếu ngày ban hành: số văn bản hành chính và văn bản của Đảng lặp lại theo năm, nhiệm kỳ nên cần ngày để xác định.`
          : d.kind === 'no-symbol'
            ? `"${str(d, 'citation')}" chỉ có số, thiếu ký hiệu và ngày: chưa xác định được văn bản.`
            : `"${str(d, 'citation')}" chưa có số, ký hiệu và ngày: chưa xác định được văn bản.`,
    'malformed-citation': (d) =>
      `"${str(d, 'citation')}" sai thể thức (${problemList(d, 'vi')}). Viết đúng: ${str(d, 'suggestion')}.`,
    'invalid-citation-date': (d) =>
      d.reason === 'impossible'
        ? `Ngày "${str(d, 'date')}" của "${str(d, 'citation')}" không có thật.`
        : d.reason === 'year-mismatch'
          ? `"${str(d, 'citation')}" mang số năm ${str(d, 'year')} nhưng ghi ngày ${str(d, 'date')}: năm trong số và năm ban hành phải trùng nhau.`
          : `"${str(d, 'citation')}" có ngày ${str(d, 'date')}, sau ngày của kế hoạch (${isoToVn(d, 'planDate')}).`,
    'shifted-cells': (d) =>
      `Nội dung "${str(d, 'text')}" có vẻ thuộc cột ${fieldVi(d, 'belongsTo')} (đang để trống), không phải cột ${fieldVi(d, 'field')}.`,
    'unknown-agency': (d) =>
      `"${str(d, 'agency')}" chưa có trong danh mục cơ quan (${str(d, 'count')} ô). Nếu đúng, có thể thêm vào trang "Danh mục cơ quan" để kiểm tra tên và lập danh sách theo cơ quan.`,
    'province-level': (d) =>
      `${str(d, 'province')} là ${str(d, 'level')}, không phải ${str(d, 'written')}: danh sách ghi chung dưới "${str(d, 'written')}" đã gọi sai cấp.`,
    'agency-typo': (d) => `"${str(d, 'agency')}" có thể viết sai; có phải "${str(d, 'canonical')}"?`,
    'unclear-agency': (d) => `"${str(d, 'agency')}" không rõ là cơ quan nào (thiếu, thừa hoặc lặp chữ?).`,
    'agency-name-variant': (d) =>
      `"${str(d, 'agency')}" chưa đúng tên chuẩn; tên chuẩn: "${str(d, 'canonical')}".`,
    'agency-name-inconsistent': (d) =>
      `"${str(d, 'agency')}" viết khác với chỗ khác trong văn bản; nên thống nhất: "${str(d, 'canonical')}".`,
    'outdated-agency-name': (d) =>
      d.district
        ? `"${str(d, 'agency')}" là cơ quan cấp huyện: cấp huyện đã thôi hoạt động từ sau ngày ${isoToVn(d, 'endedOn')}; hãy ghi cơ quan cấp tỉnh hoặc cấp xã nay đảm nhận.`
        : d.endedBy
          ? `"${str(d, 'agency')}" đã hợp nhất hoặc đổi tên trong năm 2025 (mỗi tỉnh một ngày, chậm nhất ngày ${isoToVn(d, 'endedOn')}); nay là: ${str(d, 'successors') || 'chưa rõ'}.`
          : `"${str(d, 'agency')}" đã thôi hoạt động hoặc đổi tên từ sau ngày ${isoToVn(d, 'endedOn')}; nay là: ${str(d, 'successors') || 'chưa rõ'}.`,
    'lead-only-cooperates': (d) =>
      `Nội dung nhiệm vụ ghi "phối hợp với ${str(d, 'agency')}" trong khi ${str(d, 'agency')} lại là cơ quan phối hợp: chưa rõ ai chủ trì.`,
    'lead-also-partner': (d) =>
      `"${str(d, 'agency')}" vừa là cơ quan chủ trì vừa là cơ quan phối hợp của nhiệm vụ này: một trong hai ô ghi nhầm.`,
    'agencies-run-together': (d) =>
      `"${str(d, 'agency')}" và "${str(d, 'next')}" viết liền nhau, thiếu dấu phẩy hoặc chữ "và": khó đọc đúng danh sách cơ quan.`,
    'number-left-blank': (d) => `"${str(d, 'text')}": còn bỏ trống số ngày, tháng hoặc quý.`,
    'stated-count-mismatch': (d) =>
      `Nêu ${str(d, 'stated')} ${str(d, 'what')} nhưng chỉ liệt kê ${str(d, 'listed')} mục: thiếu mục hoặc ghi sai số lượng.`,
    'five-year-period': (d) =>
      `"${str(d, 'text')}": kế hoạch trung hạn, 5 năm theo kỳ 2016 - 2020, 2021 - 2025, 2026 - 2030; "${str(d, 'period')}" không phải một kỳ (có phải ${str(d, 'expected')}?).`,
    'collective-lead': (d) =>
      `"${str(d, 'agency')}" chủ trì chung (${str(d, 'count')} ô): mỗi cơ quan tự thực hiện trong phạm vi của mình. Nếu nhiệm vụ cần một cơ quan đầu mối theo dõi, tổng hợp, nên ghi rõ cơ quan đó.`,
    'vague-agency': (d) => `"${str(d, 'agency')}" chưa chỉ rõ cơ quan chủ trì nào chịu trách nhiệm.`,
    'unparsed-timeframe': (d) =>
      `Chưa đọc được thời gian "${str(d, 'text')}" (quý, tháng, ngày, thời hạn, năm, giai đoạn hoặc "thường xuyên").`,
    'timeframe-without-time': (d) =>
      str(d, 'reason') === 'year-cut-off'
        ? `Thời gian "${str(d, 'text')}" bị cắt mất năm: không biết hạn đến năm nào.`
        : `Ô thời gian "${str(d, 'text')}" không nêu thời điểm hay thời hạn nào: nhiệm vụ chưa có hạn để theo dõi.`,
    'invalid-timeframe': (d) => `Thời gian "${str(d, 'text')}" không có thật.`,
    'timeframe-before-plan-date': (d) =>
      `Thời hạn "${str(d, 'text')}" đã qua trước ngày ban hành kế hoạch (${isoToVn(d, 'planDate')}).`,
    'timeframe-outside-plan-year': (d) =>
      `Thời gian "${str(d, 'text')}" nêu năm ${str(d, 'years')}, ngoài thời kỳ kế hoạch (${periodText(d)}).`,
    'delegation-count-mismatch': (d) =>
      `Nhóm ${str(d, 'tt')} ghi ${str(d, 'declared')} đoàn nhưng có ${str(d, 'actual')} dòng đoàn: hãy sửa số ở tiêu đề hoặc bổ sung/bớt dòng.`,
    'missing-destination': () => 'Đoàn chưa ghi nơi đến.',
    'missing-quarter': (d) =>
      `Thời gian "${str(d, 'text')}" không nêu quý hay tháng: đoàn không được tính vào tổng hợp theo quý.`,
    'invalid-headcount': (d) =>
      d.rule
        ? `Số người "${str(d, 'text')}" do quy định khác xác định: không được cộng vào tổng số người.`
        : `Số người "${str(d, 'text')}" không phải một số nguyên dương.`,
    'invalid-duration': (d) =>
      d.rule
        ? `Số ngày "${str(d, 'text')}" do quy định khác xác định: không được cộng vào tổng số ngày.`
        : `Số ngày "${str(d, 'text')}" không phải một số nguyên dương.`,
    'unparsed-amount': (d) =>
      `Không đọc được số tiền trong "${str(d, 'text')}": hãy viết theo dạng 3.500.000.000 hoặc 3,5 tỷ đồng.`,
    'unclassified-funding': (d) =>
      d.coded === true
        ? `Cột nguồn kinh phí ghi bằng mã ("${str(d, 'text')}", ${str(d, 'count')} ô) theo chú thích của văn bản: chưa đối chiếu được nguồn kinh phí.`
        : `Chưa xác định được loại nguồn kinh phí "${str(d, 'text')}".`,
    'legacy-encoding': (d) =>
      `Chữ trong ô dùng bảng mã cũ ${d.encoding === 'vni' ? 'VNI' : 'TCVN3 (ABC)'}: hãy chuyển sang Unicode (ví dụ Unikey → Công cụ chuyển mã).` +
      (d.suggestion ? ` Đọc là: "${str(d, 'suggestion')}".` : ''),
    'non-nfc-text': () =>
      'Chữ Unicode dạng tổ hợp (NFD): hiển thị đúng nhưng tìm kiếm, sắp xếp sai. Nên chuyển sang dựng sẵn.',
    'odd-letter': (d) =>
      d.kind === 'look-alike'
        ? `Trong "${str(d, 'word')}", chữ ${str(d, 'letters')} chỉ trông giống chữ Việt (là chữ Nga, Hy Lạp hoặc chữ "Ð" Iceland): nhìn đúng nhưng không tìm, lọc, lập danh sách được. Gõ lại: "${str(d, 'meant')}".`
        : d.kind === 'stray'
          ? `Chữ "${str(d, 'word')}" có ký tự lạ ${str(d, 'letters')} (thường do chép từ PDF): hãy gõ lại cho đúng.`
          : `Chữ "${str(d, 'word')}" có chữ cái ${str(d, 'letters')} không có trong tiếng Việt` +
            (d.meant ? `; nơi khác trong văn bản viết "${str(d, 'meant')}".` : ': hãy gõ lại cho đúng.'),
    'extra-whitespace': () => 'Ô có khoảng trắng thừa ở đầu, cuối hoặc giữa các từ.',
    'formula-like-text': (d) =>
      `Ô bắt đầu bằng "${str(d, 'first')}": Excel có thể hiểu là công thức khi sao chép. Phần bổ trợ luôn ghi đúng nguyên văn.`,
    'duplicate-task': (d) =>
      d.otherLead === true
        ? `${itemVi(d)} cùng nội dung với dòng ${str(d, 'firstRow')} nhưng giao cho cơ quan khác: nếu mỗi cơ quan làm phần việc của mình thì không cần sửa.`
        : `${itemVi(d)} trùng với dòng ${str(d, 'firstRow')}.`,
    'registry-missing-name': (d) => `Trang "${str(d, 'sheet')}": dòng này thiếu "Tên chuẩn", đã bỏ qua.`,
    'registry-invalid-date': (d) =>
      `Trang "${str(d, 'sheet')}": ngày "${str(d, 'text')}" của "${str(d, 'name')}" không đọc được hoặc không hợp lệ; đã bỏ qua dòng.`,
    'registry-unknown-successor': (d) =>
      `Trang "${str(d, 'sheet')}": "${str(d, 'name')}" được thay thế bởi "${str(d, 'successor')}", nhưng cơ quan này không có trong danh mục; đã bỏ qua dòng.`,
    'registry-duplicate-name': (d) =>
      `Trang "${str(d, 'sheet')}": "${str(d, 'name')}" đã có ở dòng ${str(d, 'firstRowNumber')}; đã bỏ qua dòng này.`,
    'registry-no-header': (d) =>
      `Trang "${str(d, 'sheet')}": không thấy cột "${str(d, 'expected')}"; danh mục của trang chưa được dùng.`,
    'registry-invalid-short-name': (d) =>
      `Trang "${str(d, 'sheet')}": tên ngắn "${str(d, 'shortName')}" của "${str(d, 'name')}" không dùng được làm tên trang Excel (tối đa 31 ký tự, không có : \\ / ? * [ ]).`,
    'invalid-setting': (d) =>
      `Trang "${str(d, 'sheet')}": ${SETTING_PROBLEMS_VI[str(d, 'problem')] ?? 'dòng không dùng được'} ("${str(d, 'item')}": "${str(d, 'value')}"); đã bỏ qua dòng, dùng mặc định.`,
    'other-table': (d) =>
      `Từ dòng này đến dòng ${str(d, 'lastRow')} là một bảng khác (tiêu đề cột khác bảng nhiệm vụ): các dòng này được giữ nguyên, không kiểm tra và không đưa vào danh sách theo cơ quan.`,
    'tt-stored-as-number': (d) =>
      `Ô này hiện "${str(d, 'shown')}" vì Excel đã đổi "${str(d, 'meant')}" thành số khi nhập hoặc dán (mất số 0 cuối); đã đọc là "${str(d, 'meant')}". Hãy nhập lại dạng văn bản: gõ '${str(d, 'meant')} hoặc định dạng cột TT là Văn bản (Text).`,
    'continuation-row': (d) =>
      `Dòng này không có TT và chỉ có một phần nội dung: đã ghép vào nhiệm vụ ${str(d, 'tt') || 'không số'} ở dòng ${str(d, 'taskRow')}. Nếu đây là nhiệm vụ riêng, hãy ghi TT và đủ các cột.`,
    'missing-column': (d) => `Không thấy cột "${str(d, 'title')}" trong dòng tiêu đề.`,
    'duplicate-column': (d) =>
      `Có hai cột "${str(d, 'title')}": dùng cột ${str(d, 'usedColumn')}, cột này được giữ như cột bổ sung.`,
    'missing-plan-reference': (d) =>
      d.blank
        ? 'Dòng "Kèm theo" chưa ghi số của văn bản (văn bản chưa được cấp số?). Hãy điền số, ngày khi ban hành: danh sách gửi từng cơ quan chép lại dòng này.'
        : 'Không thấy số và ngày của kế hoạch ở các dòng trên tiêu đề (ví dụ "Kèm theo Kế hoạch số 58/KH-UBND ngày 11/3/2024"). Các kiểm tra theo ngày kế hoạch sẽ cần ngày này.',
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
    'too-large': (d) => {
      const where = d.sheet === undefined ? `Tệp "${str(d, 'file')}"` : `Trang "${str(d, 'sheet')}"`;
      switch (d.reason) {
        case 'merge':
          return `${where}: vùng gộp ô ${str(d, 'area')} trùm ${str(d, 'cells')} ô, quá lớn để đọc. Hãy bỏ gộp vùng đó (Home → Merge & Center) rồi thử lại.`;
        case 'merges':
          return `${where}: có quá nhiều ô gộp (${str(d, 'merges')} vùng, ${str(d, 'cells')} ô). Hãy bỏ gộp những vùng không cần rồi thử lại.`;
        case 'cells':
          return `${where}: vùng có dữ liệu rộng ${str(d, 'rows')} dòng × ${str(d, 'columns')} cột, quá lớn để đọc. Có thể có ô lạc ở xa bảng (Ctrl+End để tìm): hãy xoá ô đó rồi thử lại.`;
        default:
          return `${where}: giải nén ra ${str(d, 'megabytes')} MB, quá lớn để đọc an toàn.`;
      }
    },
    'no-such-sheet': (d) => {
      const wanted = str(d, 'sheet');
      const available = str(d, 'available');
      return wanted
        ? `Không có trang "${wanted}". Các trang trong tệp: ${available}.`
        : `Không có trang nào giống phụ lục nhiệm vụ. Các trang trong tệp: ${available}. Hãy chọn trang bằng --sheet.`;
    },
    'wrong-kind': (d) =>
      `Trang "${str(d, 'sheet')}" là ${kindName(d, 'vi')}, và sổ tính không có trang phụ lục nhiệm vụ nào: danh sách theo cơ quan được lập từ phụ lục nhiệm vụ, phần đoàn ra kèm theo. Hãy thêm trang phụ lục nhiệm vụ vào sổ tính.`,
    'no-header': (d) =>
      `Trang "${str(d, 'sheet')}": không tìm thấy dòng tiêu đề (đã thử các dòng ${str(d, 'firstRow')}–${str(d, 'lastRow')}). Cần một dòng có cột "Nhiệm vụ" và ít nhất hai cột trong số: ${str(d, 'expected')}.` +
      (d.legacyEncoding
        ? ` Chữ trong trang có vẻ dùng bảng mã cũ ${d.legacyEncoding === 'vni' ? 'VNI' : 'TCVN3 (ABC)'}: hãy chuyển sang Unicode (ví dụ Unikey → Công cụ chuyển mã) rồi thử lại.`
        : ''),
  },
  severities: { error: 'lỗi', warning: 'cảnh báo', info: 'thông tin' },
  failures: {
    unexpected: (message) => `Lỗi ngoài dự kiến khi làm việc với sổ tính: ${message}`,
    cellEditing:
      'Excel đang ở chế độ sửa ô nên chưa làm được. Nhấn Enter (hoặc Esc) để kết thúc sửa ô, rồi bấm lại.',
  },
};

const SETTING_PROBLEMS_VI: Record<string, string> = {
  'unknown-item': 'không có mục cài đặt hay quy tắc này',
  'bad-value': 'giá trị phải là "tắt", "bật" hoặc một mức độ (Lỗi, Cảnh báo, Thông tin)',
  'bad-date': 'ngày kế hoạch không đọc được (ghi dd/mm/yyyy)',
  'bad-province': 'không nhận ra tỉnh/thành phố (ghi tên tỉnh, ví dụ "Đồng Nai", hoặc "Trung ương")',
  'bad-period': 'thời kỳ không đọc được (ghi năm, ví dụ "2025" hoặc "2026-2030")',
};

/** What a row of the sheet is: "Nhiệm vụ", or "Đoàn" on a delegations list (validate sets `item`). */
function itemVi(d: Record<string, unknown>): string {
  return d.item === 'delegations' ? 'Đoàn' : 'Nhiệm vụ';
}

/** A column one whole section leaves blank (requiredField): noted once, at the section. */
function blankSectionVi(d: Record<string, unknown>): string {
  const which =
    d.count === d.total
      ? `cả ${str(d, 'count')} nhiệm vụ đều để trống`
      : `${str(d, 'count')}/${str(d, 'total')} nhiệm vụ (${str(d, 'tts')}) để trống`;
  return `Mục ${str(d, 'section')}: ${which} cột ${fieldVi(d, 'field')}, trong khi các mục khác có ghi. Có thể đó là cách ghi của mục này; hãy xem lại.`;
}
