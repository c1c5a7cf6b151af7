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
