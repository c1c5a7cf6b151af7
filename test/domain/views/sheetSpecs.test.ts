import type { AgencyList, AgencyLists, LinkTarget, ListRow, Plan } from '../../../src/domain';
import {
  agencyFiles,
  agencyIndex,
  agencySheetSpec,
  buildAgencyLists,
  closingSplit,
  indexSheetSpec,
  isFormulaLike,
  listSheetGrid,
  listSheetLayout,
  listText,
  parseAppendix,
  planReferenceLine,
  UNIDENTIFIED_KEY,
} from '../../../src/domain';
import { gridFrom, HEADER, sampleGrid } from '../../helpers/grid';

/** A row as a short string: "part: …", "§ TT title", or the task's first cells. */
function outline(row: ListRow): string {
  if (row.kind === 'part' || row.kind === 'note') return `${row.kind}: ${row.text}`;
  if (row.kind === 'section') return `§ ${row.tt} ${row.title}`.trim();
  if (row.kind === 'closing') return `closing: ${row.left} | ${row.right}`;
  return `${row.kind}: ${row.cells.slice(0, 1).join('')} | ${String(row.cells[2])}`;
}

describe('sheet specs of the Kế hoạch 58/KH-UBND lists', () => {
  let lists: AgencyLists;
  const list = (key: string): AgencyList => {
    const found = lists.lists.find((l) => l.key === key);
    if (!found) throw new Error(`no list ${key}`);
    return found;
  };

  beforeAll(async () => {
    const appendix = parseAppendix(await sampleGrid());
    lists = buildAgencyLists(appendix, { planDate: appendix.plan.date });
  });

  it('titles an agency sheet with the agency and the plan, then its tasks under the appendix headings', () => {
    const spec = agencySheetSpec(list('so-ke-hoach-dau-tu'), lists, { sheetName: 'Sở KH&ĐT' });
    expect(spec).toMatchObject({ name: 'Sở KH&ĐT', tag: 'agency-list' });
    expect(spec.title).toEqual([
      'DANH SÁCH NHIỆM VỤ – Sở Kế hoạch và Đầu tư',
      'Kèm theo Kế hoạch số 58/KH-UBND ngày 11/03/2024 của Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu',
      'Chủ trì: 5 nhiệm vụ (trong đó 3 cùng chủ trì với cơ quan khác).',
    ]);
    expect(spec.header).toEqual([
      'TT',
      'Nhiệm vụ',
      'Vai trò',
      'Thời gian thực hiện',
      'Căn cứ',
      'Nguồn kinh phí',
    ]);
    expect(spec.rows.map(outline)).toEqual([
      'part: A. NHIỆM VỤ CHỦ TRÌ (5)',
      '§ II CÔNG TÁC NGOẠI GIAO NHÀ NƯỚC',
      '§ II.I Triển khai các thỏa thuận quốc tế cấp tỉnh đã ký kết',
      'task: 10 | Cùng chủ trì với: Sở Nông nghiệp và Phát triển nông thôn',
      'task: 11 | Chủ trì',
      'task: 17 | Chủ trì',
      '§ IV CÔNG TÁC NGOẠI GIAO KINH TẾ',
      'task: 4 | Cùng chủ trì với: Sở Công Thương; Các cơ quan có liên quan',
      'task: 9 | Cùng chủ trì với: Sở Công Thương; Sở Ngoại vụ',
    ]);
    const task17 = spec.rows[5];
    expect(task17?.kind === 'task' && task17.cells).toEqual([
      '17',
      expect.stringMatching(/^Rà soát, tái kết nối/),
      'Chủ trì',
      'thường xuyên',
      'Theo Kế hoạch 218/KH-UBND ngày 31/12/2021 về hoạt động đối ngoại giai đoạn 2021 - 2025',
      'chi phí hoạt động thường xuyên',
    ]);
  });

  it('closes a list with the settings’ "Nơi nhận" (the agency first) and signature block, as on a signed plan', async () => {
    // The closing of the Đồng Nai 2025 plan (seeds/ke-hoach-doi-ngoai-dong-nai-2025.txt), in part.
    const appendix = parseAppendix(await sampleGrid());
    const closing = {
      recipients: ['- Bộ Ngoại giao (báo cáo);', '- Thường trực Tỉnh ủy (báo cáo);', '- Lưu: VT, NgV.'],
      signature: ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', '', '', 'Dương Minh Dũng'],
    };
    const signed = buildAgencyLists(appendix, { planDate: appendix.plan.date, closing });
    const soNgoaiVu = signed.lists.find((l) => l.key === 'so-ngoai-vu') as AgencyList;
    const spec = agencySheetSpec(soNgoaiVu, signed, { sheetName: 'Sở Ngoại vụ' });
    const closingRows = spec.rows.filter((row) => row.kind === 'closing');
    expect(closingRows.map(outline)).toEqual([
      'closing:  | ',
      'closing: Nơi nhận: | KT. CHỦ TỊCH',
      'closing: - Sở Ngoại vụ; | PHÓ CHỦ TỊCH',
      'closing: - Bộ Ngoại giao (báo cáo); | ',
      'closing: - Thường trực Tỉnh ủy (báo cáo); | ',
      'closing: - Lưu: VT, NgV. | ',
      'closing:  | Dương Minh Dũng',
    ]);
    expect(closingRows[1]).toMatchObject({ heading: true });
    expect(spec.rows.slice(-closingRows.length)).toEqual(closingRows);
    // Read back from the drawn cells: the recipients from A, the signature from the right half.
    const grid = listSheetGrid(spec);
    const split = closingSplit(spec.widths);
    const last = grid.texts[grid.texts.length - 1] ?? [];
    expect(last[split]).toBe('Dương Minh Dũng');
    expect(grid.texts[grid.texts.length - 6]?.[0]).toBe('Nơi nhận:');
    // Without settings, nothing is printed below the list.
    const plain = agencySheetSpec(list('so-ngoai-vu'), lists, { sheetName: 'Sở Ngoại vụ' });
    expect(plain.rows.some((row) => row.kind === 'closing')).toBe(false);
    // A signature alone: no "Nơi nhận" heading.
    const signatureOnly = buildAgencyLists(appendix, { closing: { signature: ['GIÁM ĐỐC'] } });
    const rows = agencySheetSpec(signatureOnly.lists[0] as AgencyList, signatureOnly, {
      sheetName: 'x',
    }).rows;
    expect(rows.filter((row) => row.kind === 'closing').map(outline)).toEqual([
      'closing:  | ',
      'closing:  | GIÁM ĐỐC',
    ]);
  });

  it('sizes columns to their content within bounds, centring TT and time', () => {
    const spec = agencySheetSpec(list('ubnd-cac-huyen-thi-xa-thanh-pho'), lists, {
      sheetName: 'UBND cấp huyện',
    });
    expect(spec.widths).toHaveLength(spec.header.length);
    const [tt, task, , time, basis] = spec.widths;
    expect(tt).toBeLessThanOrEqual(9);
    expect(task).toBeGreaterThanOrEqual(30);
    expect(task).toBeLessThanOrEqual(60);
    expect(time).toBe('thường xuyên'.length + 2);
    expect(basis).toBeLessThanOrEqual(45);
    expect(spec.align).toEqual(['center', 'left', 'left', 'center', 'left', 'left']);
  });

  it('puts the header after the title lines and one blank row', () => {
    const spec = agencySheetSpec(list('so-ngoai-vu'), lists, { sheetName: 'Sở Ngoại vụ' });
    expect(listSheetLayout(spec)).toEqual({ headerRow: 5, firstBodyRow: 6, columns: 6 });
  });

  it('builds the index with counts per agency, totals that add up, links, and notes', () => {
    const targets = new Map<string, LinkTarget>(
      lists.lists.map((l) => [l.key, { sheet: l.entry?.shortName ?? 'x', cell: 'A1' }]),
    );
    const index = agencyIndex(lists);
    const spec = indexSheetSpec(index, lists.plan, {
      sheetName: 'Tổng hợp theo cơ quan',
      targets,
      withSupporting: false,
    });
    expect(spec.tag).toBe('agency-index');
    expect(spec.title).toEqual([
      'TỔNG HỢP NHIỆM VỤ THEO CƠ QUAN',
      'Kèm theo Kế hoạch số 58/KH-UBND ngày 11/03/2024 của Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu',
    ]);
    expect(spec.header).toEqual([
      'STT',
      'Cơ quan',
      'Trang tính',
      'Chủ trì',
      'Cùng chủ trì',
      'Quý I',
      'Quý II',
      'Quý III',
      'Quý IV',
      'Khác/cả năm',
      'Thiếu căn cứ',
      'Biểu đồ chủ trì',
    ]);
    const tasks = spec.rows.filter((r) => r.kind === 'task');
    expect(tasks).toHaveLength(lists.lists.length);
    // Row 2 of the index: Sở Ngoại vụ comes second in registry order, after the Văn phòng Đoàn ĐBQH.
    const ngoaiVu = tasks.find((r) => r.kind === 'task' && r.cells[0] === 2);
    expect(ngoaiVu?.kind === 'task' && ngoaiVu.cells).toEqual([
      2,
      { text: 'Sở Ngoại vụ', link: { sheet: 'Sở Ngoại vụ', cell: 'A1' } },
      { text: 'Sở Ngoại vụ', link: { sheet: 'Sở Ngoại vụ', cell: 'A1' } },
      35,
      6,
      1,
      7,
      3,
      1,
      29,
      0,
      // The busiest list: the longest bar.
      '█'.repeat(20),
    ]);
    const total = spec.rows.find((r) => r.kind === 'total');
    const numbers = (row: ListRow | undefined) =>
      row?.kind === 'task' || row?.kind === 'total'
        ? row.cells.slice(3).filter((cell): cell is number => typeof cell === 'number')
        : [];
    const sums = numbers(tasks[0]).map((_, i) => tasks.reduce((sum, row) => sum + (numbers(row)[i] ?? 0), 0));
    expect(numbers(total)).toEqual(sums);
    expect(total?.kind === 'total' && total.cells.slice(0, 5)).toEqual(['', 'Tổng cộng', '', 84, 30]);
    const notes = spec.rows.filter((r) => r.kind === 'note').map(outline);
    expect(notes[0]).toBe(
      'note: Phụ lục có 97 nhiệm vụ: 84 do một cơ quan chủ trì, 13 do nhiều cơ quan cùng chủ trì (tính ở mỗi cơ quan).',
    );
    // The totals by quarter drawn as bars, the same numbers as the Total row.
    const from = notes.indexOf(
      'note: Nhiệm vụ chủ trì theo quý hết hạn (cộng theo cơ quan, như dòng Tổng cộng):',
    );
    const byQuarter = notes.slice(from + 1, from + 6).map((line) => line.replace('note: ', '').split('  '));
    expect(byQuarter.map(([name]) => name)).toEqual(['Quý I', 'Quý II', 'Quý III', 'Quý IV', 'Khác/cả năm']);
    expect(byQuarter.map(([, , count]) => Number(count))).toEqual(numbers(total).slice(2, 7));
    expect(Math.max(...byQuarter.map(([, bar]) => bar?.length ?? 0))).toBe(20);
  });

  it('links the index to files when the lists are written one file each', () => {
    const files = agencyFiles(lists);
    expect(files.index.file).toBe('00-tong-hop.xlsx');
    expect(files.index.spec.header[2]).toBe('Tệp');
    expect(files.lists).toHaveLength(lists.lists.length);
    const first = files.index.spec.rows[0];
    expect(first?.kind === 'task' && first.cells.slice(0, 3)).toEqual([
      1,
      {
        text: 'Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh',
        link: { file: files.lists[0]?.file },
      },
      {
        text: '01-van-phong-doan-dbqh-hdnd-tinh.xlsx',
        link: { file: '01-van-phong-doan-dbqh-hdnd-tinh.xlsx' },
      },
    ]);
    expect(new Set(files.lists.map((f) => f.spec.name)).size).toBe(files.lists.length);
  });

  it('writes English wording with lang en, leaving the officer’s texts as they are', () => {
    const spec = agencySheetSpec(list('so-ke-hoach-dau-tu'), lists, { sheetName: 'Sở KH&ĐT', lang: 'en' });
    expect(spec.title[0]).toBe('TASK LIST – Sở Kế hoạch và Đầu tư');
    expect(spec.title[1]).toBe(
      'Attached to Kế hoạch No. 58/KH-UBND of 11/03/2024 by Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu',
    );
    expect(spec.header).toEqual(['TT', 'Task', 'Role', 'Time frame', 'Legal basis', 'Funding']);
  });
});

