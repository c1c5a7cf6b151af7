import { agencyRowView, buildAgencyLists, parseAppendix } from '../../../src/domain';
import { gridFrom, HEADER } from '../../helpers/grid';

describe('agencyRowView', () => {
  it('keeps a task’s continuation rows and its section and group rows, and hides the rest of the table', () => {
    const appendix = parseAppendix(
      gridFrom([
        ['(Kèm theo Kế hoạch số 9/KH-UBND ngày 15/02/2024 của UBND tỉnh)'],
        HEADER,
        ['I', 'CÔNG TÁC CHUNG'],
        ['1', 'Việc một', 'Sở Nội vụ', 'Quý I', 'Kế hoạch 1/KH-UBND ngày 02/01/2024', 'Ngân sách tỉnh'],
        ['II', 'HỢP TÁC'],
        ['1', 'Với tỉnh A'],
        ['1.1', 'Việc hai', 'Sở Ngoại vụ', 'Quý II', 'Kế hoạch 1/KH-UBND ngày 02/01/2024', 'Ngân sách tỉnh'],
        [null, 'và báo cáo kết quả'],
        ['1.2', 'Việc ba', 'Sở Nội vụ', 'Quý III', 'Kế hoạch 1/KH-UBND ngày 02/01/2024', 'Ngân sách tỉnh'],
      ]),
    );
    const lists = buildAgencyLists(appendix, { planDate: appendix.plan.date });
    const ngoaiVu = lists.lists.find((l) => l.entry?.name === 'Sở Ngoại vụ');
    expect(ngoaiVu && agencyRowView(appendix, ngoaiVu)).toEqual({
      sheetName: 'Phụ lục',
      firstRow: 3,
      lastRow: 9,
      visibleRows: [5, 6, 7, 8],
    });
  });
});
