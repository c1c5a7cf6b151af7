import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { HEAP_OPTION, heapCeilingMb } from '../../src/cli/heapCeiling';
import { HEADER } from '../helpers/grid';

const CLI = join(__dirname, '..', '..', 'bin', 'task-matrix.js');

describe('the heap ceiling for a big input (heapCeilingMb)', () => {
  it('is none below 1 MiB, grows with the file, and stops at 4 GB', () => {
    expect(heapCeilingMb(0)).toBeUndefined();
    expect(heapCeilingMb(1_048_575)).toBeUndefined();
    expect(heapCeilingMb(1_650_000)).toBe(401);
    expect(heapCeilingMb(3_300_000)).toBe(546);
    expect(heapCeilingMb(1e12)).toBe(4096);
    // split builds every agency's list in memory: a higher ceiling for the same file.
    expect(heapCeilingMb(1_650_000, 'split')).toBe(439);
    expect(heapCeilingMb(3_300_000, 'split')).toBe(678);
  });
});

describe('the launcher on a big file', () => {
  const folder = mkdtempSync(join(tmpdir(), 'task-matrix-launcher-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('runs the command under a ceiling with the same output, exit and messages as without', async () => {
    // Text that does not compress well, so that the file passes 1 MiB with a few thousand rows.
    const file = join(folder, 'lon.xlsx');
    const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file });
    const sheet = writer.addWorksheet('Phụ lục 1');
    sheet.addRow(['(Kèm theo Kế hoạch số 5/KH-UBND ngày 10/8/2025 của UBND tỉnh Đồng Nai)']).commit();
    sheet.addRow([...HEADER]).commit();
    let seed = 7;
    const word = () => {
      seed = (seed * 48271) % 2147483647;
      return seed.toString(36);
    };
    for (let i = 1; i <= 9000; i++)
      sheet
        .addRow([
          String(i),
          Array.from({ length: 20 }, word).join(' '),
          'Sở Tài chính',
          'Quý IV/2025',
          '',
          '',
        ])
        .commit();
    sheet.commit();
    await writer.commit();
    expect(statSync(file).size).toBeGreaterThan(1_048_576);

    const run = (nodeArgs: string[]) =>
      spawnSync(process.execPath, [...nodeArgs, CLI, 'check', file, '--json'], {
        encoding: 'utf8',
        maxBuffer: 1 << 28,
      });
    const capped = run([]);
    // Started with a ceiling of the officer's own, the launcher runs the command in its own process.
    const here = run([`${HEAP_OPTION}=4096`]);
    expect(capped.status).toBe(here.status);
    expect(capped.stderr).toBe(here.stderr);
    expect(capped.stdout).toBe(here.stdout);
    expect(JSON.parse(capped.stdout).summary.tasks).toBe(9000);
  }, 120_000);
});
