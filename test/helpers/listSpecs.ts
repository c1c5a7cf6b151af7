import type { ListSheetSpec } from '../../src/domain';

/** A small agency list sheet, as the add-in writes one per agency. */
export function listSpec(
  name: string,
  tag: ListSheetSpec['tag'] = 'agency-list',
  task = 'Việc một',
): ListSheetSpec {
  return {
    name,
    tag,
    footer: 'Trang &P/&N',
    title: [`DANH SÁCH NHIỆM VỤ – ${name}`],
    header: ['TT', 'Nhiệm vụ'],
    widths: [6, 40],
    align: ['center', 'left'],
    rows: [{ kind: 'task', cells: ['1', task] }],
  };
}

/** The index sheet over the lists, each name a link to its sheet. */
export function indexSpec(names: string[]): ListSheetSpec {
  return {
    ...listSpec('Tổng hợp theo cơ quan', 'agency-index'),
    rows: names.map((name, i) => ({
      kind: 'task',
      cells: [String(i + 1), { text: name, link: { sheet: name, cell: 'A1' } }],
    })),
  };
}
