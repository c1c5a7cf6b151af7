import { mkdir, readdir, readFile, unlink, writeFile } from 'node:fs/promises';
import type { Argument } from 'commander';
import { Command, CommanderError, Help, Option } from 'commander';
import { commanderError } from './commanderErrors';
import { inEnglish } from './helpEnglish';
import type { Lang } from '../domain';
import { appendixKind, applyPlanScope, formatError, UnusableWorkbookError } from '../domain';
import { buildReport } from './buildReport';
import { formatHuman } from './formatHuman';
import type { CheckScope } from './checkFile';
import { checkFile } from './checkFile';
import { addFixCommand } from './fixCommand';
import { parsePeriod, parsePlanDate, parseProvince } from './input';
import { addCompareCommand } from './comparePlan';
import { addImportCommand } from './importPlan';
import { addNewCommand } from './newAppendix';
import { addSplitCommand } from './split';
import { STRINGS } from './strings';
import { streamJson } from './streamJson';

export interface CliIo {
  /** May return a promise that settles once the text is written out (a full pipe): big outputs wait on it. */
  stdout: (text: string) => void | Promise<void>;
  stderr: (text: string) => void;
  readFile: (path: string) => Promise<Uint8Array>;
  /** For `split` and `import`; the machine's file system when not given. */
  writeFile?: (path: string, bytes: Uint8Array) => Promise<void>;
  /** For `split`: creates a folder and its parents; the machine's file system when not given. */
  mkdir?: (path: string) => Promise<void>;
  /** For `split`: a folder's names (none when it does not exist). */
  readdir?: (path: string) => Promise<string[]>;
  /** For `split`: deletes a file (an earlier split's list no longer needed). */
  remove?: (path: string) => Promise<void>;
}

const nodeIo: Required<CliIo> = {
  stdout: (text) =>
    process.stdout.write(text) ? undefined : new Promise((resolve) => process.stdout.once('drain', resolve)),
  stderr: (text) => process.stderr.write(text),
  readFile: (path) => readFile(path),
  writeFile: (path, bytes) => writeFile(path, bytes),
  mkdir: async (path) => void (await mkdir(path, { recursive: true })),
  readdir: (path) =>
    readdir(path).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return [];
      throw error;
    }),
  remove: (path) => unlink(path),
};

/**
 * Exit codes: 0 no error findings (check) or files written (split), 1 error findings (check), 2 the file
 * cannot be used, bad arguments, or (split) files in the way, 3 an internal error (a bug: one line on
 * stderr asking to report it, never a stack trace, never mistaken for "error findings").
 */
export async function main(argv: readonly string[], io: CliIo = nodeIo): Promise<number> {
  let exitCode = 0;
  const lang = langOf(argv);
  const help = STRINGS[lang].help;
  const usageWords = (usage: string) =>
    usage.replace(/\[(?:options|command)\]/gu, (word) => help.usage[word] ?? word);
  // Set before the commands are added, which inherit it: the help's own words in the officer's language.
  const program = new Command()
    .name('task-matrix')
    .description('Ma trận nhiệm vụ — đọc và kiểm tra phụ lục nhiệm vụ của kế hoạch (.xlsx)')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => void io.stdout(text),
      writeErr: io.stderr,
      outputError: (text, write) => write(commanderError(text, lang)),
    })
    .configureHelp({
      styleTitle: (title) => help.titles[title] ?? title,
      commandUsage(this: Help, command) {
        return usageWords(Help.prototype.commandUsage.call(this, command));
      },
      subcommandTerm(this: Help, command) {
        return usageWords(Help.prototype.subcommandTerm.call(this, command));
      },
      // The descriptions are written in Vietnamese; --lang en reads them in English.
      ...(lang === 'en'
        ? {
            commandDescription: (command: Command) => inEnglish(command.description()),
            subcommandDescription: (command: Command) =>
              inEnglish(command.summary() || command.description()),
            argumentDescription(this: Help, argument: Argument) {
              return inEnglish(Help.prototype.argumentDescription.call(this, argument));
            },
            optionDescription(this: Help, option: Option) {
              return inEnglish(Help.prototype.optionDescription.call(this, option));
            },
          }
        : {}),
    })
    .helpOption('-h, --help', help.option)
    .helpCommand(usageWords('help [command]'), help.command);
  program
    .command('check')
    .description('Đọc phụ lục nhiệm vụ trong tệp .xlsx và báo cáo (không bao giờ ghi vào tệp)')
    .argument('<file>', 'tệp .xlsx')
    .option('--sheet <name>', 'tên trang tính (mặc định: trang giống phụ lục nhiệm vụ nhất)')
    .option('--json', 'in mô hình và các phát hiện dạng JSON')
    .addOption(new Option('--lang <lang>', 'ngôn ngữ / language').choices(['vi', 'en']).default('vi'))
    .option('--plan-date <yyyy-mm-dd>', 'kiểm tra theo ngày này thay cho ngày của kế hoạch', parsePlanDate)
    .option('--province <tên>', 'tỉnh/thành phố của kế hoạch ("Đồng Nai"), hoặc "Trung ương"', parseProvince)
    .option('--period <năm>', 'thời kỳ kế hoạch ("2025", "2026-2030")', parsePeriod)
    .action(async (file: string, options: CheckOptions) => {
      exitCode = await check(file, options, io);
    });
  addSplitCommand(program, { ...nodeIo, ...io }, (code) => (exitCode = code));
  addImportCommand(program, { ...nodeIo, ...io }, (code) => (exitCode = code));
  addCompareCommand(program, { ...nodeIo, ...io }, (code) => (exitCode = code));
  addNewCommand(program, { ...nodeIo, ...io }, (code) => (exitCode = code));
  addFixCommand(program, { ...nodeIo, ...io }, (code) => (exitCode = code));
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    io.stderr(`${internalError(error, langOf(argv))}\n`);
    return 3;
  }
  return exitCode;
}

/** The one line an internal error gets: what happened, and to report it. */
export function internalError(error: unknown, lang: Lang): string {
  const what = (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).split('\n')[0];
  return STRINGS[lang].internalError(what ?? '');
}

/** The language asked for on the command line ("--lang en", "--lang=en"), before options are parsed. */
function langOf(argv: readonly string[]): Lang {
  const at = argv.indexOf('--lang');
  const value = at >= 0 ? argv[at + 1] : argv.find((arg) => arg.startsWith('--lang='))?.slice(7);
  return value === 'en' ? 'en' : 'vi';
}

interface CheckOptions extends CheckScope {
  json?: boolean;
  lang: Lang;
}

async function check(file: string, options: CheckOptions, io: CliIo): Promise<number> {
  try {
    const { result, settings, validation, findings, reviewed } = await checkFile(file, options, io.readFile);
    // The report names the plan as it was checked: the officer's province and period, if given.
    const scoped = { ...result, appendix: applyPlanScope(result.appendix, settings) };
    const report = buildReport(file, scoped, { ...validation, findings }, options.lang, reviewed);
    if (options.json) {
      if (result.picked === 'auto')
        io.stderr(
          `${STRINGS[options.lang].chose(report.sheet, appendixKind(report.kind).name[options.lang])}\n`,
        );
      await streamJson(report, io.stdout);
      await io.stdout('\n');
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
