import type { CellChange, Renumbering, SkippedChange, SkipReason } from '../fixes';
import { RULES } from '../rules/registry';
import type { Lang } from './types';

const WORDS = {
  vi: {
    none: 'Không có ô nào cần sửa tự động.',
    renumber: (under: string, cells: string) =>
      `Đánh số lại ${under ? `các mục trong «${under}»` : 'các mục ngoài cùng'}: ${cells}`,
    count: (cells: number) => `Sẽ sửa ${cells} ô (cũ → mới):`,
    applied: (cells: number) => `Đã sửa ${cells} ô.`,
    skipped: (cells: number) => `Bỏ qua ${cells} ô:`,
    reasons: {
      changed: 'ô đã được sửa sau khi xem trước, không ghi đè',
      formula: 'ô đang chứa công thức, không ghi đè',
      formatted: 'chữ trong ô có định dạng riêng từng phần (in đậm, nghiêng…), xin sửa tay để giữ định dạng',
      missing: 'không còn thấy ô này trên trang',
    } satisfies Record<SkipReason, string>,
  },
  en: {
    none: 'No cell needs an automatic fix.',
    renumber: (under: string, cells: string) =>
      `Renumber ${under ? `the items in «${under}»` : 'the top-level items'}: ${cells}`,
    count: (cells: number) => `${cells} cells would change (old → new):`,
    applied: (cells: number) => `${cells} cells fixed.`,
    skipped: (cells: number) => `${cells} cells skipped:`,
    reasons: {
      changed: 'changed since the preview, not overwritten',
      formula: 'now holds a formula, not overwritten',
      formatted: 'parts of its text are formatted apart (bold, italic…), please edit by hand to keep them',
      missing: 'the cell is no longer on the sheet',
    } satisfies Record<SkipReason, string>,
  },
};

const TITLES = new Map(RULES.map((rule) => [rule.meta.code, rule.meta.title]));
const CONTEXT = 24;

/**
 * The part of a cell a change rewrites, with a little of the text around it: a long Căn cứ cell reads
 * "…(Mục IV.2); Kế hoạch số 82/KH- UBND ngày 18/5…" → "…82/KH-UBND ngày 18/5…", not twice in full.
 * @example changedPart('Sở Kế hoạch - Đầu tư', 'Sở Kế hoạch và Đầu tư') // { before: 'Sở Kế hoạch - Đầu tư', after: 'Sở Kế hoạch và Đầu tư' }
 */
export function changedPart(before: string, after: string): { before: string; after: string } {
  let head = 0;
  while (head < before.length && head < after.length && before[head] === after[head]) head++;
  let tail = 0;
  while (
    tail < before.length - head &&
    tail < after.length - head &&
    before[before.length - 1 - tail] === after[after.length - 1 - tail]
  )
    tail++;
  // The context starts and ends at a word boundary, so no word is shown cut.
  const from = wordStart(before, Math.max(0, head - CONTEXT), head);
  const cut = (text: string) => {
    const to = wordEnd(text, Math.min(text.length, text.length - tail + CONTEXT), text.length - tail);
    return `${from > 0 ? '…' : ''}${text.slice(from, to)}${to < text.length ? '…' : ''}`;
  };
  return { before: cut(before), after: cut(after) };
}

function wordStart(text: string, at: number, limit: number): number {
  if (at === 0) return 0;
  const space = text.slice(at, limit).search(/\s/u);
  return space < 0 ? at : at + space + 1;
}

function wordEnd(text: string, at: number, limit: number): number {
  if (at >= text.length) return text.length;
  const space = text.slice(limit, at).search(/\s\S*$/u);
  return space < 0 ? at : limit + space;
}

/** One line per change: "E85 · Số, ký hiệu văn bản sai thể thức: «…82/KH- UBND…» → «…82/KH-UBND…»". */
export function fixLine(change: CellChange, lang: Lang): string {
  const titles = change.codes.map((code) => TITLES.get(code)?.[lang] ?? code).join('; ');
  const part = changedPart(change.before, change.after);
  const show = (text: string) => `«${text.replace(/\n/gu, '↵')}»`;
  return `${change.cell} · ${titles}: ${show(part.before)} → ${show(part.after)}`;
}

export function skipLine(skipped: SkippedChange, lang: Lang): string {
  return `${skipped.change.cell}: ${WORDS[lang].reasons[skipped.reason]}`;
}

/** A preview: how many cells, then one line each. */
export function fixPreviewLines(changes: readonly CellChange[], lang: Lang): string[] {
  const t = WORDS[lang];
  if (changes.length === 0) return [t.none];
  return [t.count(changes.length), ...changes.map((change) => fixLine(change, lang))];
}

/** One line per group renumbered: "Đánh số lại các mục ngoài cùng: A116 VII → VIII, A121 VIII → IX". */
export function renumberLines(groups: readonly Renumbering[], lang: Lang): string[] {
  return groups.map((group) =>
    WORDS[lang].renumber(
      group.under,
      group.changes.map((change) => `${change.cell} ${change.before} → ${change.after}`).join(', '),
    ),
  );
}

/** What applying did: the cells written, then the ones skipped and why. */
export function fixOutcomeLines(
  written: readonly CellChange[],
  skipped: readonly SkippedChange[],
  lang: Lang,
): string[] {
  const t = WORDS[lang];
  const lines = [t.applied(written.length)];
  if (skipped.length === 0) return lines;
  return [...lines, t.skipped(skipped.length), ...skipped.map((s) => skipLine(s, lang))];
}
