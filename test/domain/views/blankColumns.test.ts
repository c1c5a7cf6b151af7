import { agencySheetSpec, buildAgencyLists, parseAppendix } from '../../../src/domain';
import { gridFrom } from '../../helpers/grid';

/** Lists ready to send (issue 17): no column that no row fills, and numbered pages. */
describe('a list sheet leaves out the columns no row of the appendix fills', () => {
  const appendix = parseAppendix(
    gridFrom([
      ['(Kèm theo Kế hoạch số 5/KH-UBND ngày 10/4/2026 của UBND tỉnh Khánh Hòa)'],
      ['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian', 'Căn cứ', 'Nguồn kinh phí', 'Sản phẩm'],
      ['1', 'Việc một', 'Sở Tài chính', 'Quý II', 'Kế hoạch 1/KH-UBND ngày 02/01/2026', '', ''],
      ['2', 'Việc hai', 'Sở Tài chính', 'Quý III', '', '', ''],
    ]),
  );

  it('prints neither a blank funding nor a blank product column, and says so in the title', () => {
    const lists = buildAgencyLists(appendix);
    expect(lists.blankColumns).toEqual(['funding', 'product']);
    const spec = agencySheetSpec(lists.lists[0] as never, lists, { sheetName: 'Sở Tài chính' });
    expect(spec.header).toEqual(['TT', 'Nhiệm vụ', 'Vai trò', 'Thời gian thực hiện', 'Căn cứ']);
    expect(spec.title.at(-1)).toBe('Không in cột để trống ở mọi dòng của phụ lục: Nguồn kinh phí, Sản phẩm.');
    expect(spec.footer).toBe('Trang &P/&N');
    expect(agencySheetSpec(lists.lists[0] as never, lists, { sheetName: 'x', lang: 'en' }).footer).toBe(
      'Page &P of &N',
    );
  });
});
