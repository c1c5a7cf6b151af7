import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import type { CellGrid } from '../../src/domain';
import { DEFAULT_SETTINGS, validate } from '../../src/domain';
import { loadWorkbook, readAppendix, worksheetToGrid } from '../../src/xlsx';
import { SAMPLE } from '../helpers/grid';
import { memoryIo } from '../helpers/memoryIo';

async function gridsOf(bytes: Uint8Array): Promise<CellGrid[]> {
  return (await loadWorkbook(bytes, 'x.xlsx')).worksheets.map(worksheetToGrid);
}

describe('task-matrix fix FILE.xlsx --out FIXED.xlsx', () => {
  it('writes a copy with exactly the previewed cells changed; the check then has none of those findings', async () => {
    const { files, run } = memoryIo();
    const result = await run('fix', SAMPLE, '--out', 'out/da-sua.xlsx');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Sẽ sửa 14 ô (cũ → mới):');
    expect(result.stdout).toContain(
      'E85 · Số, ký hiệu văn bản sai thể thức: «…Kế hoạch số 82/KH- UBND ngày 18/5/2023» → «…Kế hoạch số 82/KH-UBND ngày 18/5/2023»',
    );
    expect(result.stdout).toContain('Đã sửa 14 ô.');
    const fixed = files.get('out/da-sua.xlsx') as Uint8Array;
    const [before, after] = [await gridsOf(readFileSync(SAMPLE)), await gridsOf(fixed)];
    const changed: string[] = [];
    before.forEach((grid, s) =>
      grid.values.forEach((row, r) =>
        row.forEach((value, c) => {
          const now = after[s]?.values[r]?.[c];
          if (now !== value) changed.push(`${grid.sheetName}!${String.fromCharCode(65 + c)}${r + grid.top}`);
        }),
      ),
    );
    expect(changed).toHaveLength(14);
    expect(changed.every((cell) => cell.startsWith('Phụ lục 1!'))).toBe(true);
    const read = readAppendix(await loadWorkbook(fixed, 'da-sua.xlsx'), 'Phụ lục 1');
    const codes = validate(read.appendix, DEFAULT_SETTINGS, {}).findings.map((f) => f.code);
    expect(codes).not.toContain('agency-name-variant');
    expect(codes).not.toContain('agency-name-inconsistent');
    expect(codes.filter((code) => code === 'malformed-citation')).toHaveLength(1);
  });

  it('leaves every other part of the package as it was, and writes the cells as text with their style', async () => {
    const { files, run } = memoryIo();
    await run('fix', SAMPLE, '--out', 'out/da-sua.xlsx', '--only', 'malformed-citation');
    const [before, after] = await Promise.all([
      JSZip.loadAsync(readFileSync(SAMPLE)),
      JSZip.loadAsync(files.get('out/da-sua.xlsx') as Uint8Array),
    ]);
    expect(Object.keys(after.files).sort()).toEqual(Object.keys(before.files).sort());
    const differing: string[] = [];
    for (const path of Object.keys(before.files)) {
      const [a, b] = [await before.file(path)?.async('string'), await after.file(path)?.async('string')];
      if (a !== b) differing.push(path);
    }
    expect(differing.sort()).toEqual(['xl/sharedStrings.xml', 'xl/worksheets/sheet1.xml']);
    const sheet = (await after.file('xl/worksheets/sheet1.xml')?.async('string')) ?? '';
    expect(sheet).toMatch(/<c r="E85" s="\d+" t="inlineStr"><is><t xml:space="preserve">[^<]*82\/KH-UBND/u);
  });

  it('previews only with --dry-run, and never writes over a file', async () => {
    const { files, run } = memoryIo();
    const dry = await run('fix', SAMPLE, '--dry-run', '--only', 'extra-whitespace', '--lang', 'en');
    expect(dry.code).toBe(0);
    expect(dry.stdout).toBe('No cell needs an automatic fix.\nPreview only (--dry-run): no file written.\n');
    files.set('out/co.xlsx', new Uint8Array([7]));
    const taken = await run('fix', SAMPLE, '--out', 'out/co.xlsx');
    expect(taken.code).toBe(2);
    expect(files.get('out/co.xlsx')).toEqual(new Uint8Array([7]));
    expect((await run('fix', SAMPLE)).stderr).toContain('Cần --out TỆP.xlsx');
  });

  it('refuses a code it cannot fix, naming the ones it can', async () => {
    const { run } = memoryIo();
    const result = await run('fix', SAMPLE, '--dry-run', '--only', 'missing-legal-basis');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      'Không sửa tự động được: missing-legal-basis. Các mã sửa được: legacy-encoding',
    );
  });
});

describe('task-matrix fix --renumber', () => {
  it('renumbers the sections after the sample’s second "VII" only when asked', async () => {
    const { files, run } = memoryIo();
    const plain = await run('fix', SAMPLE, '--dry-run');
    expect(plain.stdout).not.toContain('Đánh số lại');
    const result = await run(
      'fix',
      SAMPLE,
      '--out',
      'out/danh-so.xlsx',
      '--renumber',
      '--only',
      'extra-whitespace',
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Đánh số lại các mục ngoài cùng: A116 VII → VIII, A121 VIII → IX');
    expect(result.stdout).toContain('Đã sửa 2 ô.');
    const sheetOf = async (bytes: Uint8Array) =>
      (await gridsOf(bytes)).find((g) => g.sheetName === 'Phụ lục 1');
    const after = await sheetOf(files.get('out/danh-so.xlsx') as Uint8Array);
    const before = await sheetOf(readFileSync(SAMPLE));
    const value = (grid: CellGrid | undefined, cell: string) =>
      grid?.values[Number(cell.slice(1)) - grid.top]?.[0];
    expect(['A106', 'A116', 'A121'].map((cell) => value(after, cell))).toEqual(['VII', 'VIII', 'IX']);
    expect(value(after, 'A107')).toBe(value(before, 'A107'));
  });
});
