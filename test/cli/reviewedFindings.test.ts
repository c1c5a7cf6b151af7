import { readFileSync } from 'node:fs';
import { reviewsSheetSpec } from '../../src/domain';
import { loadWorkbook, workbookBytes } from '../../src/xlsx';
import { SAMPLE } from '../helpers/grid';
import { memoryIo } from '../helpers/memoryIo';
import { onPage } from '../xlsx/xlsxWorkbook.helpers';

const E85 = 'Theo Kế hoạch 217/KH-UBND ngày 31/12/2021 (Mục IV.2); Kế hoạch số 82/KH- UBND ngày 18/5/2023';

async function reviewedSample(text = E85): Promise<Uint8Array> {
  const workbook = await loadWorkbook(readFileSync(SAMPLE), 'ke-hoach.xlsx');
  const review = {
    sheet: 'Phụ lục 1',
    cell: 'E85',
    code: 'malformed-citation',
    text,
    reason: 'để nguyên',
    reviewedAt: '06/12/2026 09:15',
  };
  await onPage(workbook).port.saveHiddenSheet(reviewsSheetSpec([review]));
  return workbookBytes(workbook);
}

describe('findings reviewed in the add-in, read by the command line', () => {
  it('check leaves them out of the findings and the counts, and lists them apart in the JSON', async () => {
    const { files, run } = memoryIo();
    files.set('out/da-xem.xlsx', await reviewedSample());
    const json = JSON.parse((await run('check', 'out/da-xem.xlsx', '--sheet', 'Phụ lục 1', '--json')).stdout);
    expect(json.findings.map((f: { cell: string; code: string }) => `${f.cell} ${f.code}`)).not.toContain(
      'E85 malformed-citation',
    );
    expect(json.reviewed).toEqual([
      expect.objectContaining({ cell: 'E85', code: 'malformed-citation', reason: 'để nguyên' }),
    ]);
    const human = await run('check', 'out/da-xem.xlsx', '--sheet', 'Phụ lục 1');
    expect(human.stdout).toContain('Đã xem, bỏ qua trong add-in: 1 phát hiện');
    // Nor does fix touch what the officer chose to leave as it is.
    const fix = await run('fix', 'out/da-xem.xlsx', '--dry-run', '--only', 'malformed-citation');
    expect(fix.stdout).not.toContain('E85 ·');
    expect(fix.stdout).toContain('Sẽ sửa 4 ô');
  });

  it('counts them again once the cell no longer reads as when reviewed', async () => {
    const { files, run } = memoryIo();
    files.set('out/da-xem.xlsx', await reviewedSample('một nội dung khác'));
    const json = JSON.parse((await run('check', 'out/da-xem.xlsx', '--sheet', 'Phụ lục 1', '--json')).stdout);
    expect(json.findings.map((f: { cell: string; code: string }) => `${f.cell} ${f.code}`)).toContain(
      'E85 malformed-citation',
    );
    expect(json.reviewed).toBeUndefined();
  });
});
