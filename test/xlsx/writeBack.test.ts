import type ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { checkWorkbook } from '../../src/domain';
import { loadWorkbook, noteText, workbookBytes, worksheetToGrid } from '../../src/xlsx';
import { writeBack } from '../../src/xlsx/writeBack';
import { SAMPLE } from '../helpers/grid';
import { indexSpec, listSpec } from '../helpers/listSpecs';
import { packageProblems, partBytes } from '../helpers/packageIntegrity';
import {
  officersWorkbook,
  withChartOnFirstSheet,
  withChartSheet,
  everythingWorkbook,
  THREAD_ID,
  THREAD_PLACEHOLDER,
  withPivotOnFirstSheet,
  withThreadOnFirstSheet,
} from '../helpers/unkeptWorkbook';
import JSZip from 'jszip';
import { relationshipsOf, sheetsOf, workbookPartOf } from '../../src/xlsx/packageParts';
import { conditionalFormats, onPage, sheet } from './xlsxWorkbook.helpers';

const checkedAt = '2026-12-06T09:00:00+07:00';

/** The officer's file, opened in the workbench, checked, and downloaded. */
async function checkedDownload(original: Uint8Array) {
  const workbook = await loadWorkbook(original, 'ke-hoach.xlsx');
  const pristine = await workbookBytes(workbook);
  await checkWorkbook(onPage(workbook, 'Phụ lục 1').port, { checkedAt });
  const current = await workbookBytes(workbook);
  return { workbook, result: await writeBack(original, pristine, current), current };
}

/** Every cell's format (font, fill, border, number format, alignment), by address. */
function cellStyles(ws: ExcelJS.Worksheet): Record<string, unknown> {
  const styles: Record<string, unknown> = {};
  ws.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell(
      { includeEmpty: true },
      (cell) => (styles[cell.address] = JSON.parse(JSON.stringify(cell.style))),
    ),
  );
  return styles;
}

const CHART_PARTS = [
  'xl/charts/chart90.xml',
  'xl/drawings/drawing90.xml',
  'xl/drawings/_rels/drawing90.xml.rels',
];

/** Each part of the download is the officer's, byte for byte. */
async function expectKept(downloaded: Uint8Array, original: Uint8Array, parts: readonly string[]) {
  for (const part of parts)
    expect([part, await partBytes(downloaded, part)]).toEqual([part, await partBytes(original, part)]);
}

const text = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);

/** The thread part, comments part and placeholder the download's "Phụ lục 1" refers to. */
async function threadOfFirstSheet(bytes: Uint8Array) {
  const zip = await JSZip.loadAsync(bytes);
  const sheets = await sheetsOf(zip, await workbookPartOf(zip));
  const part = sheets.find((entry) => entry.name === 'Phụ lục 1')?.part ?? '';
  const rels = await relationshipsOf(zip, part);
  const target = (pattern: RegExp) => rels.find((rel) => pattern.test(rel.type))?.target ?? '';
  const threads = (await zip.file(target(/\/threadedComment$/u))?.async('string')) ?? '';
  const comments = (await zip.file(target(/\/comments$/u))?.async('string')) ?? '';
  const authors = [...comments.matchAll(/<author>([^<]*)<\/author>/gu)].map((m) => m[1]);
  const placeholder = /<comment\b[^>]*xr:uid[^>]*>/u.exec(comments)?.[0] ?? '';
  return { threads, comments, authors, placeholder };
}

/** Every cell's note, by address. */
function cellNotes(ws: ExcelJS.Worksheet): Record<string, string> {
  const notes: Record<string, string> = {};
  ws.eachRow((row) =>
    row.eachCell((cell) => {
      if (cell.note) notes[cell.address] = noteText(cell.note);
    }),
  );
  return notes;
}

