import ExcelJS from 'exceljs';
import JSZip from 'jszip';

// A 1×1 PNG.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
  'base64',
);

/** A workbook with an image ExcelJS keeps, plus the parts of a chart and a threaded comment it does not know. */
export async function officersWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Phụ lục');
  sheet.addRows([
    ['TT', 'Nhiệm vụ', 'Cơ quan chủ trì'],
    ['1', 'Việc một', 'Sở Tài chính'],
  ]);
  sheet.addImage(workbook.addImage({ buffer: PNG as unknown as ExcelJS.Buffer, extension: 'png' }), 'E2:F4');
  const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
  zip.file(
    'xl/charts/chart1.xml',
    '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>',
  );
  zip.file('xl/threadedComments/threadedComment1.xml', '<ThreadedComments/>');
  return zip.generateAsync({ type: 'uint8array' });
}

const CHART_XML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><c:chart><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:ser><c:idx val="0"/><c:order val="0"/><c:val><c:numRef><c:f>'Biểu đồ'!$B$1:$B$3</c:f></c:numRef></c:val></c:ser><c:axId val="1"/><c:axId val="2"/></c:barChart><c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:axPos val="b"/><c:crossAx val="2"/></c:catAx><c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:axPos val="l"/><c:crossAx val="1"/></c:valAx></c:plotArea></c:chart></c:chartSpace>`;

const DRAWING_XML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"><xdr:twoCellAnchor><xdr:from><xdr:col>3</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>0</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>9</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>15</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Biểu đồ 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`;

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const RELATIONSHIPS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">';

/** A relationships part holding these relationship elements. */
const relsPart = (...relationships: string[]) => `${RELATIONSHIPS}${relationships.join('')}</Relationships>`;

/**
 * Puts `xml` before the closing tag (`</Relationships>`, `</Types>`) of a part of the package; a
 * relationships part the package lacks is made.
 */
async function insertBefore(zip: JSZip, path: string, closing: string, xml: string): Promise<void> {
  const text =
    (await zip.file(path)?.async('string')) ?? (closing === '</Relationships>' ? relsPart() : closing);
  zip.file(path, text.replace(closing, `${xml}${closing}`));
}

/** The workbook with a column chart drawn on its first worksheet (over the appendix). */
export async function withChartOnFirstSheet(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const part = 'xl/worksheets/sheet1.xml';
  const xml = (await zip.file(part)?.async('string')) ?? '';
  zip.file(part, xml.replace('</worksheet>', '<drawing r:id="rIdChart"/></worksheet>'));
  zip.file(
    'xl/worksheets/_rels/sheet1.xml.rels',
    relsPart(`<Relationship Id="rIdChart" Type="${REL}/drawing" Target="../drawings/drawing90.xml"/>`),
  );
  await addChartParts(zip);
  return zip.generateAsync({ type: 'uint8array' });
}

async function addChartParts(zip: JSZip, overrides = ''): Promise<void> {
  zip.file('xl/drawings/drawing90.xml', DRAWING_XML);
  zip.file(
    'xl/drawings/_rels/drawing90.xml.rels',
    relsPart(`<Relationship Id="rId1" Type="${REL}/chart" Target="../charts/chart90.xml"/>`),
  );
  zip.file('xl/charts/chart90.xml', CHART_XML);
  await insertBefore(
    zip,
    '[Content_Types].xml',
    '</Types>',
    `${overrides}<Override PartName="/xl/drawings/drawing90.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/><Override PartName="/xl/charts/chart90.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>`,
  );
}

/**
 * The workbook with one more worksheet, "Biểu đồ", holding three numbers and a column chart of them (a
 * drawing part and a chart part, as Excel writes them) — content ExcelJS does not keep on a save.
 */
