import { basename, join } from 'node:path';
import type { Command } from 'commander';
import { Option } from 'commander';
import type { AgencyLists, Lang, ListFile } from '../domain';
import {
  agencyFiles,
  agencyIndex,
  applyPlanScope,
  buildAgencyLists,
  formatError,
  listName,
  UnusableWorkbookError,
} from '../domain';
import {
  isListWorkbook,
  isUneditedListWorkbook,
  listWorkbook,
  loadWorkbook,
  readPlanAppendices,
  readRegistry,
  readSettings,
  workbookBytes,
} from '../xlsx';
import { parsePlanDate, readBytes } from './input';
import { SPLIT_STRINGS } from './splitStrings';

/** What `split` needs from the machine, injected so tests run against a temporary folder or a fake. */
export interface SplitIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readFile: (path: string) => Promise<Uint8Array>;
  writeFile: (path: string, bytes: Uint8Array) => Promise<void>;
  /** Creates the folder and its parents; no error when it exists. */
  mkdir: (path: string) => Promise<void>;
  /** The names in a folder; none when it does not exist. */
  readdir: (path: string) => Promise<string[]>;
  /** Deletes a file. */
  remove: (path: string) => Promise<void>;
}

interface SplitOptions {
  out: string;
  sheet?: string;
  force?: boolean;
  lang: Lang;
  planDate?: string;
}

/** Registers `split FILE --out DIR`; `done` receives the exit code (0 written, 2 unusable file or bad folder). */
export function addSplitCommand(program: Command, io: SplitIo, done: (code: number) => void): void {
  program
    .command('split')
    .description('Lập danh sách nhiệm vụ của từng cơ quan: một tệp .xlsx cho mỗi cơ quan và tệp tổng hợp')
    .argument('<file>', 'tệp .xlsx')
    .requiredOption('--out <dir>', 'thư mục ghi các tệp (tạo nếu chưa có)')
    .option('--sheet <name>', 'tên trang tính (mặc định: trang giống phụ lục nhiệm vụ nhất)')
    .option('--force', 'ghi đè cả những tệp không do lệnh này tạo ra')
    .addOption(new Option('--lang <lang>', 'ngôn ngữ / language').choices(['vi', 'en']).default('vi'))
    .option('--plan-date <yyyy-mm-dd>', 'lập theo ngày này thay cho ngày của kế hoạch', parsePlanDate)
    .action(async (file: string, options: SplitOptions) => done(await split(file, options, io)));
}

type FileState = 'new' | 'replaced' | 'forced' | 'edited' | 'foreign';

async function split(file: string, options: SplitOptions, io: SplitIo): Promise<number> {
  const t = SPLIT_STRINGS[options.lang];
  try {
    const workbook = await loadWorkbook(await readBytes(file, io.readFile), basename(file));
    const result = readPlanAppendices(workbook, options.sheet);
    if (result.appendix.kind !== 'tasks') {
      // A delegations list without a task matrix beside it: there are no task lists to add its part to.
      throw new UnusableWorkbookError('wrong-kind', {
        sheet: result.appendix.sheet,
        kind: result.appendix.kind,
      });
    }
    if (result.picked === 'auto') io.stdout(`${t.chose(result.appendix.sheet)}\n`);
    if (result.delegations)
      io.stdout(`${t.delegations(result.delegations.sheet, result.delegations.tasks.length)}\n`);
    const { registry } = readRegistry(workbook);
    const { settings } = readSettings(workbook);
    const planDate = options.planDate ?? settings.planDate ?? result.appendix.plan.date;
    // The officer's province (settings sheet) wins over the title rows', as in the check.
    const lists = buildAgencyLists(applyPlanScope(result.appendix, settings), {
      registry,
      planDate,
      closing: settings,
      ...(result.delegations ? { delegations: result.delegations } : {}),
    });
    const files = agencyFiles(lists, options.lang);
    const all = [files.index, ...files.lists];
    const states = await Promise.all(all.map((f) => fileState(join(options.out, f.file), options.force, io)));
    const foreign = all.filter((_, i) => states[i] === 'foreign').map((f) => f.file);
    const edited = all.filter((_, i) => states[i] === 'edited').map((f) => f.file);
    if (foreign.length > 0 || edited.length > 0) {
      if (foreign.length > 0) io.stderr(`${t.foreign(foreign.join(', '))}\n`);
      if (edited.length > 0) io.stderr(`${t.edited(edited.join(', '))}\n`);
      return 2;
    }
    await write(all, options.out, io);
    const stale = await removeStale(options.out, new Set(all.map((f) => f.file)), io);
    io.stdout(report(lists, all, states, options));
    if (stale.removed.length > 0) io.stdout(`${t.removed(stale.removed.join(', '))}\n`);
    if (stale.kept.length > 0) io.stdout(`${t.keptEdited(stale.kept.join(', '))}\n`);
    return 0;
  } catch (error) {
    if (error instanceof UnusableWorkbookError) {
      io.stderr(`${formatError(error, options.lang)}\n`);
      return 2;
    }
    const code = (error as NodeJS.ErrnoException).code;
    if (typeof code !== 'string') throw error;
    io.stderr(
      `${t.cannotWrite((error as NodeJS.ErrnoException).path ?? options.out, (error as Error).message)}\n`,
    );
    return 2;
  }
}