describe('the workbench download writes back into the officer’s own package (issue 13)', () => {
  it('keeps a sheet the check did not touch byte for byte, with its chart; carries the checked and new sheets', async () => {
    const original = await withChartSheet(new Uint8Array(readFileSync(SAMPLE)));
    const { result, current } = await checkedDownload(original);
    // The session's workbook as ExcelJS's own save would give it back: what the download must read as.
    const workbook = await loadWorkbook(current, 'session.xlsx');

    expect(result.kept).toEqual(expect.arrayContaining(['Phụ lục 2', 'Biểu đồ']));
    expect(result.replaced).toEqual(['Phụ lục 1']);
    expect(result.added.length).toBeGreaterThan(0);
    expect(result.removed).toEqual([]);
    expect(result.dropped).toEqual({});
    expect(await packageProblems(result.bytes)).toEqual([]);
    await expectKept(result.bytes, original, [
      ...CHART_PARTS,
      'xl/worksheets/sheet3.xml',
      'xl/worksheets/_rels/sheet3.xml.rels',
      'xl/worksheets/sheet2.xml',
      'xl/theme/theme1.xml',
      'docProps/core.xml',
    ]);

    // What the check wrote reads back the same from the download as from the session's workbook.
    const downloaded = await loadWorkbook(result.bytes, 'tai-xuong.xlsx');
    const officers = await loadWorkbook(original, 'ke-hoach.xlsx');
    expect(downloaded.worksheets.map((ws) => ws.name)).toEqual(workbook.worksheets.map((ws) => ws.name));
    for (const ws of workbook.worksheets) {
      const after = sheet(downloaded, ws.name);
      expect([ws.name, worksheetToGrid(after).values]).toEqual([ws.name, worksheetToGrid(ws).values]);
      expect([ws.name, after.state]).toEqual([ws.name, ws.state]);
      expect([ws.name, cellStyles(after)]).toEqual([ws.name, cellStyles(ws)]);
      expect([ws.name, cellNotes(after)]).toEqual([ws.name, cellNotes(ws)]);
      // A kept sheet is the officer's own: it prints as the officer's file does (ExcelJS's save adds
      // settings such as useFirstPageNumber).
      const printed = result.kept.includes(ws.name) ? sheet(officers, ws.name) : ws;
      expect([ws.name, after.pageSetup]).toEqual([ws.name, printed.pageSetup]);
    }
    expect(Object.keys(cellNotes(sheet(downloaded, 'Phụ lục 1'))).length).toBeGreaterThan(0);
    const marks = conditionalFormats(sheet(downloaded, 'Phụ lục 1'));
    expect(marks.length).toBe(conditionalFormats(sheet(workbook, 'Phụ lục 1')).length);
    expect(marks.length).toBeGreaterThan(0);
  });

  it('keeps every sheet when nothing changed, and the package is the officer’s but for nothing', async () => {
    const original = await withChartSheet(new Uint8Array(readFileSync(SAMPLE)));
    const workbook = await loadWorkbook(original, 'ke-hoach.xlsx');
    const pristine = await workbookBytes(workbook);
    const result = await writeBack(original, pristine, await workbookBytes(workbook));
    expect(result.replaced).toEqual([]);
    expect(result.added).toEqual([]);
    expect(result.kept).toEqual(['Phụ lục 1', 'Phụ lục 2', 'Biểu đồ']);
    expect(await packageProblems(result.bytes)).toEqual([]);
  });

  it('keeps the chart drawn on the checked sheet: the carried sheet points to the officer’s own drawing', async () => {
    const original = await withChartOnFirstSheet(new Uint8Array(readFileSync(SAMPLE)));
    const { result } = await checkedDownload(original);
    expect(result.replaced).toEqual(['Phụ lục 1']);
    expect(result.dropped).toEqual({});
    expect(await packageProblems(result.bytes)).toEqual([]);
    await expectKept(result.bytes, original, CHART_PARTS);
    // The checked sheet's new part refers to that drawing, once.
    const zip = await JSZip.loadAsync(result.bytes);
    const sheets = await sheetsOf(zip, await workbookPartOf(zip));
    const checked = sheets.find((entry) => entry.name === 'Phụ lục 1')?.part ?? '';
    const rels = await relationshipsOf(zip, checked);
    expect(rels.filter((rel) => rel.target === 'xl/drawings/drawing90.xml')).toHaveLength(1);
    expect(((await zip.file(checked)?.async('string')) ?? '').match(/<drawing\b/gu)).toHaveLength(1);
    await expect(loadWorkbook(result.bytes, 'tai-xuong.xlsx')).resolves.toBeDefined();
  });

  it('keeps byte for byte every part the check did not touch: table, validation, notes, chart, pivot table and cache, names, custom XML', async () => {
    const original = await everythingWorkbook(new Uint8Array(readFileSync(SAMPLE)));
    expect(await packageProblems(original)).toEqual([]);
    const { result } = await checkedDownload(original);
    expect(result.replaced).toEqual(['Phụ lục 1']);
    expect(result.kept).toContain('Phụ lục 2');
    expect(result.dropped).toEqual({});
    expect(await packageProblems(result.bytes)).toEqual([]);
    const [before, after] = await Promise.all([JSZip.loadAsync(original), JSZip.loadAsync(result.bytes)]);
    // What a check of "Phụ lục 1" may rewrite: the workbook's lists of sheets, names and types, the styles,
    // the shared strings and document properties, and that sheet with its own notes.
    const mayChange =
      /^(?:xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|\[Content_Types\]\.xml|xl\/styles\.xml|xl\/sharedStrings\.xml|docProps\/.*|xl\/calcChain\.xml|xl\/worksheets\/(?:_rels\/)?sheet1\.xml(?:\.rels)?|xl\/comments1\.xml|xl\/drawings\/vmlDrawing1\.vml)$/u;
    const changed: string[] = [];
    for (const path of Object.keys(before.files)) {
      if (before.files[path]?.dir || mayChange.test(path)) continue;
      const [a, b] = await Promise.all([
        before.file(path)?.async('string'),
        after.file(path)?.async('string'),
      ]);
      if (a !== b) changed.push(path);
    }
    expect(changed).toEqual([]);
    for (const part of [
      'xl/tables/table1.xml',
      'xl/pivotTables/pivotTable1.xml',
      'xl/pivotCache/pivotCacheDefinition1.xml',
      'xl/charts/chart90.xml',
      'customXml/item1.xml',
      'xl/threadedComments/threadedComment1.xml',
    ])
      expect([part, after.file(part) !== null]).toEqual([part, true]);
    const workbookXml = (await after.file('xl/workbook.xml')?.async('string')) ?? '';
    expect(workbookXml).toMatch(
      /<definedName name="VungDoan"[^>]*>(?:'|&apos;)Phụ lục 2(?:'|&apos;)!\$A\$1:\$C\$3</u,
    );
    expect(workbookXml).toMatch(
      /<definedName name="TieuDe"[^>]*>(?:'|&apos;)Phụ lục 1(?:'|&apos;)!\$A\$1:\$B\$2</u,
    );
    expect(workbookXml).toMatch(/<pivotCache cacheId="7" r:id="rIdCache"\/>/u);
    const reopened = await loadWorkbook(result.bytes, 'tai-xuong.xlsx');
    const second = reopened.getWorksheet('Phụ lục 2') as ExcelJS.Worksheet;
    expect(noteText(second.getCell('J2').note)).toBe('Anh Minh: số đoàn đã chốt');
    expect(second.getCell('J3').dataValidation).toMatchObject({ type: 'list', formulae: ['"Có,Không"'] });
  });

  it('says what a changed sheet held that its new version does not (a pivot table on the appendix sheet)', async () => {
    const original = await withPivotOnFirstSheet(new Uint8Array(readFileSync(SAMPLE)));
    const { result } = await checkedDownload(original);
    expect(result.replaced).toEqual(['Phụ lục 1']);
    expect(result.dropped).toEqual({ pivotTable: 1 });
    expect(await packageProblems(result.bytes)).toEqual([]);
  });

  it('keeps a comment thread on a changed sheet: its parts byte for byte, its placeholder note linked to it', async () => {
    const original = await withThreadOnFirstSheet(new Uint8Array(readFileSync(SAMPLE)));
    const { result } = await checkedDownload(original);
    expect(result.replaced).toEqual(['Phụ lục 1']);
    expect(result.dropped).toEqual({});
    expect(await packageProblems(result.bytes)).toEqual([]);
    await expectKept(result.bytes, original, [
      'xl/threadedComments/threadedComment1.xml',
      'xl/persons/person.xml',
    ]);
    const thread = await threadOfFirstSheet(result.bytes);
    expect(thread.threads).toBe(
      await partBytes(original, 'xl/threadedComments/threadedComment1.xml').then(text),
    );
    // The placeholder is Excel's again (author tc={id}, its uid), at the thread's cell, and the add-in's notes stay.
    expect(thread.authors).toContain(`tc=${THREAD_ID}`);
    expect(thread.placeholder).toMatch(
      new RegExp(`ref="B7"[^>]*xr:uid="${THREAD_ID.replace(/[{}]/gu, '\\$&')}"`, 'u'),
    );
    expect(thread.comments).toMatch(/xmlns:xr="/u);
    const reopened = await loadWorkbook(result.bytes, 'tai-xuong.xlsx');
    const notes = cellNotes(reopened.getWorksheet('Phụ lục 1') as ExcelJS.Worksheet);
    expect(notes.B7).toBe(THREAD_PLACEHOLDER);
    expect(Object.keys(notes).length).toBeGreaterThan(1);
  });

  it('says how many of the officer’s notes a changed sheet lost (a note on a blank unformatted cell, which ExcelJS cannot read)', async () => {
    const officer = await loadWorkbook(new Uint8Array(readFileSync(SAMPLE)), 'goc.xlsx');
    const appendix = officer.getWorksheet('Phụ lục 1') as ExcelJS.Worksheet;
    appendix.getCell('Z3').note = 'Ghi chú trên ô trống';
    appendix.getCell('B7').note = 'Ghi chú trên ô có chữ';
    const original = await workbookBytes(officer);
    const { result } = await checkedDownload(original);
    expect(result.replaced).toEqual(['Phụ lục 1']);
    expect(result.dropped).toEqual({ note: 1 });
    const notes = cellNotes(
      (await loadWorkbook(result.bytes, 'tai.xlsx')).getWorksheet('Phụ lục 1') as ExcelJS.Worksheet,
    );
    expect(notes.B7).toBe('Ghi chú trên ô có chữ');
  });

  it('moves a comment thread with its cell when the session inserted a row above it', async () => {
    const original = await withThreadOnFirstSheet(new Uint8Array(readFileSync(SAMPLE)));
    const workbook = await loadWorkbook(original, 'ke-hoach.xlsx');
    const pristine = await workbookBytes(workbook);
    await onPage(workbook, 'Phụ lục 1').port.insertTask('Phụ lục 1', {
      rowNumber: 6,
      cells: [{ column: 'B', text: 'Việc mới' }],
    });
    const result = await writeBack(original, pristine, await workbookBytes(workbook));
    expect(result.dropped).toEqual({});
    const thread = await threadOfFirstSheet(result.bytes);
    expect([...thread.threads.matchAll(/<threadedComment ref="(\w+)"/gu)].map((m) => m[1])).toEqual([
      'B8',
      'B8',
    ]);
    expect(thread.placeholder).toMatch(/ref="B8"/u);
    expect(await packageProblems(result.bytes)).toEqual([]);
  });

  it('removes the add-in’s sheets the session removed and carries the ones it wrote again', async () => {
    // The officer's file already holds lists the add-in wrote once, and a chart sheet of their own.
    const first = await loadWorkbook(await withChartSheet(new Uint8Array(readFileSync(SAMPLE))), 'a.xlsx');
    const port = onPage(first).port;
    await port.writeAgencySheets({
      index: indexSpec(['Sở Ngoại vụ', 'Sở Tài chính']),
      lists: [listSpec('Sở Ngoại vụ'), listSpec('Sở Tài chính', 'agency-list', 'Việc hai')],
      existing: (await port.read('Phụ lục 1')).existing,
    });
    const original = await writeBack(
      await withChartSheet(new Uint8Array(readFileSync(SAMPLE))),
      await workbookBytes(
        await loadWorkbook(await withChartSheet(new Uint8Array(readFileSync(SAMPLE))), 'b.xlsx'),
      ),
      await workbookBytes(first),
    ).then((r) => r.bytes);

    const workbook = await loadWorkbook(original, 'ke-hoach.xlsx');
    const pristine = await workbookBytes(workbook);
    const again = onPage(workbook).port;
    await again.writeAgencySheets({
      index: indexSpec(['Sở Ngoại vụ']),
      lists: [listSpec('Sở Ngoại vụ', 'agency-list', 'Việc mới')],
      existing: (await again.read('Phụ lục 1')).existing,
    });
    const current = await workbookBytes(workbook);
    const result = await writeBack(original, pristine, current);

    expect(result.removed).toEqual(['Sở Tài chính']);
    expect(result.replaced).toEqual(expect.arrayContaining(['Tổng hợp theo cơ quan', 'Sở Ngoại vụ']));
    expect(result.kept).toEqual(expect.arrayContaining(['Phụ lục 1', 'Phụ lục 2', 'Biểu đồ']));
    expect(result.dropped).toEqual({});
    expect(await packageProblems(result.bytes)).toEqual([]);
    const downloaded = await loadWorkbook(result.bytes, 'tai-xuong.xlsx');
    const session = await loadWorkbook(current, 'session.xlsx');
    const officers = await loadWorkbook(original, 'ke-hoach.xlsx');
    expect(downloaded.worksheets.map((ws) => [ws.name, ws.state])).toEqual(
      session.worksheets.map((ws) => [ws.name, ws.state]),
    );
    for (const ws of session.worksheets) {
      const after = sheet(downloaded, ws.name);
      expect([ws.name, worksheetToGrid(after).values]).toEqual([ws.name, worksheetToGrid(ws).values]);
      const printed = result.kept.includes(ws.name) ? sheet(officers, ws.name) : ws;
      expect([ws.name, after.pageSetup]).toEqual([ws.name, printed.pageSetup]);
    }
    await expectKept(result.bytes, original, CHART_PARTS);
  });

  it('carries an image ExcelJS keeps with its changed sheet, and leaves parts the officer’s file holds apart alone', async () => {
    const original = await officersWorkbook();
    const workbook = await loadWorkbook(original, 'co-hinh.xlsx');
    const pristine = await workbookBytes(workbook);
    sheet(workbook, 'Phụ lục').getCell('D2').value = 'Quý IV/2026';
    const result = await writeBack(original, pristine, await workbookBytes(workbook));
    expect(result.replaced).toEqual(['Phụ lục']);
    // The image went with the sheet's new version: nothing to report.
    expect(result.dropped).toEqual({});
    const downloaded = await loadWorkbook(result.bytes, 'tai-xuong.xlsx');
    expect(sheet(downloaded, 'Phụ lục').getImages()).toHaveLength(1);
    expect(sheet(downloaded, 'Phụ lục').getCell('D2').value).toBe('Quý IV/2026');
    // Parts no relationship reaches (a chart and a comment thread written apart) are not the download's to drop.
    await expectKept(result.bytes, original, [
      'xl/charts/chart1.xml',
      'xl/threadedComments/threadedComment1.xml',
    ]);
  });
});