export async function withChartSheet(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const sheets = Object.keys(zip.files).filter((p) => /^xl\/worksheets\/sheet\d+\.xml$/u.test(p));
  const part = `xl/worksheets/sheet${sheets.length + 1}.xml`;
  zip.file(
    part,
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Quý I</t></is></c><c r="B1"><v>4</v></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>Quý II</t></is></c><c r="B2"><v>7</v></c></row><row r="3"><c r="A3" t="inlineStr"><is><t>Quý III</t></is></c><c r="B3"><v>2</v></c></row></sheetData><drawing r:id="rId1"/></worksheet>`,
  );
  zip.file(
    `xl/worksheets/_rels/sheet${sheets.length + 1}.xml.rels`,
    relsPart(`<Relationship Id="rId1" Type="${REL}/drawing" Target="../drawings/drawing90.xml"/>`),
  );
  await addChartParts(
    zip,
    `<Override PartName="/${part}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
  );
  await insertBefore(
    zip,
    'xl/_rels/workbook.xml.rels',
    '</Relationships>',
    `<Relationship Id="rIdChart" Type="${REL}/worksheet" Target="worksheets/sheet${sheets.length + 1}.xml"/>`,
  );
  const workbook = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
  const ids = [...workbook.matchAll(/sheetId="(\d+)"/gu)].map((m) => Number(m[1]));
  zip.file(
    'xl/workbook.xml',
    workbook.replace(
      /<\/sheets>/u,
      `<sheet name="Biểu đồ" sheetId="${Math.max(0, ...ids) + 1}" r:id="rIdChart"/></sheets>`,
    ),
  );
  return zip.generateAsync({ type: 'uint8array' });
}

export const THREAD_ID = '{6A1F2C3D-0000-4000-8000-000000000001}';
const REPLY_ID = '{6A1F2C3D-0000-4000-8000-000000000002}';
const PERSON_ID = '{6A1F2C3D-0000-4000-8000-0000000000AA}';
/** The note Excel writes for a thread, for versions that cannot show threads (its text as Excel writes it). */
export const THREAD_PLACEHOLDER =
  '[Threaded comment]\n\nYour version of Excel allows you to read this threaded comment; however, any edits to it will get removed if the file is opened in a newer version of Excel. Learn more: https://go.microsoft.com/fwlink/?linkid=870924\n\nComment:\n    Chị Lan: xem lại nhiệm vụ này\nReply:\n    Anh Minh: đã sửa';

/**
 * The workbook with a comment thread (Excel 365's threaded comments: a comment and a reply) on its first
 * worksheet's B7, stored as Excel stores one: the threaded-comments part and the people part, which ExcelJS
 * neither reads nor writes, and a placeholder note by author "tc={id}" in the legacy comments part with its
 * VML shape. Built by saving a note with ExcelJS and rewriting its comments part as Excel writes it.
 */
export async function withThreadOnFirstSheet(bytes: Uint8Array): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  (workbook.worksheets[0] as ExcelJS.Worksheet).getCell('B7').note = THREAD_PLACEHOLDER;
  const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
  const rels = (await zip.file('xl/worksheets/_rels/sheet1.xml.rels')?.async('string')) ?? '';
  const comments = /Target="\.\.\/(comments\d*\.xml)"/u.exec(rels)?.[1] ?? '';
  const text = THREAD_PLACEHOLDER.replace(/&/gu, '&amp;');
  zip.file(
    `xl/${comments}`,
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="xr" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision"><authors><author>tc=${THREAD_ID}</author></authors><commentList><comment ref="B7" authorId="0" shapeId="0" xr:uid="${THREAD_ID}"><text><t>${text}</t></text></comment></commentList></comments>`,
  );
  zip.file(
    'xl/threadedComments/threadedComment1.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments" xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><threadedComment ref="B7" dT="2026-12-01T09:00:00.00" personId="${PERSON_ID}" id="${THREAD_ID}"><text>Chị Lan: xem lại nhiệm vụ này</text></threadedComment><threadedComment ref="B7" dT="2026-12-01T10:00:00.00" personId="${PERSON_ID}" id="${REPLY_ID}" parentId="${THREAD_ID}"><text>Anh Minh: đã sửa</text></threadedComment></ThreadedComments>`,
  );
  await insertBefore(
    zip,
    'xl/worksheets/_rels/sheet1.xml.rels',
    '</Relationships>',
    '<Relationship Id="rIdThread" Type="http://schemas.microsoft.com/office/2017/10/relationships/threadedComment" Target="../threadedComments/threadedComment1.xml"/>',
  );
  zip.file(
    'xl/persons/person.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<personList xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments" xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><person displayName="Nguyễn Thị Lan" id="${PERSON_ID}" userId="lan@so.gov.vn" providerId="None"/></personList>`,
  );
  await insertBefore(
    zip,
    'xl/_rels/workbook.xml.rels',
    '</Relationships>',
    '<Relationship Id="rIdPersons" Type="http://schemas.microsoft.com/office/2017/10/relationships/person" Target="persons/person.xml"/>',
  );
  await insertBefore(
    zip,
    '[Content_Types].xml',
    '</Types>',
    '<Override PartName="/xl/threadedComments/threadedComment1.xml" ContentType="application/vnd.ms-excel.threadedcomments+xml"/><Override PartName="/xl/persons/person.xml" ContentType="application/vnd.ms-excel.person+xml"/>',
  );
  return zip.generateAsync({ type: 'uint8array' });
}

