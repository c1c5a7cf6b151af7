import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { PlanTask } from '../../../src/domain';
import { importPlanText } from '../../../src/domain';
import { FIXTURES } from '../../helpers/grid';

const plan = (name: string) => importPlanText(readFileSync(join(FIXTURES, 'plans', name), 'utf8'));
const tasksOf = (imported: ReturnType<typeof importPlanText>): PlanTask[] =>
  imported.rows.flatMap((row) => (row.kind === 'task' ? [row.task] : []));

describe('a plan whose tasks are in its text: Đồng Nai 2025 (no appendix)', () => {
  const imported = plan('ke-hoach-doi-ngoai-dong-nai-2025.txt');
  const tasks = tasksOf(imported);

  it('reads one task per numbered part of section II, and nothing of sections I, III, IV', () => {
    expect(tasks.map((t) => t.tt)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11']);
    expect(imported.rows.every((row) => row.kind === 'task')).toBe(true);
  });

  it('takes the lead and partners from "- Đơn vị chủ trì:" and "- Đơn vị phối hợp:"', () => {
    expect(tasks[0]).toMatchObject({
      lead: 'Sở Văn hóa, Thể thao và Du lịch',
      partners: expect.stringMatching(
        /^Văn phòng UBND tỉnh, Liên hiệp các tổ chức hữu nghị tỉnh, .*thành phố$/u,
      ),
      time: '',
      missing: ['time'],
    });
    expect(tasks[3]?.lead).toBe('Văn phòng UBND tỉnh; Sở Văn hóa, Thể thao và Du lịch');
    expect(tasks[4]?.lead).toBe('Văn phòng UBND tỉnh');
  });

  it('keeps the task text whole, its heading first, and gathers its citations into Căn cứ', () => {
    expect(tasks[0]?.task.split('\n')[0]).toBe('Công tác thông tin đối ngoại');
    expect(tasks[0]?.task.split('\n')).toHaveLength(5);
    expect(tasks[0]?.basis).toBe('Kế hoạch số 32/KH-UBND ngày 22/01/2025 của UBND tỉnh');
    expect(tasks[8]?.basis.split(';\n')).toEqual([
      'Quyết định số 06/2020/QĐ-TTg ngày 21/02/2020 của Thủ tướng Chính phủ',
      'Quyết định số 4690/QĐ-UBND ngày 16/11/2021 của UBND tỉnh',
    ]);
  });

  it('joins a paragraph that a page break cut ("… một số điều" / "của Quy định …")', () => {
    expect(tasks[4]?.task).toContain('sửa đổi, bổ sung một số điều của Quy định hướng dẫn');
  });

  it('reports the attached list of delegations that the document does not hold', () => {
    const absent = imported.findings.filter((f) => f.code === 'attachment-absent');
    expect(absent[0]).toMatchObject({
      line: 121,
      data: { reference: expect.stringMatching(/^Danh sách đoàn ra, đoàn vào/u) },
    });
  });

  it('reads a draft header: number and day blank, month and issuer known', () => {
    expect(imported.header).toMatchObject({
      documentType: 'Kế hoạch',
      number: '/KH-UBND',
      date: null,
      earliest: '2025-03-01',
      latest: '2025-03-31',
      issuer: 'Ủy ban nhân dân tỉnh Đồng Nai',
    });
  });
});

describe('a plan with labelled parts and a Phụ lục: Bà Rịa - Vũng Tàu 58/KH-UBND 2024', () => {
  const imported = plan('ke-hoach-58-KH-UBND-2024-ba-ria-vung-tau.txt');
  const tasks = tasksOf(imported);
  const task = (tt: string, nth = 0) => tasks.filter((t) => t.tt === tt)[nth];

  it('reads the part B chapters as sections and their labelled items as tasks', () => {
    expect(imported.taskCount).toBe(91);
    const romans = imported.rows.flatMap((r) =>
      r.kind === 'section' && /^[IVX]+$/u.test(r.tt) ? [r.tt] : [],
    );
    expect(romans).toEqual(['II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX']);
    // Chapter I carries its own parts ("1. Nội dung thực hiện", "2. Thời gian …", "3. Cơ quan …"): a task.
    expect(task('I')).toMatchObject({ lead: 'Sở Ngoại vụ', time: 'Thường xuyên trong năm' });
  });

  it('splits "X chủ trì, phối hợp với Y … tham mưu thực hiện" into lead and partners', () => {
    expect(imported.rows.find((r) => r.kind === 'task' && r.task.tt === '2.4')).toBeDefined();
    expect(
      tasks.find((t) => t.task.startsWith('Ký kết thỏa thuận quốc tế giữa UBND tỉnh với chính quyền 01')),
    ).toMatchObject({
      lead: 'Sở Ngoại vụ',
      partners: 'Sở Công Thương, các cơ quan liên quan',
      time: 'Quý II/2024',
      basis: 'Nghị quyết số 154/NQ-CP ngày 23/11/2022 của Chính phủ',
    });
  });

  it('reads the times of a list of dated activities ("Nội dung và thời gian hoạt động")', () => {
    expect(tasks.find((t) => t.task.startsWith('Các hoạt động kỷ niệm năm tròn'))?.time).toBe(
      'Quý I/2024; Quý IV/2024',
    );
  });

  it('leaves empty, and reports, what the text does not give', () => {
    expect(task('1.1.1')).toMatchObject({ lead: '', time: '', missing: ['lead', 'time'] });
    const missing = imported.findings.filter((f) => f.code === 'part-not-in-text' && f.data.part === 'lead');
    expect(missing).toHaveLength(18);
  });

  it('finds the numbering faults of the body and the citation dated after the plan', () => {
    const faults = imported.findings
      .filter((f) => f.code !== 'part-not-in-text')
      .map((f) => [f.code, f.line, f.data.number ?? f.data.citation]);
    expect(faults).toEqual([
      ['citation-after-plan', 8, 'Thông báo số 1899-TB/TU ngày 06 tháng 12 năm 2024'],
      ['heading-repeated', 37, '1.1.15'],
      ['heading-skipped', 134, '3.5'],
      ['heading-repeated', 190, '10'],
    ]);
  });

  it('stops at the signature: the Phụ lục 1 that follows is the attachment the text refers to, found', () => {
    expect(imported.findings.some((f) => f.code === 'attachment-absent')).toBe(false);
    expect(Math.max(...tasks.map((t) => t.endLine))).toBeLessThan(400);
  });
});

describe('any text', () => {
  it('says when no task is found', () => {
    const imported = importPlanText('KẾ HOẠCH\nI. MỤC ĐÍCH\nTriển khai tốt.\n');
    expect(imported.taskCount).toBe(0);
    expect(imported.findings.map((f) => f.code)).toEqual(['no-tasks']);
  });

  it('tells letters from Roman numerals: B. › I. is a chapter, H. → I. the next letter', () => {
    const shape = (text: string) =>
      importPlanText(text).rows.map((r) => (r.kind === 'task' ? r.task.tt : `§${r.tt}`));
    const roman = [
      'B. NỘI DUNG',
      'I. VIỆC MỘT',
      '- Cơ quan chủ trì: Sở A',
      'II. VIỆC HAI',
      '- Thời gian: Quý I',
    ];
    expect(shape(roman.join('\n'))).toEqual(['I', 'II']);
    const letters = ['H. VIỆC TÁM', '- Thời gian: Quý I', 'I. VIỆC CHÍN', '- Thời gian: Quý II'];
    expect(shape(letters.join('\n'))).toEqual(['H', 'I']);
  });

  // The forms of Chỉ thị 09/CT-UBND Cần Thơ 2025, 1627/QĐ-UBND Quảng Ngãi 2025 and 623/TB-VPCP 2025.
  it('reads who answers for a heading’s items, the deadlines of tasks in words, and a time after a bullet’s sentence', () => {
    const text = [
      'II. NHIỆM VỤ, GIẢI PHÁP',
      '1. Sở Xây dựng',
      'a) Tiếp tục mở rộng mạng lưới cấp nước, hoàn thành trước ngày 31/12/2025.',
      'b) Kiểm tra chất lượng nước định kỳ.',
      '2. Các tổ chức, cá nhân và hộ gia đình khai thác nước dưới đất có trách nhiệm:',
      'a) Thực hiện các quy định về khai thác nước.',
      'b) Hạn chế khoan giếng mới.',
      '3. Sở Tài chính',
      '- Tham mưu triển khai kế hoạch kiểm kê.',
      'Thời gian thực hiện: Tháng 11 - 12/2025.',
      '- Tổng hợp kết quả kiểm kê gửi Bộ Tài chính. Thời gian hoàn thành: Trước ngày 31/5/2026.',
    ];
    const rows = tasksOf(importPlanText(text.join('\n'))).map((t) => [t.lead, t.time]);
    expect(rows).toEqual([
      ['Sở Xây dựng', 'hoàn thành trước ngày 31/12/2025'],
      ['Sở Xây dựng', ''],
      ['Các tổ chức, cá nhân và hộ gia đình khai thác nước dưới đất', ''],
      ['Các tổ chức, cá nhân và hộ gia đình khai thác nước dưới đất', ''],
      ['Sở Tài chính', 'Tháng 11 - 12/2025'],
      ['Sở Tài chính', 'Trước ngày 31/5/2026'],
    ]);
  });

  it('reads the lead a section’s introduction names for its items (623/TB-VPCP 2025)', () => {
    const text = [
      'II. MỘT SỐ NHIỆM VỤ TRONG THỜI GIAN TỚI',
      'Để tháo gỡ khó khăn, vướng mắc, tỉnh Đắk Lắk cần tiếp tục tập trung thực hiện các nội dung sau:',
      '1. Rà soát các chỉ tiêu phát triển kinh tế - xã hội.',
      '2. Đẩy mạnh giải ngân đầu tư công.',
      'III. VỀ KIẾN NGHỊ CỦA TỈNH',
      '1. Về kiến nghị hỗ trợ vốn',
      'Giao Bộ Tài chính nghiên cứu kiến nghị của tỉnh.',
    ];
    expect(tasksOf(importPlanText(text.join('\n'))).map((t) => t.lead)).toEqual([
      'tỉnh Đắk Lắk',
      'tỉnh Đắk Lắk',
      'Bộ Tài chính',
    ]);
  });

  // The forms of 597/KH-UBND Đồng Tháp 2025, 06/CT-UBND Quảng Trị 2025 and 641/TB-VPCP 2025 (batch D).
  it('reads the bullets of a topic as its tasks, and the duties of a chapter arranged by body when no task names a lead', () => {
    const text = [
      'III. NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU',
      '1. Hoàn thiện thể chế',
      '- Ban hành quy chế quản lý, chia sẻ dữ liệu số.',
      '- Nghiên cứu ban hành các quy trình nghiệp vụ được số hóa.',
      '2. Phát triển nền tảng số',
      'Nghiên cứu, triển khai các nền tảng như:',
      '- Hệ thống giám sát giao thông.',
      '- Hệ thống thu phí điện tử.',
      'IV. TỔ CHỨC THỰC HIỆN',
      '1. Sở Xây dựng',
      '- Chủ trì xây dựng hệ thống thông tin dữ liệu.',
      '- Phối hợp Sở Khoa học và Công nghệ đề xuất ứng dụng công nghệ GIS.',
      '2. Các doanh nghiệp hoạt động trong lĩnh vực xây dựng, giao thông trên địa bàn Tỉnh',
      '- Chủ động phối hợp triển khai các giải pháp số.',
      '- Đề xuất sáng kiến, giải pháp công nghệ.',
    ];
    const tasks = tasksOf(importPlanText(text.join('\n')));
    expect(tasks.map((t) => [t.task.split('\n')[0]?.slice(0, 24), t.lead, t.partners])).toEqual([
      ['- Ban hành quy chế quản ', '', ''],
      ['- Nghiên cứu ban hành cá', '', ''],
      ['Phát triển nền tảng số', '', ''],
      ['- Chủ trì xây dựng hệ th', 'Sở Xây dựng', ''],
      ['- Phối hợp Sở Khoa học v', 'Sở Xây dựng', 'Sở Khoa học và Công nghệ'],
      [
        '- Chủ động phối hợp triể',
        'Các doanh nghiệp hoạt động trong lĩnh vực xây dựng, giao thông trên địa bàn Tỉnh',
        '',
      ],
      [
        '- Đề xuất sáng kiến, giả',
        'Các doanh nghiệp hoạt động trong lĩnh vực xây dựng, giao thông trên địa bàn Tỉnh',
        '',
      ],
    ]);
  });

  // 2954/QĐ-UBND Sơn La 2025 (its chapter "V." written twice) and 157/KH-UBND Cần Thơ 2025 (targets only).
  it('reads a Roman numeral written twice as the next chapter, a report chapter’s points as tasks, a class asked', () => {
    const text = [
      'III. GIẢI PHÁP THỰC HIỆN',
      '1. Nội dung thi đua',
      '(1) 100% số người hưởng trợ cấp xã hội có tài khoản.',
      '2. Đề nghị các doanh nghiệp sản xuất, chế biến và xuất khẩu hàng hóa',
      '- Chủ động nắm bắt thông tin thị trường.',
      '- Nghiên cứu, áp dụng khoa học kỹ thuật.',
      'IV. KINH PHÍ',
      'Ngân sách tỉnh.',
      'V. TỔ CHỨC THỰC HIỆN',
      'Giao Sở Công Thương theo dõi.',
      'V. CHẾ ĐỘ BÁO CÁO',
      '1. Sở Công Thương tổng hợp báo cáo UBND tỉnh định kỳ hàng tháng (trước ngày 18 hàng tháng), 6 tháng (trước ngày 18/5).',
    ];
    const imported = importPlanText(text.join('\n'));
    expect(
      imported.rows.map((r) => (r.kind === 'task' ? [r.task.tt, r.task.lead, r.task.time] : `§${r.tt}`)),
    ).toEqual([
      '§III',
      '§2',
      ['', 'các doanh nghiệp sản xuất, chế biến và xuất khẩu hàng hóa', ''],
      ['', 'các doanh nghiệp sản xuất, chế biến và xuất khẩu hàng hóa', ''],
      '§V',
      ['1', 'Sở Công Thương', 'định kỳ hàng tháng (trước ngày 18 hàng tháng), 6 tháng (trước ngày 18/5)'],
    ]);
  });

  it('keeps the implementation chapter out when the tasks name their leads (174/KH-UBND TP HCM 2025)', () => {
    const text = [
      'II. NỘI DUNG',
      '1. Tổ chức Tháng hành động',
      '- Cơ quan chủ trì: Sở Nội vụ',
      'III. TỔ CHỨC THỰC HIỆN',
      '1. Sở Nội vụ',
      '- Theo dõi, tổng hợp kết quả thực hiện.',
      '- Báo cáo Ủy ban nhân dân Thành phố.',
    ];
    expect(tasksOf(importPlanText(text.join('\n'))).map((t) => t.tt)).toEqual(['1']);
  });

  it('reads the lead of a matter from its answer after the colon, and stops at the closing formula (641/TB-VPCP 2025)', () => {
    const text = [
      'II. VỀ CÁC ĐỀ XUẤT, KIẾN NGHỊ CỦA THÀNH PHỐ',
      '1. Về đề nghị Bộ Nội vụ tham mưu ban hành các cơ chế, chính sách: Bộ Nội vụ nghiên cứu đề xuất của Ủy ban nhân dân thành phố.',
      '2. Về dự án đường ven biển: giao Bộ Tài chính chủ trì phối hợp với Bộ Xây dựng xem xét, xử lý.',
      'Văn phòng Chính phủ xin trân trọng thông báo./.',
    ];
    const tasks = tasksOf(importPlanText(text.join('\n')));
    expect(tasks.map((t) => [t.tt, t.lead, t.partners])).toEqual([
      ['1', 'Bộ Nội vụ', ''],
      ['2', 'Bộ Tài chính', 'Bộ Xây dựng'],
    ]);
    expect(tasks[1]?.task).not.toContain('trân trọng');
  });

  // The forms of batch E (session 17): 2954/QĐ-UBND Sơn La, 636/TB-VPCP, 432-TB/VPTW, 0130/KH-UBND Đắk Lắk 2025.
  it('reads the solutions chapter of a plan without a task chapter, and the partners a duty heading names', () => {
    const text = [
      'III. GIẢI PHÁP THỰC HIỆN KẾ HOẠCH',
      '1. Xây dựng vùng nguyên liệu',
      '- Xây dựng vùng nguyên liệu đáp ứng nhu cầu thị trường.',
      '- Đẩy mạnh liên kết sản xuất với nhu cầu thị trường.',
      'IV. TỔ CHỨC THỰC HIỆN',
      '1. Sở Công Thương',
      'a) Chủ trì, phối hợp với các sở, ban, ngành, UBND các xã, phường',
      '- Tổ chức chương trình tập huấn kiến thức.',
      '- Tham mưu phát triển công nghiệp chế biến.',
      'b) Phối hợp với Sở Tài chính',
      '- Hỗ trợ các nhà đầu tư đến đầu tư.',
      '- Thực hiện các chính sách hỗ trợ.',
    ];
    const tasks = tasksOf(importPlanText(text.join('\n')));
    expect(tasks.map((t) => [t.lead, t.partners])).toEqual([
      ['', ''],
      ['', ''],
      ['Sở Công Thương', 'các sở, ban, ngành, UBND các xã, phường'],
      ['Sở Công Thương', 'các sở, ban, ngành, UBND các xã, phường'],
      ['Sở Công Thương', 'Sở Tài chính'],
      ['Sở Công Thương', 'Sở Tài chính'],
    ]);
  });

  it('keeps a plan’s solutions out when it has a task chapter (174/KH-UBND TP HCM 2025)', () => {
    const text = [
      'III. NỘI DUNG HOẠT ĐỘNG',
      '1. Tổ chức Tháng hành động',
      '- Cơ quan chủ trì: Sở Nội vụ',
      'IV. GIẢI PHÁP THỰC HIỆN',
      '1. Đẩy mạnh công tác truyền thông.',
      '2. Ưu tiên bố trí ngân sách.',
    ];
    expect(tasksOf(importPlanText(text.join('\n'))).map((t) => t.tt)).toEqual(['1']);
  });

  it('numbers a matter with one answer as one task, its lead in the answer (636/TB-VPCP 2025)', () => {
    const text = [
      'III. VỀ MỘT SỐ KIẾN NGHỊ CỦA TỈNH',
      '1. Về kiến nghị liên quan đến tổ chức bộ máy:',
      'Bộ Nội vụ theo chức năng nhiệm vụ được giao khẩn trương nghiên cứu, xử lý trong tháng 11 năm 2025.',
    ];
    expect(tasksOf(importPlanText(text.join('\n'))).map((t) => [t.tt, t.lead, t.time])).toEqual([
      ['1', 'Bộ Nội vụ', 'trong tháng 11 năm 2025'],
    ]);
  });

  it('reads every point of a conclusion, "4. Về phân công nhiệm vụ" among them (432-TB/VPTW 2025)', () => {
    const text = [
      '1. Giảm tối đa số trẻ bị bỏ rơi mới.',
      '2. Bảo đảm mọi trẻ bị bỏ rơi đều được tiếp nhận.',
      '3. Về phân công nhiệm vụ của các cơ quan liên quan:',
      '3.1. Giao Đảng uỷ Chính phủ chỉ đạo hoàn thiện quy trình liên thông.',
      '3.2. Văn phòng Trung ương Đảng phối hợp theo dõi, đôn đốc, báo cáo.',
    ];
    expect(tasksOf(importPlanText(text.join('\n'))).map((t) => [t.tt, t.lead])).toEqual([
      ['1', ''],
      ['2', ''],
      ['3.1', 'Đảng uỷ Chính phủ'],
      ['3.2', 'Văn phòng Trung ương Đảng'],
    ]);
  });

  // The forms of batch F (session 17): 07-KL/VPTW, 653/TB-VPCP, 226/CĐ-TTg 2025.
  it('reads items numbered in brackets, and the lead of a heading that says who leads and helps', () => {
    const text = [
      '1. Về nhiệm vụ trọng tâm',
      'Văn phòng Trung ương Đảng và các văn phòng tỉnh uỷ, thành uỷ cụ thể hoá để tổ chức thực hiện, trong đó, cần tập trung một số nhiệm vụ trọng tâm sau:',
      '(1) Nâng cao chất lượng công tác tham mưu, tổng hợp.',
      '(2) Triển khai ứng dụng công nghệ thông tin.',
      '2. Bộ Tài chính chủ trì, phối hợp với các Bộ, cơ quan liên quan:',
      'a) Rà soát các dự án đầu tư.',
      'b) Báo cáo Thủ tướng Chính phủ trước ngày 30/11/2025.',
    ];
    expect(tasksOf(importPlanText(text.join('\n'))).map((t) => [t.tt, t.lead, t.partners])).toEqual([
      ['1', 'Văn phòng Trung ương Đảng và các văn phòng tỉnh uỷ, thành uỷ', ''],
      ['2', 'Văn phòng Trung ương Đảng và các văn phòng tỉnh uỷ, thành uỷ', ''],
      ['a', 'Bộ Tài chính', 'các Bộ, cơ quan liên quan'],
      ['b', 'Bộ Tài chính', 'các Bộ, cơ quan liên quan'],
    ]);
  });

  // The forms of batch G (session 17): 5095/SGDĐT Hà Nội, 159/KH-UBND Cần Thơ 2025.
  it('reads a letter’s bullets after the introduction that asks its addressees to carry them out', () => {
    const text = [
      'Kính gửi:',
      '- UBND các xã, phường;',
      '- Các đơn vị, cơ sở giáo dục trực thuộc.',
      'Nhằm đảm bảo sức khỏe cho học sinh, Sở Giáo dục và Đào tạo đề nghị UBND các xã, phường; các đơn vị, cơ sở giáo dục trực thuộc thực hiện nghiêm túc văn bản chỉ đạo. Cụ thể:',
      '- Thường xuyên cập nhật thông tin về chất lượng không khí.',
      '- Hạn chế các hoạt động ngoài trời cho học sinh.',
      'Nơi nhận:',
      '- Như trên;',
    ];
    expect(tasksOf(importPlanText(text.join('\n'))).map((t) => [t.task.slice(0, 16), t.lead])).toEqual([
      ['Thường xuyên cập', 'UBND các xã, phường; các đơn vị, cơ sở giáo dục trực thuộc'],
      ['Hạn chế các hoạt', 'UBND các xã, phường; các đơn vị, cơ sở giáo dục trực thuộc'],
    ]);
  });

  it('takes "1. Nội dung" beside "2. Hình thức" for topics, not for a task’s labelled parts', () => {
    const text = [
      'III. NỘI DUNG, HÌNH THỨC',
      '1. Nội dung',
      '- Tuyên truyền, giáo dục, nâng cao nhận thức.',
      '- Truyền thông về các tấm gương điển hình.',
      '2. Hình thức',
      '- In ấn, phát hành tờ rơi, tài liệu.',
      '- Tổ chức các hoạt động nói chuyện chuyên đề.',
    ];
    expect(tasksOf(importPlanText(text.join('\n')))).toHaveLength(4);
  });

  // The form of 229/CĐ-TTg 2025: numbered points that name no one, after an introduction that asks the heads.
  it('gives the points that name no one to whom the introduction asks, not to the issuer of the plan', () => {
    const asked = [
      'THỦ TƯỚNG CHÍNH PHỦ điện:',
      '- Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, cơ quan thuộc Chính phủ;',
      'Để hoàn thành các mục tiêu năm 2025, Thủ tướng Chính phủ yêu cầu Bộ trưởng, Thủ trưởng Cơ quan ngang Bộ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương thực hiện một số nhiệm vụ sau:',
      '1. Khẩn trương thực hiện quyết liệt các nhiệm vụ khắc phục hậu quả thiên tai.',
      '2. Văn phòng Chính phủ hướng dẫn mẫu báo cáo vào 15:00 ngày Chủ nhật hàng tuần.',
      'Nơi nhận:',
    ];
    expect(tasksOf(importPlanText(asked.join('\n'))).map((t) => [t.lead, t.time])).toEqual([
      [
        'Bộ trưởng, Thủ trưởng Cơ quan ngang Bộ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương',
        '',
      ],
      ['Văn phòng Chính phủ', 'vào 15:00 ngày Chủ nhật hàng tuần'],
    ]);
    const issued = [
      'Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện như sau:',
      '1. Tuyên truyền, phổ biến pháp luật về tài nguyên nước.',
      '2. Kiểm tra việc khai thác nước dưới đất.',
    ];
    expect(tasksOf(importPlanText(issued.join('\n'))).map((t) => t.lead)).toEqual(['', '']);
  });

  // The forms of 231, 232/CĐ-TTg and 659/TB-VPCP 2025.
  it('reads a point that gives work and announces items: its items the same bodies’, itself a task when they are among its work', () => {
    const shape = (lines: string[]) =>
      tasksOf(importPlanText(lines.join('\n'))).map((t) => [t.tt, t.task.slice(0, 12), t.lead]);
    const among = [
      '1. Chủ tịch Ủy ban nhân dân các tỉnh, thành phố tổ chức theo dõi sát tình hình, tập trung chỉ đạo khắc phục hậu quả, đồng thời chủ động triển khai các biện pháp ứng phó với bão, trong đó:',
      '(1) Tập trung kêu gọi tàu thuyền về nơi tránh trú.',
      '(2) Rà soát kỹ các phương án sơ tán dân cư.',
      '2. Bộ Tài chính bố trí kinh phí.',
    ];
    const ubnd = 'Chủ tịch Ủy ban nhân dân các tỉnh, thành phố';
    expect(shape(among)).toEqual([
      ['1', 'Chủ tịch Ủy ', ubnd],
      ['1', 'Tập trung kê', ubnd],
      ['2', 'Rà soát kỹ c', ubnd],
      ['2', 'Bộ Tài chính', 'Bộ Tài chính'],
    ]);
    // Items that only sum up the heading's work leave it a section.
    const summing = [
      '6. Các bộ, cơ quan, địa phương tiếp tục triển khai các giải pháp ổn định kinh tế vĩ mô, cụ thể như sau:',
      'a) Rà soát, cắt giảm thủ tục hành chính.',
      'b) Đẩy nhanh giải ngân vốn đầu tư công.',
    ];
    expect(shape(summing).map(([tt]) => tt)).toEqual(['a', 'b']);
    // A report's contents are the point's, one task; its closing paragraph the Office's own.
    const report = [
      '1. Chủ tịch Ủy ban nhân dân các tỉnh: Đắk Lắk, Khánh Hòa khẩn trương tổng hợp báo cáo cụ thể về một số nội dung sau:',
      '(1) Số hộ dân có nhà bị sập, đổ cần phải xây dựng lại.',
      '(2) Tổng kinh phí cần thiết hỗ trợ Nhân dân.',
      'Ủy ban nhân dân các tỉnh khẩn trương gửi Báo cáo trước 17 giờ ngày 27/11/2025.',
      '2. Bộ trưởng các Bộ: Quốc phòng, Công an chỉ đạo lực lượng hỗ trợ người dân.',
      'Văn phòng Chính phủ theo dõi, đôn đốc các Bộ, địa phương thực hiện nghiêm túc Công điện này.',
    ];
    expect(tasksOf(importPlanText(report.join('\n'))).map((t) => [t.tt, t.lead, t.time])).toEqual([
      ['1', 'Chủ tịch Ủy ban nhân dân các tỉnh: Đắk Lắk, Khánh Hòa', 'trước 17 giờ ngày 27/11/2025'],
      ['2', 'Bộ trưởng các Bộ: Quốc phòng, Công an', ''],
      ['', 'Văn phòng Chính phủ', ''],
    ]);
    // Asking everyone to carry the text out is a closing formula.
    const formula = [
      ...report.slice(4, 5),
      'Đề nghị các cơ quan, đơn vị khẩn trương triển khai, thực hiện./.',
    ];
    expect(tasksOf(importPlanText(formula.join('\n')))).toHaveLength(1);
  });

  it('reads no target as a task, and a step’s name before the body that takes it (157/KH-UBND Cần Thơ 2025)', () => {
    const text = [
      'III. NỘI DUNG THI ĐUA',
      '1. Nội dung thi đua',
      '(1) 100% số người hưởng trợ cấp xã hội được tuyên truyền;',
      '(2) Phấn đấu có ít nhất 70% số người nhận trợ cấp không dùng tiền mặt;',
      '2. Phương án triển khai',
      'a) Thực hiện mở tài khoản: Ủy ban nhân dân xã, phường phối hợp với các Ngân hàng thương mại mở tài khoản.',
      'b) Thực hiện chi trả: Sau khi mở tài khoản, Ủy ban nhân dân xã, phường ký hợp đồng chi trả.',
    ];
    expect(tasksOf(importPlanText(text.join('\n'))).map((t) => [t.tt, t.lead])).toEqual([
      ['a', 'Ủy ban nhân dân xã, phường'],
      ['b', 'Ủy ban nhân dân xã, phường'],
    ]);
  });

  // The form of the VPCP letters 11299/VPCP-KGVX and 11583/VPCP-CN 2025.
  it('reads a letter’s paragraph that gives work as its task, not its grounds or its closing', () => {
    const text = [
      'VĂN PHÒNG CHÍNH PHỦ',
      'Số: 11299/VPCP-KGVX',
      'Kính gửi: Bộ trưởng Bộ Khoa học và Công nghệ.',
      'Xét Tờ trình số 226/TTr-BKHCN ngày 05 tháng 11 năm 2025 của Bộ Khoa học và Công nghệ, Phó Thủ tướng Chính phủ có ý kiến như sau:',
      'Trên cơ sở Báo cáo số 1052/BC-CP ngày 12/11/2025 của Chính phủ và Kết luận của Ủy ban Thường vụ Quốc hội tại Thông báo số 4387/TB-VPQH ngày 14/11/2025 của Văn phòng Quốc hội, Bộ Khoa học và Công nghệ chủ trì, phối hợp với Bộ Quốc phòng rà soát mô hình tổ chức, báo cáo trong quý I năm 2026.',
      'Văn phòng Chính phủ thông báo để Bộ Khoa học và Công nghệ biết, thực hiện./.',
      'Nơi nhận:',
      '- Như trên;',
    ];
    expect(tasksOf(importPlanText(text.join('\n'))).map((t) => [t.lead, t.partners])).toEqual([
      ['Bộ Khoa học và Công nghệ', 'Bộ Quốc phòng'],
    ]);
    const closing = [
      ...text.slice(0, 3),
      'Sở Giáo dục và Đào tạo đề nghị Thủ trưởng các đơn vị nghiêm túc thực hiện./.',
    ];
    expect(tasksOf(importPlanText(closing.join('\n')))).toEqual([]);
  });

  it('reads who a matter’s answer gives the work to in a later sentence (631/TB-VPCP 2025)', () => {
    const text = [
      '2. Về những nội dung còn có ý kiến khác nhau:',
      '(1) Về triển khai Chương trình: Chính phủ sẽ phân công nhiệm vụ các bộ, cơ quan. Bộ Dân tộc và Tôn giáo chủ trì hướng dẫn thực hiện chính sách dân tộc.',
      '(2) Về phê duyệt Chương trình: Các Bộ, cơ quan thống nhất chỉ có một cơ quan chủ trì.',
    ];
    expect(tasksOf(importPlanText(text.join('\n'))).map((t) => t.lead)).toEqual([
      'Bộ Dân tộc và Tôn giáo',
      '',
    ]);
  });

  // The form of Chỉ thị 010/CT-UBND Đắk Lắk 2025.
  it('reads a chapter of responsibilities, a class of bodies over lettered duties, and a purpose before its subject', () => {
    const text = [
      'I. Trách nhiệm phối hợp trong công tác thẩm định chủ trương đầu tư dự án',
      '1. Các cơ quan đăng ký đầu tư (Sở Tài chính, Ban Quản lý các Khu công nghiệp tỉnh):',
      'a) Là đầu mối chủ trì, tiếp nhận hồ sơ, tổ chức lấy ý kiến thẩm định.',
      'b) Chịu trách nhiệm tiếp nhận hồ sơ, kiểm tra tính hợp lệ của hồ sơ.',
      '2. Để nâng cao hiệu lực, hiệu quả quản lý nhà nước về đầu tư, tăng cường công tác kiểm tra, các Sở, ngành, UBND cấp xã và các đơn vị có liên quan theo chức năng, nhiệm vụ thực hiện các nội dung sau:',
      'a) Thực hiện đầy đủ, nghiêm túc các quy định của pháp luật về đầu tư.',
      'b) Tham gia kiểm tra, khảo sát vị trí đầu tư xây dựng.',
      'II. Thời gian và trách nhiệm thực hiện',
      '1. Thời gian thực hiện',
    ];
    const classOf = 'Các cơ quan đăng ký đầu tư (Sở Tài chính, Ban Quản lý các Khu công nghiệp tỉnh)';
    const purpose = 'các Sở, ngành, UBND cấp xã và các đơn vị có liên quan';
    expect(tasksOf(importPlanText(text.join('\n'))).map((t) => [t.tt, t.lead])).toEqual([
      ['a', classOf],
      ['b', classOf],
      ['a', purpose],
      ['b', purpose],
    ]);
  });

  it('reads the provinces a heading lists after its colon as part of the lead its items take (227/CĐ-TTg 2025)', () => {
    const text = [
      '1. Bí thư tỉnh ủy và Chủ tịch Ủy ban nhân dân các tỉnh: Đắk Lắk, Khánh Hòa, Gia Lai và Lâm Đồng tiếp tục lãnh đạo, chỉ đạo khắc phục hậu quả mưa lũ, trong đó tập trung một số nhiệm vụ sau:',
      '(1) Tập trung cứu trợ, hỗ trợ người dân bị ảnh hưởng.',
      '(2) Khẩn trương khôi phục hoạt động sản xuất, kinh doanh.',
      '2. Bộ Tài chính bố trí kinh phí hỗ trợ các địa phương.',
    ];
    const lead =
      'Bí thư tỉnh ủy và Chủ tịch Ủy ban nhân dân các tỉnh: Đắk Lắk, Khánh Hòa, Gia Lai và Lâm Đồng';
    expect(tasksOf(importPlanText(text.join('\n'))).map((t) => t.lead)).toEqual([
      lead,
      lead,
      lead,
      'Bộ Tài chính',
    ]);
  });

  it('reads who a topic’s paragraph names, unless a heading above already gives the work (153/KH-UBND Cần Thơ, 234/CĐ-TTg 2025)', () => {
    const text = [
      'III. NHIỆM VỤ TRỌNG TÂM',
      '1. Công tác tham mưu, chỉ đạo triển khai',
      'Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thành phố và các tổ chức thành viên tổ chức quán triệt sâu rộng Chương trình.',
      '2. Sở Xây dựng',
      'a) Hướng dẫn các địa phương thiết kế nhà mẫu.',
      'Chủ tịch Ủy ban nhân dân cấp xã chịu trách nhiệm về số liệu báo cáo.',
    ];
    expect(tasksOf(importPlanText(text.join('\n'))).map((t) => t.lead)).toEqual([
      'Ủy ban Mặt trận Tổ quốc Việt Nam thành phố và các tổ chức thành viên',
      'Sở Xây dựng',
    ]);
  });

  // The forms of 393/NQ-CP and 10989/BNV-TCBC 2025.
  it('reads the articles of a decision that give work, and a letter’s request after its grounds', () => {
    const decision = [
      'CHÍNH PHỦ',
      'Số: 393/NQ-CP',
      'QUYẾT NGHỊ:',
      'Điều 1. Thông qua Báo cáo tiếp thu, giải trình ý kiến của các vị đại biểu Quốc hội.',
      'Bộ Nội vụ chủ trì, phối hợp với các Bộ, cơ quan liên quan hoàn thiện Báo cáo.',
      'Điều 2. Giao Bộ trưởng Bộ Nội vụ thừa ủy quyền Thủ tướng Chính phủ thay mặt Chính phủ ký báo cáo.',
      'Điều 3. Nghị quyết này có hiệu lực thi hành kể từ ngày ký ban hành.',
      'Điều 4. Bộ trưởng Bộ Nội vụ, các Bộ trưởng, Thủ trưởng cơ quan ngang bộ chịu trách nhiệm thi hành Nghị quyết này./.',
      'Nơi nhận:',
    ];
    expect(tasksOf(importPlanText(decision.join('\n'))).map((t) => [t.tt, t.lead])).toEqual([
      ['', 'Bộ Nội vụ'],
      ['Điều 2', 'Bộ trưởng Bộ Nội vụ'],
    ]);
    // The execution formula in lower case too (2634/QĐ-TTg 2025).
    const lower = [
      ...decision.slice(0, 3),
      'Điều 4. Các Bộ trưởng, Thủ trưởng cơ quan ngang Bộ chịu trách nhiệm thi hành quyết định này./.',
    ];
    expect(tasksOf(importPlanText(lower.join('\n')))).toEqual([]);
    const letter = [
      'BỘ NỘI VỤ',
      'Số: 10989/BNV-TCBC',
      'Kính gửi: Các bộ, cơ quan ngang bộ.',
      'Thực hiện ý kiến của Ban Tổ chức Trung ương, Bộ Nội vụ đã có Văn bản số 8091/BNV-TCBC đề nghị các Bộ, ngành báo cáo thực trạng biên chế.',
      'Trên cơ sở định hướng của Ban Tổ chức Trung ương, Bộ Nội vụ đã xây dựng nguyên tắc đề xuất biên chế. Để việc đề xuất được thống nhất, đề nghị bộ, ngành, địa phương khẩn trương tổng hợp đề xuất biên chế, gửi Bộ Nội vụ trước ngày 26/11/2025.',
      'Nơi nhận:',
    ];
    expect(tasksOf(importPlanText(letter.join('\n'))).map((t) => [t.lead, t.time])).toEqual([
      ['bộ, ngành, địa phương', 'trước ngày 26/11/2025'],
    ]);
  });

  it('reads the tasks an assessment chapter announces at its end (641/TB-VPCP 2025)', () => {
    const text = [
      'I. ĐÁNH GIÁ CHUNG',
      'Thành phố đã rất nỗ lực vượt qua khó khăn, khẩn trương khắc phục hậu quả mưa lũ.',
      'Để tiếp tục vận hành chính quyền địa phương 02 cấp hiệu quả, thành phố Đà Nẵng cần tập trung thực hiện tốt một số nhiệm vụ, giải pháp sau đây:',
      '1. Tăng cường hiệu quả hoạt động của bộ máy chính quyền cấp xã.',
      '2. Thúc đẩy mạnh mẽ chuyển đổi số.',
      'II. VỀ CÁC ĐỀ XUẤT, KIẾN NGHỊ CỦA THÀNH PHỐ',
      '1. Về đề nghị Bộ Nội vụ tham mưu ban hành các cơ chế, chính sách: Giao Bộ Nội vụ nghiên cứu, xử lý.',
    ];
    expect(tasksOf(importPlanText(text.join('\n'))).map((t) => [t.tt, t.lead])).toEqual([
      ['1', 'thành phố Đà Nẵng'],
      ['2', 'thành phố Đà Nẵng'],
      ['1', 'Bộ Nội vụ'],
    ]);
  });

  it('takes a "-" bullet that only names what its "+" actions are about for a sub-heading (160/KH-UBND Cần Thơ 2025)', () => {
    const text = [
      'III. NỘI DUNG GIÁM SÁT, ĐÁNH GIÁ',
      '1. Nội dung giám sát',
      '- Nội dung giám sát của chủ chương trình',
      '+ Theo dõi, kiểm tra công tác quản lý Chương trình.',
      '+ Báo cáo kết quả thực hiện Chương trình.',
      '- Tổng hợp kết quả giám sát của các dự án thành phần.',
      '2. Nội dung khác',
      '- Các sản phẩm trái cây:',
      '+ Tổng sản phẩm xoài tham gia xuất khẩu đạt 18.000 tấn.',
    ];
    expect(tasksOf(importPlanText(text.join('\n'))).map((t) => t.task.split('\n').at(-1))).toEqual([
      '+ Theo dõi, kiểm tra công tác quản lý Chương trình.',
      '+ Báo cáo kết quả thực hiện Chương trình.',
      '- Tổng hợp kết quả giám sát của các dự án thành phần.',
      '- Các sản phẩm trái cây:',
      '+ Tổng sản phẩm xoài tham gia xuất khẩu đạt 18.000 tấn.',
    ]);
  });

  it('reads a conclusion’s praise as no task, unless the point goes on to ask for work (653, 637/TB-VPCP 2025)', () => {
    const text = [
      '1. Về Dự án Nhà máy điện Nhơn Trạch 3 và Nhơn Trạch 4',
      'a) Đánh giá cao nỗ lực của Chủ đầu tư dự án đã hoàn thành xây dựng dự án.',
      'b) Bộ Công Thương chỉ đạo Tập đoàn Điện lực Việt Nam đẩy nhanh đàm phán trong tháng 12 năm 2025.',
      'c) Ghi nhận kết quả của Tỉnh; đề nghị Ủy ban nhân dân tỉnh tiếp tục chỉ đạo hoàn thành bàn giao mặt bằng.',
      '2. Ghi nhận, đánh giá cao và biểu dương sự nỗ lực, cố gắng rất lớn của Bộ Y tế.',
    ];
    expect(tasksOf(importPlanText(text.join('\n'))).map((t) => t.tt)).toEqual(['b', 'c']);
  });

  it('reads a conclusion’s assessment point and a state of things as no tasks, the directions as tasks (07-KL/VPTW, 987/KH-UBND 2025)', () => {
    const text = [
      '1. Về đánh giá tình hình hoạt động từ tháng 6/2022 đến nay',
      '(1) Công tác tham mưu phục vụ sự lãnh đạo ngày càng bài bản, chuyên nghiệp.',
      '(2) Duy trì nền nếp, nâng cao chất lượng công tác thông tin phục vụ lãnh đạo.',
      '2. Về phương hướng, nhiệm vụ thời gian tới',
      '(1) Các văn phòng tiếp tục nâng cao chất lượng tham mưu, phục vụ cấp ủy.',
      // A heading over the state of things (987/KH-UBND Nghệ An 2025).
      '3. Hiện trạng',
      'Nghệ An hiện có nhiều khu công nghiệp với tốc độ lấp đầy nhanh.',
    ];
    expect(tasksOf(importPlanText(text.join('\n'))).map((t) => t.task)).toEqual([
      'Các văn phòng tiếp tục nâng cao chất lượng tham mưu, phục vụ cấp ủy.',
    ]);
  });

  it('never throws, and every task comes from a heading of the text', () => {
    const line = fc.oneof(
      fc.constantFrom(
        'I. A',
        '1. Việc',
        '1.1. Việc con',
        'a) Nội dung thực hiện',
        '- Đơn vị chủ trì: Sở X',
        'Thời gian: Quý II',
        'Nơi nhận:',
        '',
      ),
      fc.string(),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 40 }), (lines) => {
        const imported = importPlanText(lines.join('\n'));
        for (const row of imported.rows) {
          const at = row.kind === 'task' ? row.task.line : row.line;
          expect(at).toBeGreaterThanOrEqual(1);
          expect(at).toBeLessThanOrEqual(lines.length);
        }
      }),
    );
  });
});
