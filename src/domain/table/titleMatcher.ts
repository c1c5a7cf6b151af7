import { foldKey } from '../text';
import type { TableKind } from './tableKind';

export type TitleMatcher<F extends string> = (title: string) => F | undefined;

const MEMO_LIMIT = 5_000;

const matchers = new WeakMap<Pick<TableKind<string>, 'columns'>, TitleMatcher<string>>();

/**
 * The field a column title names in a kind, or undefined. Longest synonym first, so "Cơ quan chủ trì tham
 * mưu" is not read as a shorter one followed by more words.
 * @example titleMatcher(APPENDIX_TABLE)('Kinh phí (triệu đồng)') === 'funding'
 */
export function titleMatcher<F extends string>(kind: Pick<TableKind<F>, 'columns'>): TitleMatcher<F> {
  let matcher = matchers.get(kind) as TitleMatcher<F> | undefined;
  if (!matcher) {
    const folded = kind.columns
      .flatMap((column) => [
        ...column.titles.map((title) => ({
          field: column.field,
          key: foldKey(title),
          // The key and the space after it, made once: the parser asks of every short row (session 21).
          prefix: column.match === 'prefix' ? `${foldKey(title)} ` : undefined,
        })),
        ...(column.wholeTitles ?? []).map((title) => ({
          field: column.field,
          key: foldKey(title),
          prefix: undefined,
        })),
      ])
      .sort((a, b) => b.key.length - a.key.length);
    const endings = kind.columns.flatMap((column) =>
      (column.endings ?? []).map((ending) => ({ field: column.field, key: ` ${foldKey(ending)}` })),
    );
    // Lead cells and short headings repeat down a sheet ("Sở Tài chính"): each is folded and matched once.
    const seen = new Map<string, F | undefined>();
    const match = (title: string): F | undefined => {
      const key = foldKey(title);
      if (key === '') return undefined;
      for (const candidate of folded) {
        if (key === candidate.key) return candidate.field;
        if (candidate.prefix !== undefined && key.startsWith(candidate.prefix)) return candidate.field;
      }
      return endings.find((ending) => key.endsWith(ending.key))?.field;
    };
    matcher = (title) => {
      if (seen.has(title)) return seen.get(title);
      if (seen.size >= MEMO_LIMIT) seen.clear();
      const field = match(title);
      seen.set(title, field);
      return field;
    };
    matchers.set(kind, matcher as TitleMatcher<string>);
  }
  return matcher;
}
