import type { Command } from 'commander';
import { Option } from 'commander';
import type { Lang } from '../domain';
import { appendixChoices, DEFAULT_REGISTRY, isoDay } from '../domain';
import { templateWorkbook, workbookBytes } from '../xlsx';
import { IMPORT_STRINGS } from './importStrings';
import type { CommandIo } from './newFile';
import { outProblem, refuse } from './newFile';

const today = () => isoDay(new Date());

/** Registers `new --out NEW.xlsx`; `done` receives the exit code (0 written, 2 --out unusable or taken). */
export function addNewCommand(program: Command, io: CommandIo, done: (code: number) => void): void {
  program
    .command('new')
    .description('Tạo tệp phụ lục nhiệm vụ trống theo mẫu chuẩn (.xlsx)')
    .requiredOption('--out <file>', 'tệp .xlsx sẽ ghi (không ghi đè tệp đã có)')
    .addOption(new Option('--lang <lang>', 'ngôn ngữ / language').choices(['vi', 'en']).default('vi'))
    .action(async (options: { out: string; lang: Lang }) => done(await writeTemplate(options, io)));
}

async function writeTemplate({ out, lang }: { out: string; lang: Lang }, io: CommandIo): Promise<number> {
  const problem = await outProblem(out, io, lang);
  if (problem) return refuse(io, problem);
  await io.writeFile(out, await workbookBytes(templateWorkbook(appendixChoices(DEFAULT_REGISTRY, today()))));
  io.stdout(`${IMPORT_STRINGS[lang].templateWritten(out)}\n`);
  return 0;
}