describe('sheet specs of a sheet with partners and unknown leads', () => {
  const TITLE = ['(Kèm theo Kế hoạch số 9/KH-UBND ngày 15/02/2024 của UBND tỉnh)'];
  const header = [...HEADER.slice(0, 3), 'Cơ quan phối hợp', ...HEADER.slice(3)];
  const appendix = parseAppendix(
    gridFrom([
      TITLE,
      header,
      ['I', 'CÔNG TÁC CHUNG'],
      [
        '1',
        '=HYPERLINK("http://x")',
        'Sở Ngoại vụ',
        'Sở Nội vụ',
        'Quý II',
        'Kế hoạch 1/KH-UBND ngày 02/01/2024',
        'NS',
      ],
      ['2', 'Việc hai', 'Ban XYZ, Sở Nội vụ', '', 'Thường xuyên', '', 'NS'],
      ['3', 'Việc ba', '', 'Sở Ngoại vụ', 'Quý I', 'x', 'NS'],
    ]),
  );
  const lists = buildAgencyLists(appendix);
  const byKey = (key: string): AgencyList => {
    const found = lists.lists.find((l) => l.key === key);
    if (!found) throw new Error(`no list ${key}`);
    return found;
  };

  it('adds the partners column and the supporting part', () => {
    const spec = agencySheetSpec(byKey('so-noi-vu'), lists, { sheetName: 'Sở Nội vụ' });
    expect(spec.header).toContain('Cơ quan phối hợp');
    expect(spec.title[2]).toBe(
      'Chủ trì: 1 nhiệm vụ (trong đó 1 cùng chủ trì với cơ quan khác). Phối hợp: 1 nhiệm vụ.',
    );
    expect(spec.rows.map(outline)).toEqual([
      'part: A. NHIỆM VỤ CHỦ TRÌ (1)',
      '§ I CÔNG TÁC CHUNG',
      'task: 2 | Cùng chủ trì với: Ban XYZ',
      'part: B. NHIỆM VỤ PHỐI HỢP (1)',
      '§ I CÔNG TÁC CHUNG',
      'task: 1 | Phối hợp; chủ trì: Sở Ngoại vụ',
    ]);
  });

  it('says which names were not identified, and that a lead cell was blank', () => {
    const spec = agencySheetSpec(byKey(UNIDENTIFIED_KEY), lists, { sheetName: 'Chưa xác định' });
    expect(spec.title[0]).toBe('DANH SÁCH NHIỆM VỤ – Chưa xác định cơ quan');
    const roles = spec.rows.flatMap((r) => (r.kind === 'task' ? [r.cells[2]] : []));
    expect(roles).toEqual([
      'Cùng chủ trì với: Sở Nội vụ (chưa xác định: Ban XYZ)',
      'Chưa ghi cơ quan chủ trì',
    ]);
    const supportPart = spec.rows.filter((r) => r.kind === 'part').map(outline);
    expect(supportPart).toEqual(['part: A. NHIỆM VỤ CHỦ TRÌ (2)', 'part: B. NHIỆM VỤ PHỐI HỢP (0)']);
    expect(spec.rows.at(-1)).toEqual({ kind: 'section', tt: '', title: 'Không có nhiệm vụ.' });
  });

  it('keeps a formula-like task text as the same string, flagged for the Office.js renderer', () => {
    const spec = agencySheetSpec(byKey('so-ngoai-vu'), lists, { sheetName: 'Sở Ngoại vụ' });
    const task = spec.rows.find((r) => r.kind === 'task');
    expect(task?.kind === 'task' && task.cells[1]).toBe('=HYPERLINK("http://x")');
    expect(isFormulaLike('=HYPERLINK("http://x")')).toBe(true);
    expect(['+84', '-', '@x', 'Sở'].map(isFormulaLike)).toEqual([true, true, true, false]);
  });

  it('prints the supporting part for a body the lead column names as supporting, without a partner column', () => {
    const noColumn = buildAgencyLists(
      parseAppendix(
        gridFrom([
          ['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian thực hiện'],
          ['1', 'Việc một', 'Sở Tài chính chủ trì, Sở Nội vụ phối hợp', 'Quý II/2025'],
        ]),
      ),
    );
    const list = noColumn.lists.find((l) => l.key === 'so-noi-vu');
    const spec = list && agencySheetSpec(list, noColumn, { sheetName: 'Sở Nội vụ' });
    expect(spec?.header).not.toContain('Cơ quan phối hợp');
    expect(spec?.rows.filter((r) => r.kind === 'part').map(outline)).toEqual([
      'part: A. NHIỆM VỤ CHỦ TRÌ (0)',
      'part: B. NHIỆM VỤ PHỐI HỢP (1)',
    ]);
  });

  it('counts the supporting column in the index only when the sheet has partners', () => {
    const spec = agencyFiles(lists).index.spec;
    expect(spec.header).toContain('Phối hợp');
    const noPartners = indexSheetSpec(agencyIndex(lists), lists.plan, {
      sheetName: 'x',
      targets: new Map(),
      withSupporting: false,
    });
    expect(noPartners.header).not.toContain('Phối hợp');
  });

  it('leaves out "Thiếu căn cứ" and its note when the appendix has no Căn cứ column (it would count every task)', () => {
    const noBasis = buildAgencyLists(
      parseAppendix(
        gridFrom([
          ['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian thực hiện'],
          ['1', 'Việc một', 'Sở Tài chính', 'Quý II/2025'],
          ['2', 'Việc hai', 'Sở Nội vụ', 'Quý III/2025'],
        ]),
      ),
    );
    expect(noBasis.blankColumns).toContain('basis');
    const spec = agencyFiles(noBasis).index.spec;
    expect(spec.header).not.toContain('Thiếu căn cứ');
    expect(spec.rows.some((row) => row.kind === 'note' && row.text.startsWith('Thiếu căn cứ'))).toBe(false);
    const withBasis = agencyFiles(lists).index.spec;
    expect(withBasis.header).toContain('Thiếu căn cứ');
    expect(withBasis.rows.some((row) => row.kind === 'note' && row.text.startsWith('Thiếu căn cứ'))).toBe(
      true,
    );
  });
});

describe('planReferenceLine', () => {
  const plan: Plan = {
    appendixName: null,
    title: null,
    reference: '(Kèm theo Kế hoạch của Ban Thường vụ Tỉnh ủy)',
    documentType: null,
    number: null,
    date: null,
    dateText: null,
    issuer: null,
    year: null,
  };
  const vi = listText('vi');

  it('uses the reference as written when the plan has no number', () => {
    expect(planReferenceLine(plan, vi)).toBe('Kèm theo Kế hoạch của Ban Thường vụ Tỉnh ủy');
    expect(planReferenceLine({ ...plan, reference: null }, vi)).toBeUndefined();
  });

  it('keeps an impossible date as written', () => {
    const line = planReferenceLine(
      { ...plan, documentType: 'Kế hoạch', number: '5/KH-UBND', dateText: 'ngày 31 tháng 02 năm 2024' },
      vi,
    );
    expect(line).toBe('Kèm theo Kế hoạch số 5/KH-UBND ngày 31 tháng 02 năm 2024');
  });
});
