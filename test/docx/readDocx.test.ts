import { docxTableGrid, docxText, NotDocxError, readDocx } from '../../src/docx';
import { docxBytes, list, p, table, tc } from '../helpers/docx';

describe('reading a .docx', () => {
  it("draws Word's automatic numbers before the paragraphs they number, as the reader sees them", async () => {
    const numbering = list(1, [
      { format: 'upperRoman', text: '%1.' },
      { format: 'decimal', text: '%2.' },
      { format: 'decimal', text: '%2.%3.' },
    ]);
    const body = [
      p('NỘI DUNG', { numId: 1 }),
      p('Công tác thông tin', { numId: 1, ilvl: 1 }),
      p('Việc con', { numId: 1, ilvl: 2 }),
      p('Việc con nữa', { numId: 1, ilvl: 2 }),
      p('Công tác khác', { numId: 1, ilvl: 1 }),
      p('Việc của công tác khác', { numId: 1, ilvl: 2 }),
      p('TỔ CHỨC THỰC HIỆN', { numId: 1 }),
    ].join('');
    const blocks = await readDocx(await docxBytes(body, numbering));
    expect(docxText(blocks).split('\n')).toEqual([
      'I. NỘI DUNG',
      '1. Công tác thông tin',
      '1.1. Việc con',
      '1.2. Việc con nữa',
      '2. Công tác khác',
      '2.1. Việc của công tác khác',
      'II. TỔ CHỨC THỰC HIỆN',
    ]);
  });

  it('reads a table cell by cell, with its horizontal and vertical merges', async () => {
    const body = table([
      [tc('TT'), tc('Nhiệm vụ'), tc('Cơ quan chủ trì')],
      [tc('I'), tc('CÔNG TÁC ĐỐI NGOẠI', { span: 2 })],
      [tc('1'), tc('Việc một'), tc('Sở Ngoại vụ', { vMerge: 'restart' })],
      [tc('2'), tc('Việc hai'), tc('', { vMerge: 'continue' })],
    ]);
    const [block] = await readDocx(await docxBytes(body));
    expect(block?.kind).toBe('table');
    if (block?.kind !== 'table') return;
    expect(block.table).toMatchObject({ rowCount: 4, columnCount: 3 });
    expect(block.table.cells.find((c) => c.text === 'CÔNG TÁC ĐỐI NGOẠI')).toMatchObject({
      row: 1,
      column: 1,
      colSpan: 2,
    });
    expect(block.table.cells.find((c) => c.text === 'Sở Ngoại vụ')).toMatchObject({
      row: 2,
      column: 2,
      rowSpan: 2,
    });
    const grid = docxTableGrid(block.table, 'Phụ lục 1', ['PHỤ LỤC 1']);
    expect(grid.texts[0]).toEqual(['PHỤ LỤC 1', '', '']);
    expect(grid.texts[3]).toEqual(['1', 'Việc một', 'Sở Ngoại vụ']);
    expect(grid.texts[4]).toEqual(['2', 'Việc hai', '']);
    expect(grid.merges).toEqual([
      { top: 1, left: 1, bottom: 1, right: 3 },
      { top: 3, left: 2, bottom: 3, right: 3 },
      { top: 4, left: 3, bottom: 5, right: 3 },
    ]);
  });

  it('leaves out deleted revisions, keeps tabs and line breaks, reads text inside content controls', async () => {
    const body =
      '<w:p><w:r><w:t>Sở </w:t></w:r><w:del><w:r><w:delText>Kế hoạch</w:delText></w:r></w:del><w:ins><w:r><w:t>Tài chính</w:t></w:r></w:ins></w:p>' +
      '<w:p><w:r><w:t>Cột một</w:t><w:tab/><w:t>cột hai</w:t></w:r></w:p>' +
      '<w:sdt><w:sdtContent><w:p><w:r><w:t>Trong ô điều khiển</w:t></w:r></w:p></w:sdtContent></w:sdt>';
    expect(docxText(await readDocx(await docxBytes(body)))).toBe(
      'Sở Tài chính\nCột một\tcột hai\nTrong ô điều khiển',
    );
  });

  it('refuses bytes that are no Word package', async () => {
    await expect(readDocx(new TextEncoder().encode('không phải docx'))).rejects.toThrow(NotDocxError);
  });
});