/**
 * The workbook with a pivot table placed on its first worksheet: a part ExcelJS neither reads nor writes,
 * which a sheet the session changed cannot keep.
 */
export async function withPivotOnFirstSheet(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  await insertBefore(
    zip,
    'xl/worksheets/_rels/sheet1.xml.rels',
    '</Relationships>',
    `<Relationship Id="rIdPivot" Type="${REL}/pivotTable" Target="../pivotTables/pivotTable1.xml"/>`,
  );
  zip.file(
    'xl/pivotTables/pivotTable1.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<pivotTableDefinition xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" name="Tổng hợp theo cơ quan" cacheId="1" dataCaption="Giá trị"><location ref="K5:L9" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/></pivotTableDefinition>`,
  );
  await insertBefore(zip, '[Content_Types].xml', '</Types>', PIVOT_TABLE_TYPE);
  return zip.generateAsync({ type: 'uint8array' });
}

const PIVOT_TABLE_TYPE =
  '<Override PartName="/xl/pivotTables/pivotTable1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.pivotTable+xml"/>';

const PIVOT_CACHE = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<pivotCacheDefinition xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}" r:id="rId1" refreshOnLoad="1" recordCount="0"><cacheSource type="worksheet"><worksheetSource ref="A4:C10" sheet="Phụ lục 2"/></cacheSource><cacheFields count="1"><cacheField name="TT" numFmtId="0"><sharedItems/></cacheField></cacheFields></pivotCacheDefinition>`;
const PIVOT_RECORDS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<pivotCacheRecords xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0"/>`;

/**
 * The officer's workbook with everything a save through ExcelJS could lose, spread over both appendix
 * sheets: on "Phụ lục 2" (which a check of "Phụ lục 1" does not touch) a table, data validation, notes, a
 * sheet-local defined name, a chart and a pivot table with its cache; on the workbook a global defined name
 * and a custom XML part; on "Phụ lục 1" a comment thread. Made with ExcelJS where it can write the thing,
 * by hand (as Excel writes it) where it cannot.
 */
