import { fakeWorkbook, PAYLOAD_LIMIT } from './fakeWorkbook';

// The fake must be at least as strict as Office.js where the adapter could go wrong; these pin that down.
const seed = () =>
  fakeWorkbook([
    { name: 'Phụ lục 1', rows: [[], [null, 'TT', 'Nhiệm vụ'], [null, 1, 'Hội nghị']], merges: ['B5:C6'] },
    { name: 'Sheet2' },
  ]);

describe('the fake request context, like Office.js', () => {
  it('throws when a property is read before it is loaded, or loaded but not yet synced', async () => {
    const { context } = seed();
    const range = context.workbook.worksheets.getItem('Phụ lục 1').getRange('B2:C3');
    expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    range.load('values');
    expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    await context.sync();
    expect(range.values).toEqual([
      ['TT', 'Nhiệm vụ'],
      [1, 'Hội nghị'],
    ]);
    expect(() => range.text).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
  });

  it('queues writes until sync, and a load sees the writes queued before it', async () => {
    const fake = seed();
    const { context } = fake;
    const range = context.workbook.worksheets.getItem('Sheet2').getRange('A1');
    const before = context.workbook.worksheets.getItem('Sheet2').getRange('A1').load('values');
    range.values = [['mới']];
    expect(fake.sheet('Sheet2').cells).toEqual({});
    const after = context.workbook.worksheets.getItem('Sheet2').getRange('A1').load('values');
    await context.sync();
    expect([before.values, after.values]).toEqual([[['']], [['mới']]]);
    expect(fake.syncCount()).toBe(1);
  });

  it('rejects the sync on a missing sheet, keeping earlier actions and dropping later ones', async () => {
    const fake = seed();
    const { context } = fake;
    context.workbook.worksheets.getItem('Sheet2').getRange('A1').values = [['trước']];
    context.workbook.worksheets.getItem('Không có').getRange('A1').values = [['x']];
    context.workbook.worksheets.getItem('Sheet2').getRange('A2').values = [['sau']];
    await expect(context.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
    expect(fake.sheet('Sheet2').cells).toEqual({ A1: { value: 'trước' } });
  });

  it('gives isNullObject after the sync for *OrNullObject, and refuses actions on a null object', async () => {
    const { context } = seed();
    const used = context.workbook.worksheets.getItem('Sheet2').getUsedRangeOrNullObject(true);
    expect(() => used.isNullObject).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    used.load('address');
    await context.sync();
    expect(used.isNullObject).toBe(true);
    expect(() => used.address).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    used.getMergedAreasOrNullObject();
    await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidObjectPath' });
  });

  it('finds the used range of values, and merged areas by their top-left cell', async () => {
    const { context } = seed();
    const sheet = context.workbook.worksheets.getItem('Phụ lục 1');
    const used = sheet.getUsedRangeOrNullObject(true).load(['address', 'rowIndex', 'rowCount']);
    const merges = sheet.getRange('A4:C5').getMergedAreasOrNullObject().load('address');
    const none = sheet.getRange('C6:D6').getMergedAreasOrNullObject().load('address');
    await context.sync();
    expect([used.address, used.rowIndex, used.rowCount]).toEqual(["'Phụ lục 1'!B2:C3", 1, 2]);
    expect([merges.address, none.isNullObject]).toEqual(["'Phụ lục 1'!B5:C6", true]);
  });

  it('fails getMergedAreasOrNullObject above 512 areas and getRanges above 8,000 characters', async () => {
    const merges = Array.from({ length: 513 }, (_, i) => `A${2 * i + 1}:B${2 * i + 1}`);
    const fake = fakeWorkbook([{ name: 'S', rows: [['x']], merges }]);
    fake.context.workbook.worksheets
      .getItem('S')
      .getRange('A1:B1100')
      .getMergedAreasOrNullObject()
      .load('address');
    await expect(fake.context.sync()).rejects.toMatchObject({ code: 'GeneralException' });
    const long = Array.from({ length: 1200 }, (_, i) => `A${i + 1}:B${i + 1}`).join(',');
    expect(long.length).toBeGreaterThan(8000);
    fake.context.workbook.worksheets.getItem('S').getRanges(long).load('address');
    await expect(fake.context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  it.each([
    ['=1+1', { formula: '=1+1', value: '#NAME?' }],
    ['+84 912', { formula: '+84 912', value: '#NAME?' }],
    ['- gạch đầu dòng', { formula: '- gạch đầu dòng', value: '#NAME?' }],
    ['@SUM(A1)', { formula: '@SUM(A1)', value: '#NAME?' }],
    ["'=1+1", { value: '=1+1', quotePrefix: true }],
    ['="- a ""b"""&CHAR(10)&"c"', { formula: '="- a ""b"""&CHAR(10)&"c"', value: '- a "b"\nc' }],
    ['2024', { value: 2024 }],
    ['Sở Nội vụ', { value: 'Sở Nội vụ' }],
  ])('takes the written string %j as Excel does', async (input, cell) => {
    const fake = seed();
    fake.context.workbook.worksheets.getItem('Sheet2').getRange('A1').values = [[input]];
    await fake.context.sync();
    expect(fake.sheet('Sheet2').cells['A1']).toEqual(cell);
  });

  it('keeps a number-like string as text in a cell formatted "@"', async () => {
    const fake = seed();
    const range = fake.context.workbook.worksheets.getItem('Sheet2').getRange('A1');
    range.numberFormat = [['@']];
    range.values = [['2024']];
    await fake.context.sync();
    expect(fake.sheet('Sheet2').cells['A1']).toEqual({ numberFormat: '@', value: '2024' });
  });

  it('rejects a request or a response above 5 MB and records the sizes of each sync', async () => {
    const big = 'ư'.repeat(1_000_000); // 2 bytes each in UTF-8
    const fake = fakeWorkbook([{ name: 'S', rows: [[big, big, big]] }]);
    fake.context.workbook.worksheets.getItem('S').getRange('A1:C1').load('values');
    await expect(fake.context.sync()).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
    fake.context.workbook.worksheets.getItem('S').getRange('A2:C2').values = [[big, big, big]];
    await expect(fake.context.sync()).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(fake.syncs.map((s) => s.error)).toEqual([
      'ResponsePayloadSizeLimitExceeded',
      'RequestPayloadSizeLimitExceeded',
    ]);
    expect(fake.syncs[0]?.responseBytes).toBeGreaterThan(PAYLOAD_LIMIT);
    expect(fake.syncs[1]?.requestBytes).toBeGreaterThan(PAYLOAD_LIMIT);
  });

  it('fails a batch that touches notes on a host without ExcelApi 1.18', async () => {
    const fake = fakeWorkbook([{ name: 'S' }], { notes: false });
    fake.context.workbook.worksheets.getItem('S').notes.load('items/content');
    await expect(fake.context.sync()).rejects.toMatchObject({ code: 'ApiNotFound' });
  });

  it('fails a batch while a cell is being edited, unless the run asked to wait (delayForCellEdit)', async () => {
    const fake = fakeWorkbook([{ name: 'S', rows: [['x']] }]);
    fake.host.cellEdit = new Promise<void>(() => {});
    fake.context.workbook.worksheets.getItem('S').getRange('A1').load('values');
    await expect(fake.context.sync()).rejects.toMatchObject({ code: 'InvalidOperationInCellEditMode' });
  });

  it('numbers conditional formats by priority and renumbers them on delete, as Excel documents', async () => {
    // ConditionalFormat.id is "the priority of the conditional format in the current collection", and
    // priorities stay contiguous (learn.microsoft.com/javascript/api/excel/excel.conditionalformat).
    const fake = fakeWorkbook([
      {
        name: 'S',
        conditionalFormats: ['=1', '=2', '=3'].map((formula) => ({
          type: 'Custom',
          formula,
          appliesTo: ['A1'],
        })),
      },
    ]);
    const formats = fake.context.workbook.worksheets
      .getItem('S')
      .getRange()
      .conditionalFormats.load('items/id,items/priority');
    await fake.context.sync();
    expect(formats.items.map((f) => [f.id, f.priority])).toEqual([
      ['0', 0],
      ['1', 1],
      ['2', 2],
    ]);
    // Two deletes in one batch, first to last: the second id now names what was the third format.
    formats.getItem('0').delete();
    formats.getItem('1').delete();
    await fake.context.sync();
    expect(fake.sheet('S').conditionalFormats.map((f) => f.formula)).toEqual(['=2']);
    formats.getItem('1').delete();
    await expect(fake.context.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
  });

  it('refuses to instantiate the custom properties of a format that is not custom', async () => {
    const fake = fakeWorkbook([
      { name: 'S', conditionalFormats: [{ type: 'CellValue', appliesTo: ['A1:A9'] }] },
    ]);
    const formats = fake.context.workbook.worksheets
      .getItem('S')
      .getRange()
      .conditionalFormats.load('items/type');
    await fake.context.sync();
    formats.items[0]?.custom.rule.load('formula');
    await expect(fake.context.sync()).rejects.toMatchObject({ code: 'InvalidOperation' });
  });
});
