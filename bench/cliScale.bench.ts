/**
 * The command line on big files, as an officer's machine runs it: `task-matrix check --json` and `split`
 * on generated appendices of 50,000 and 100,000 task rows (the sample's rows repeated), each in a child
 * process measured by /usr/bin/time (elapsed seconds, peak resident memory). Targets (issue 13): no crash,
 * 50k rows within 10 s and 500 MB. Run by `npm run bench:scale` (not part of `npm test`: it takes minutes).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';

const ROOT = join(__dirname, '..', '..');
const CLI = join(ROOT, 'bin', 'task-matrix.js');
const SAMPLE = join(ROOT, 'test', 'fixtures', 'ke-hoach-58-2024-phu-luc.xlsx');
const TIME = '/usr/bin/time';

/** The sample's title and header, then its table rows repeated until `tasks` rows, written by streaming. */
async function bigAppendix(path: string, tasks: number): Promise<void> {
  const sample = new ExcelJS.Workbook();
  await sample.xlsx.readFile(SAMPLE);
  const sheet = sample.getWorksheet('Phụ lục 1') as ExcelJS.Worksheet;
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => rows.push((row.values as unknown[]).slice(1)));
  const head = rows.slice(0, 5);
  const body = rows.slice(5).filter((row) => row.some((cell) => cell !== null && cell !== undefined));
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true });
  const out = writer.addWorksheet('Phụ lục 1');
  for (const row of head) out.addRow(row).commit();
  for (let i = 0; i < tasks; i++) out.addRow(body[i % body.length] as unknown[]).commit();
  out.commit();
  await writer.commit();
}

function measure(args: string[]): { seconds: number; megabytes: number; status: number | null } {
  const run = spawnSync(TIME, ['-f', '%e %M', process.execPath, CLI, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const last = run.stderr.trim().split('\n').pop() ?? '';
  const [seconds = 'NaN', kilobytes = 'NaN'] = last.split(' ');
  return { seconds: Number(seconds), megabytes: Math.round(Number(kilobytes) / 1024), status: run.status };
}

async function main(): Promise<void> {
  if (!existsSync(TIME)) throw new Error(`${TIME} is needed to measure peak memory`);
  const folder = mkdtempSync(join(tmpdir(), 'task-matrix-scale-'));
  try {
    for (const tasks of [50_000, 100_000]) {
      const file = join(folder, `phu-luc-${tasks}.xlsx`);
      await bigAppendix(file, tasks);
      const check = measure(['check', file, '--json']);
      const split = measure(['split', file, '--out', join(folder, `out-${tasks}`)]);
      const verdict = (m: typeof check) =>
        tasks === 50_000 ? (m.seconds <= 10 && m.megabytes <= 500 ? 'met' : 'NOT met') : 'no target';
      process.stdout.write(
        `${tasks} rows: check --json ${check.seconds} s, ${check.megabytes} MB, exit ${check.status} (${verdict(check)}); ` +
          `split ${split.seconds} s, ${split.megabytes} MB, exit ${split.status} (${verdict(split)})\n`,
      );
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

void main();
