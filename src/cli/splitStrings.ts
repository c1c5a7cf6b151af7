import type { Lang } from '../domain';

/** One list's line of the report, "Sở Ngoại vụ: chủ trì 41 (6 cùng chủ trì), đoàn ra 4", in a language's words. */
function listLine(words: { leads: string; shared: string; supports: string; delegations: string }) {
  return (
    name: string,
    led: number,
    shared: number,
    supporting: number | undefined,
    delegations: number | undefined,
  ): string =>
    `${name}: ${words.leads} ${led}${shared > 0 ? ` (${shared} ${words.shared})` : ''}` +
    (supporting === undefined ? '' : `, ${words.supports} ${supporting}`) +
    (delegations === undefined ? '' : `, ${words.delegations} ${delegations}`);
}

/** Wording of `task-matrix split`'s own output (the sheets' wording lives in src/domain/views/listText). */
export const SPLIT_STRINGS = {
  vi: {
    chose: (sheet: string) => `Đã chọn trang "${sheet}".`,
    wrote: (count: number, folder: string) => `Đã ghi ${count} tệp vào ${folder}:`,
    index: (tasks: number, lists: number) => `tổng hợp: ${tasks} nhiệm vụ, ${lists} danh sách`,
    delegations: (sheet: string, count: number) => `Kèm đoàn ra của trang "${sheet}": ${count} đoàn.`,
    list: listLine({
      leads: 'chủ trì',
      shared: 'cùng chủ trì',
      supports: 'phối hợp',
      delegations: 'đoàn ra',
    }),
    replaced: 'thay tệp của lần chia trước',
    forced: 'ghi đè tệp khác (--force)',
    foreign: (files: string) =>
      `Không ghi: các tệp sau đã có trong thư mục và không do task-matrix split tạo ra: ${files}. Chọn thư mục khác hoặc thêm --force để ghi đè.`,
    edited: (files: string) =>
      `Không ghi: các tệp sau do lần chia trước tạo ra nhưng đã được sửa sau đó: ${files}. Lưu chúng ra chỗ khác, hoặc thêm --force để ghi đè.`,
    removed: (files: string) =>
      `Đã xoá danh sách của lần chia trước không còn cơ quan trong phụ lục (chưa ai sửa): ${files}.`,
    keptEdited: (files: string) =>
      `Giữ lại danh sách của lần chia trước không còn cơ quan trong phụ lục, vì đã được sửa: ${files}.`,
    cannotWrite: (path: string, reason: string) => `Không ghi được ${path}: ${reason}`,
  },
  en: {
    chose: (sheet: string) => `Picked sheet "${sheet}".`,
    wrote: (count: number, folder: string) => `Wrote ${count} files to ${folder}:`,
    index: (tasks: number, lists: number) => `index: ${tasks} tasks, ${lists} lists`,
    delegations: (sheet: string, count: number) => `With the delegations of sheet "${sheet}": ${count}.`,
    list: listLine({ leads: 'leads', shared: 'shared', supports: 'supports', delegations: 'delegations' }),
    replaced: 'replaces the file of an earlier split',
    forced: 'overwrites another file (--force)',
    foreign: (files: string) =>
      `Nothing written: these files already exist and were not made by task-matrix split: ${files}. Choose another folder, or add --force to overwrite them.`,
    edited: (files: string) =>
      `Nothing written: these files were made by an earlier split but edited since: ${files}. Move them elsewhere, or add --force to overwrite them.`,
    removed: (files: string) =>
      `Removed the lists of an earlier split for agencies no longer in the appendix (not edited since): ${files}.`,
    keptEdited: (files: string) =>
      `Kept the lists of an earlier split for agencies no longer in the appendix, as they were edited: ${files}.`,
    cannotWrite: (path: string, reason: string) => `Cannot write ${path}: ${reason}`,
  },
} satisfies Record<Lang, unknown>;
