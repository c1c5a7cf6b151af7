import { extname } from 'node:path';
import type { Command } from 'commander';
import { Option } from 'commander';
import type { Lang } from '../domain';
import { appendixTemplate } from '../domain';
import { sheetWorkbook, workbookBytes } from '../xlsx';
import { IMPORT_STRINGS } from './importStrings';

/** What `new` needs from the machine. */
export interface NewIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readFile: (path: string) => Promise<Uint8Array>;
  writeFile: (path: string, bytes: Uint8Array) => Promise<void>;
}

/** Registers `new --out NEW.xlsx`; `done` receives the exit code (0 written, 2 --out unusable or taken). */
export function addNewCommand(program: Command, io: NewIo, done: (code: number) => void): void {
  program
    .command('new')
    .description('Tạo tệp phụ lục nhiệm vụ trống theo mẫu chuẩn (.xlsx)')
    .requiredOption('--out <file>', 'tệp .xlsx sẽ ghi (không ghi đè tệp đã có)')
    .addOption(new Option('--lang <lang>', 'ngôn ngữ / language').choices(['vi', 'en']).default('vi'))
    .action(async (options: { out: string; lang: Lang }) => done(await writeTemplate(options, io)));
}

async function writeTemplate({ out, lang }: { out: string; lang: Lang }, io: NewIo): Promise<number> {
  const t = IMPORT_STRINGS[lang];
  if (extname(out).toLowerCase() !== '.xlsx') return fail(io, t.outNotXlsx(out));
  const taken = await io.readFile(out).then(
    () => true,
    () => false,
  );
  if (taken) return fail(io, t.outExists(out));
  await io.writeFile(out, await workbookBytes(sheetWorkbook(appendixTemplate())));
  io.stdout(`${t.templateWritten(out)}\n`);
  return 0;
}

function fail(io: NewIo, message: string): number {
  io.stderr(`${message}\n`);
  return 2;
}
