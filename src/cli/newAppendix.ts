import type { Command } from 'commander';
import { Option } from 'commander';
import type { Lang } from '../domain';
import { appendixChoices, DEFAULT_REGISTRY, isoDay } from '../domain';
import { templateWorkbook, workbookBytes } from '../xlsx';
import { IMPORT_STRINGS } from './importStrings';
import type { CommandIo } from './newFile';
import { outProblem, refuse } from './newFile';

const today = () => isoDay(new Date());

/** Registers `new --out NEW.xlsx [--table]`; `done` receives the exit code (0 written, 2 --out unusable or taken). */
export function addNewCommand(program: Command, io: CommandIo, done: (code: number) => void): void {
  program
    .command('new')
    .description('Tạo tệp phụ lục nhiệm vụ trống theo mẫu chuẩn (.xlsx)')
    .requiredOption('--out <file>', 'tệp .xlsx sẽ ghi (không ghi đè tệp đã có)')
    .option('--table', 'vẽ phần tiêu đề cột và các dòng thành bảng Excel (Table): tự mở rộng, có nút lọc')
    .addOption(new Option('--lang <lang>', 'ngôn ngữ / language').choices(['vi', 'en']).default('vi'))
    .action(async (options: NewOptions) => done(await writeTemplate(options, io)));
}

interface NewOptions {
  out: string;
  lang: Lang;
  table?: boolean;
}

async function writeTemplate({ out, lang, table = false }: NewOptions, io: CommandIo): Promise<number> {
  const problem = await outProblem(out, io, lang);
  if (problem) return refuse(io, problem);
  const workbook = templateWorkbook(appendixChoices(DEFAULT_REGISTRY, today()), { table });
  await io.writeFile(out, await workbookBytes(workbook));
  io.stdout(`${IMPORT_STRINGS[lang].templateWritten(out, table)}\n`);
  return 0;
}