export async function everythingWorkbook(sample: Uint8Array): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(sample as unknown as ArrayBuffer);
  const second = workbook.getWorksheet('Phụ lục 2') as ExcelJS.Worksheet;
  second.getCell('J2').note = 'Anh Minh: số đoàn đã chốt';
  second.getCell('J3').value = 'Có';
  second.getCell('J3').dataValidation = { type: 'list', allowBlank: true, formulae: ['"Có,Không"'] };
  second.addTable({
    name: 'BangTheoDoi',
    ref: 'L2',
    headerRow: true,
    columns: [{ name: 'Đoàn' }, { name: 'Số người' }],
    rows: [
      ['Đoàn 1', 5],
      ['Đoàn 2', 7],
    ],
  });
  workbook.definedNames.add("'Phụ lục 2'!$A$1:$C$3", 'VungDoan');
  workbook.definedNames.add("'Phụ lục 1'!$A$1:$B$2", 'TieuDe');
  const bytes = await withThreadOnFirstSheet(new Uint8Array(await workbook.xlsx.writeBuffer()));
  const zip = await JSZip.loadAsync(bytes);
  const secondPart = 'xl/worksheets/sheet2.xml';
  // A chart drawn on "Phụ lục 2" and a pivot table placed on it, with its cache.
  const sheetXml = (await zip.file(secondPart)?.async('string')) ?? '';
  zip.file(
    secondPart,
    /<drawing\b/u.test(sheetXml)
      ? sheetXml
      : sheetXml.replace(/(<legacyDrawing\b|<tableParts\b|<\/worksheet>)/u, '<drawing r:id="rIdChart"/>$1'),
  );
  await insertBefore(
    zip,
    'xl/worksheets/_rels/sheet2.xml.rels',
    '</Relationships>',
    `<Relationship Id="rIdChart" Type="${REL}/drawing" Target="../drawings/drawing90.xml"/><Relationship Id="rIdPivot" Type="${REL}/pivotTable" Target="../pivotTables/pivotTable1.xml"/>`,
  );
  await addChartParts(zip);
  zip.file(
    'xl/pivotTables/pivotTable1.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<pivotTableDefinition xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" name="Tổng hợp đoàn" cacheId="7" dataCaption="Giá trị"><location ref="P2:Q6" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/></pivotTableDefinition>`,
  );
  zip.file(
    'xl/pivotTables/_rels/pivotTable1.xml.rels',
    relsPart(
      `<Relationship Id="rId1" Type="${REL}/pivotCacheDefinition" Target="../pivotCache/pivotCacheDefinition1.xml"/>`,
    ),
  );
  zip.file('xl/pivotCache/pivotCacheDefinition1.xml', PIVOT_CACHE);
  zip.file('xl/pivotCache/pivotCacheRecords1.xml', PIVOT_RECORDS);
  zip.file(
    'xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels',
    relsPart(`<Relationship Id="rId1" Type="${REL}/pivotCacheRecords" Target="pivotCacheRecords1.xml"/>`),
  );
  // The workbook's own: the pivot cache and a custom XML part.
  await insertBefore(
    zip,
    'xl/_rels/workbook.xml.rels',
    '</Relationships>',
    `<Relationship Id="rIdCache" Type="${REL}/pivotCacheDefinition" Target="pivotCache/pivotCacheDefinition1.xml"/><Relationship Id="rIdCustom" Type="${REL}/customXml" Target="../customXml/item1.xml"/>`,
  );
  const workbookXml = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
  zip.file(
    'xl/workbook.xml',
    workbookXml.replace(/(<\/definedNames>|<calcPr\b)/u, (at) =>
      at.startsWith('</')
        ? `${at}<pivotCaches><pivotCache cacheId="7" r:id="rIdCache"/></pivotCaches>`
        : `<pivotCaches><pivotCache cacheId="7" r:id="rIdCache"/></pivotCaches>${at}`,
    ),
  );
  zip.file(
    'customXml/item1.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<hoSo xmlns="urn:so-ngoai-vu:ho-so"><soHieu>58/KH-UBND</soHieu></hoSo>',
  );
  zip.file(
    'customXml/itemProps1.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<ds:datastoreItem ds:itemID="{6A1F2C3D-0000-4000-8000-0000000000CC}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs/></ds:datastoreItem>',
  );
  zip.file(
    'customXml/_rels/item1.xml.rels',
    relsPart(`<Relationship Id="rId1" Type="${REL}/customXmlProps" Target="itemProps1.xml"/>`),
  );
  const types = (await zip.file('[Content_Types].xml')?.async('string')) ?? '';
  await insertBefore(
    zip,
    '[Content_Types].xml',
    '</Types>',
    PIVOT_TABLE_TYPE +
      '<Override PartName="/xl/pivotCache/pivotCacheDefinition1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheDefinition+xml"/><Override PartName="/xl/pivotCache/pivotCacheRecords1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheRecords+xml"/><Override PartName="/customXml/itemProps1.xml" ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/>' +
      (types.includes('Extension="xml"') ? '' : '<Default Extension="xml" ContentType="application/xml"/>'),
  );
  return zip.generateAsync({ type: 'uint8array' });
}
