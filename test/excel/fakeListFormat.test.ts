import { fakeWorkbook } from './fakeWorkbook';

// What the agency sheets need of the fake, pinned down where the adapter could go wrong.
const seed = () => fakeWorkbook([{ name: 'Phụ lục 1', rows: [['x']] }, { name: 'Sở Ngoại vụ' }]);

describe('the fake’s formatting, page layout and sheet deletion', () => {
  it('draws range borders on the edges they name: outer edges on the outer cells, inside lines on both sides', async () => {
    const fake = seed();
    const borders = fake.context.workbook.worksheets.getItem('Sở Ngoại vụ').getRange('A1:B2').format.borders;
    borders.getItem('EdgeTop').style = 'Continuous';
    borders.getItem('InsideVertical').style = 'Continuous';
    await fake.context.sync();
    const cells = fake.sheet('Sở Ngoại vụ').cells;
    expect(cells['A1']?.borders).toEqual({ top: { style: 'Continuous' }, right: { style: 'Continuous' } });
    expect(cells['B2']?.borders).toEqual({ left: { style: 'Continuous' } });
  });

  it('refuses row, column or cell properties that do not match the range, as Office.js does', async () => {
    const fake = seed();
    const range = fake.context.workbook.worksheets.getItem('Sở Ngoại vụ').getRange('A1:B2');
    range.setRowProperties([{ format: { font: { bold: true } } }]);
    await expect(fake.context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  it('applies row properties to the range’s cells and heights to the rows', async () => {
    const fake = seed();
    const range = fake.context.workbook.worksheets.getItem('Sở Ngoại vụ').getRange('A1:B2');
    range.setRowProperties([{}, { format: { font: { italic: true }, rowHeight: 32 } }]);
    await fake.context.sync();
    const sheet = fake.sheet('Sở Ngoại vụ');
    expect(Object.keys(sheet.cells).sort()).toEqual(['A2', 'B2']);
    expect(sheet.cells['A2']?.italic).toBe(true);
    expect(sheet.rowHeights).toEqual({ 2: 32 });
  });

  it('keeps print titles only as whole rows', async () => {
    const fake = seed();
    fake.context.workbook.worksheets.getItem('Sở Ngoại vụ').pageLayout.setPrintTitleRows('A5:F5');
    await expect(fake.context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  it('deletes a sheet only outside an undo group (it cannot be undone), and never the last visible one', async () => {
    const fake = seed();
    const grouped = fake.newContext({ mergeUndoGroup: true });
    grouped.workbook.worksheets.getItem('Sở Ngoại vụ').delete();
    await expect(grouped.sync()).rejects.toMatchObject({ code: 'UndoNotSupported' });
    expect(fake.model.sheets).toHaveLength(2);

    fake.context.workbook.worksheets.getItem('Sở Ngoại vụ').delete();
    await fake.context.sync();
    expect(fake.model.sheets.map((s) => s.name)).toEqual(['Phụ lục 1']);
    expect(fake.undoStackClears()).toBe(1);

    fake.context.workbook.worksheets.getItem('Phụ lục 1').delete();
    await expect(fake.context.sync()).rejects.toMatchObject({ code: 'InvalidOperation' });
  });
});