// A file is ours while it carries the tag listWorkbook writes and holds what it wrote; one the officer
// edited since, or one that is not a list of ours (or not a workbook), is left unless --force.
async function fileState(path: string, force: boolean | undefined, io: SplitIo): Promise<FileState> {
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'new';
    throw error;
  }
  const owner = await ownerOf(bytes, path);
  if (owner === 'ours') return 'replaced';
  return force ? 'forced' : owner === 'edited' ? 'edited' : 'foreign';
}

async function ownerOf(bytes: Uint8Array, path: string): Promise<'ours' | 'edited' | 'other'> {
  const workbook = await loadWorkbook(bytes, basename(path)).catch(() => undefined);
  if (!workbook || !isListWorkbook(workbook)) return 'other';
  return isUneditedListWorkbook(workbook) ? 'ours' : 'edited';
}

/**
 * The lists an earlier split wrote for agencies no longer in the appendix: removed when untouched since,
 * kept (and named) when the officer edited them; any other file in the folder is left alone.
 */
async function removeStale(
  folder: string,
  current: ReadonlySet<string>,
  io: SplitIo,
): Promise<{ removed: string[]; kept: string[] }> {
  const removed: string[] = [];
  const kept: string[] = [];
  for (const name of (await io.readdir(folder)).sort()) {
    if (current.has(name) || !/\.xlsx$/iu.test(name)) continue;
    const path = join(folder, name);
    const owner = await ownerOf(await io.readFile(path), path);
    if (owner === 'ours') {
      await io.remove(path);
      removed.push(name);
    } else if (owner === 'edited') kept.push(name);
  }
  return { removed, kept };
}

async function write(files: readonly ListFile[], folder: string, io: SplitIo): Promise<void> {
  await io.mkdir(folder);
  for (const file of files)
    await io.writeFile(join(folder, file.file), await workbookBytes(listWorkbook(file.spec)));
}

function report(
  lists: AgencyLists,
  files: readonly ListFile[],
  states: FileState[],
  options: SplitOptions,
): string {
  const t = SPLIT_STRINGS[options.lang];
  const index = agencyIndex(lists);
  const { withSupporting } = lists;
  const describe = [
    t.index(index.tasks, index.rows.length),
    ...index.rows.map((row) =>
      t.list(
        listName(row.list, options.lang),
        row.led + row.shared,
        row.shared,
        withSupporting ? row.supporting : undefined,
        lists.delegationCount === null ? undefined : row.delegations,
      ),
    ),
  ];
  const lines = files.map((file, i) => {
    const state =
      states[i] === 'replaced' ? ` [${t.replaced}]` : states[i] === 'forced' ? ` [${t.forced}]` : '';
    return `  ${join(options.out, file.file)}  ${describe[i] ?? ''}${state}`;
  });
  return `${t.wrote(files.length, options.out)}\n${lines.join('\n')}\n`;
}
