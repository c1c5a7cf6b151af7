import { foldKey } from '../text';
import type { TableKind } from './tableKind';

export type TitleMatcher<F extends string> = (title: string) => F | undefined;

const matchers = new WeakMap<TableKind<string>, TitleMatcher<string>>();

/**
 * The field a column title names in a kind, or undefined. Longest synonym first, so "Cơ quan chủ trì tham
 * mưu" is not read as a shorter one followed by more words.
 * @example titleMatcher(APPENDIX_TABLE)('Kinh phí (triệu đồng)') === 'funding'
 */
export function titleMatcher<F extends string>(kind: TableKind<F>): TitleMatcher<F> {
  let matcher = matchers.get(kind) as TitleMatcher<F> | undefined;
  if (!matcher) {
    const folded = kind.columns
      .flatMap((column) => [
        ...column.titles.map((title) => ({
          field: column.field,
          key: foldKey(title),
          prefix: column.match === 'prefix',
        })),
        ...(column.wholeTitles ?? []).map((title) => ({
          field: column.field,
          key: foldKey(title),
          prefix: false,
        })),
      ])
      .sort((a, b) => b.key.length - a.key.length);
    const endings = kind.columns.flatMap((column) =>
      (column.endings ?? []).map((ending) => ({ field: column.field, key: ` ${foldKey(ending)}` })),
    );
    matcher = (title) => {
      const key = foldKey(title);
      if (key === '') return undefined;
      for (const candidate of folded) {
        if (key === candidate.key) return candidate.field;
        if (candidate.prefix && key.startsWith(`${candidate.key} `)) return candidate.field;
      }
      return endings.find((ending) => key.endsWith(ending.key))?.field;
    };
    matchers.set(kind, matcher as TitleMatcher<string>);
  }
  return matcher;
}
