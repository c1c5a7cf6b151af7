import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import type { Lang } from '../domain';
import { formatError, parseVietnameseDate, SettingsSchema, UnusableWorkbookError, validate } from '../domain';
import { loadWorkbook, readAppendix, readRegistry } from '../xlsx';
import { buildReport } from './buildReport';
import { formatHuman } from './formatHuman';
import { STRINGS } from './strings';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readFile: (path: string) => Promise<Uint8Array>;
}

const nodeIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: (path) => readFile(path),
};

/** Exit codes: 0 no error findings, 1 error findings, 2 the file cannot be used (or bad arguments). */
export async function main(argv: readonly string[], io: CliIo = nodeIo): Promise<number> {
  let exitCode = 0;
  const program = new Command()
    .name('task-matrix')
    .description('Ma trận nhiệm vụ — đọc và kiểm tra phụ lục nhiệm vụ của kế hoạch (.xlsx)')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
  program
    .command('check')
    .description('Đọc phụ lục nhiệm vụ trong tệp .xlsx và báo cáo (không bao giờ ghi vào tệp)')
    .argument('<file>', 'tệp .xlsx')
    .option('--sheet <name>', 'tên trang tính (mặc định: trang giống phụ lục nhiệm vụ nhất)')
    .option('--json', 'in mô hình và các phát hiện dạng JSON')
    .addOption(new Option('--lang <lang>', 'ngôn ngữ / language').choices(['vi', 'en']).default('vi'))
    .option('--plan-date <yyyy-mm-dd>', 'kiểm tra theo ngày này thay cho ngày của kế hoạch', parsePlanDate)
    .action(async (file: string, options: CheckOptions) => {
      exitCode = await check(file, options, io);
    });
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    throw error;
  }
  return exitCode;
}

interface CheckOptions {
  sheet?: string;
  json?: boolean;
  lang: Lang;
  planDate?: string;
}

function parsePlanDate(value: string): string {
  const date = parseVietnameseDate(value.replace(/^(\d{4})-(\d{2})-(\d{2})$/, '$3/$2/$1'));
  if (!date?.iso) throw new InvalidArgumentError('cần một ngày có thật dạng yyyy-mm-dd, ví dụ 2025-08-01');
  return date.iso;
}

async function check(file: string, options: CheckOptions, io: CliIo): Promise<number> {
  try {
    const bytes = await readBytes(file, io);
    const workbook = await loadWorkbook(bytes, basename(file));
    const result = readAppendix(workbook, options.sheet);
    const settings = SettingsSchema.parse(options.planDate ? { planDate: options.planDate } : {});
    const { registry, findings: registryFindings } = readRegistry(workbook);
    const validation = validate(result.appendix, settings, { registry });
    const report = buildReport(
      file,
      result,
      { ...validation, findings: [...registryFindings, ...validation.findings] },
      options.lang,
    );
    if (options.json) {
      if (result.picked === 'auto') io.stderr(`${STRINGS[options.lang].chose(report.sheet)}\n`);
      io.stdout(`${JSON.stringify(report, null, 2)}\n`);
    } else {
      io.stdout(formatHuman(report, options.lang));
    }
    return report.summary.errors > 0 ? 1 : 0;
  } catch (error) {
    if (!(error instanceof UnusableWorkbookError)) throw error;
    io.stderr(`${formatError(error, options.lang)}\n`);
    return 2;
  }
}

async function readBytes(file: string, io: CliIo): Promise<Uint8Array> {
  try {
    return await io.readFile(file);
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EISDIR')
      throw new UnusableWorkbookError('file-not-found', { file }, { cause });
    throw cause;
  }
}
