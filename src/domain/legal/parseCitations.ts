import { parseVietnameseDate } from '../text';
import {
  ADMINISTRATIVE_CODES,
  codeKey,
  documentTypeByCode,
  documentTypeByName,
  NORMATIVE_CODES,
  PARTY_CODES,
  TYPE_NAMES_LONGEST_FIRST,
  YEAR_REQUIRED_CODES,
} from './documentTypes';
import type { CellCitations, Citation, CitationProblem, CitationSystem, DocumentReference } from './schema';

const L = '[\\p{L}&]';
// 124-KH/TU, 8145-CV/TU, 367-QĐ/TWĐTN-VP. The hyphen after the number marks a Party document.
const PARTY = new RegExp(
  `(?<![\\d\\p{L}/-])(\\d{1,6})\\s*-\\s*(\\p{L}{1,5})\\s*/\\s*(${L}+(?:\\s*-\\s*${L}+)*)`,
  'gu',
);
// 217/KH-UBND, 58/2022/NĐ-CP, 2810/SDL-VP, 80/2015/QH13, 82/KH- UBND (stray space).
const STATE = new RegExp(
  `(?<![\\d\\p{L}/-])(\\d{1,6})\\s*/\\s*(?:(\\d{4})\\s*/\\s*)?(\\p{L}[\\p{L}&\\d]*(?:\\s*-\\s*${L}[\\p{L}&\\d]*)*)`,
  'gu',
);
// Công hàm số 57301/336: diplomatic notes follow neither scheme.
const FREE_FORM = /(Công hàm)\s*(?:số\s*)?(\d{1,7})\s*\/\s*(\d{1,7})(?![\d/])/giu;
const TYPE_BEFORE = new RegExp(
  `(${TYPE_NAMES_LONGEST_FIRST.join('|')})(?:\\s+hành động)?\\s*(?:số\\s*:?\\s*)?$`,
  'iu',
);
const DATE_AFTER = /^\s*,?\s*(?:ban hành\s+)?ngày\s+/iu;
const YEAR_AFTER = /^\s*,?\s*(?:ban hành\s+)?năm\s+((?:19|20)\d{2})(?!\d)/iu;
// An issuer runs to the next clause: a comma or semicolon, a quote or bracket, a verb that starts the
// document's subject ("về", "ban hành" …), or "và" + the next document. "TP." and "TX." stay inside it.
const ISSUER_CHARS = '(?:[^;,.“”"(]|(?<=TP|TX|Tp|đ/c)\\.)';
const ISSUER_END = `(?=\\s+(?:về|ban hành|thực hiện|triển khai|hướng dẫn|phê duyệt|tại|năm|trong|đã)\\s|\\s+và\\s+(?:${TYPE_NAMES_LONGEST_FIRST.join('|')})|[;,“”"(]|\\.(?<!(?:TP|TX|Tp|đ/c)\\.)|$)`;
const ISSUER_AFTER = new RegExp(`^\\s*,?\\s*của\\s+(\\p{Lu}${ISSUER_CHARS}*?)${ISSUER_END}`, 'u');
const SUBORDINATE_BEFORE =
  /(thực hiện|triển khai(?: thực hiện)?|sửa đổi(?:,? bổ sung)?|hướng dẫn thi hành)\s*$/iu;
// "Kế hoạch của Ban Thường vụ Tỉnh ủy", "Chương trình hành động của Chính phủ", "Đề án “…”": a document
// named by its type and issuer or title but no number. Capitalised type only: "theo hướng dẫn của Bộ …"
// is guidance in general, not a document (../shared/reference/domain.md; issue "One-click validation").
// A named document without its symbol: "Kế hoạch của Ban Thường vụ Tỉnh ủy", "Kế hoạch “…”", or a bare
// number "Kế hoạch 02", "Kế hoạch số 02" (issue 11: a short form that identifies no document).
const REFERENCE = new RegExp(
  `(?<!\\p{L})(${TYPE_NAMES_LONGEST_FIRST.join('|')})(?:\\s+hành động)?\\s+(?:của\\s+(\\p{Lu}${ISSUER_CHARS}*?)${ISSUER_END}|[“"]([^”"]+)[”"]|(?:số\\s*)?(?!(?:19|20)\\d\\d(?!\\d))(\\d{1,4})(?![\\d/\\-.,]\\d|[\\d/\\-]|\\p{L}))`,
  'gu',
);

/**
 * Every document cited in a Căn cứ cell: numbered citations (with type, symbol, date, issuer and any
 * defect of form) and documents named without a number.
 * @example parseCitations('Theo Kế hoạch 217/KH-UBND ngày 31/12/2021 của UBND tỉnh').citations[0]
 *   → { typeName: 'Kế hoạch', canonicalSymbol: '217/KH-UBND', system: 'administrative', date: { iso: '2021-12-31' }, issuer: 'UBND tỉnh', … }
 */
export function parseCitations(cellText: string): CellCitations {
  const text = cellText.normalize('NFC');
  const citations = [...symbolMatches(text)]
    .sort((a, b) => a.index - b.index)
    .filter(
      (m, i, all) =>
        i === 0 || m.index >= (all[i - 1] as SymbolMatch).index + (all[i - 1] as SymbolMatch).length,
    )
    .map((m) => toCitation(text, m));
  markSubordinates(text, citations);
  return { citations, references: references(text, citations) };
}

interface SymbolMatch {
  index: number;
  length: number;
  symbol: string;
  number: number;
  year: number | null;
  system: CitationSystem;
  typeCode: string | null;
  issuerCode: string;
  forcedType?: string;
}

function* symbolMatches(text: string): Generator<SymbolMatch> {
  for (const m of text.matchAll(PARTY)) {
    const [symbol, number = '', code = '', body = ''] = m;
    yield {
      index: m.index,
      length: symbol.length,
      symbol,
      number: Number(number),
      year: null,
      system: 'party',
      typeCode: code,
      issuerCode: squash(body),
    };
  }
  for (const m of text.matchAll(STATE)) {
    const [symbol, number = '', year, rest = ''] = m;
    yield {
      index: m.index,
      length: symbol.length,
      symbol,
      number: Number(number),
      ...stateParts(year, squash(rest)),
    };
  }
  for (const m of text.matchAll(FREE_FORM)) {
    // The symbol starts at the number, after "Công hàm (số)".
    const index = m.index + m[0].indexOf(m[2] as string);
    yield {
      index,
      length: m[0].length - (index - m.index),
      symbol: text.slice(index, m.index + m[0].length),
      number: Number(m[2]),
      year: null,
      system: 'free-form',
      typeCode: null,
      issuerCode: m[3] as string,
      forcedType: 'Công hàm',
    };
  }
}

/** Splits N/[YYYY/]REST into the numbering system, the type code and the issuer code. */
function stateParts(
  year: string | undefined,
  rest: string,
): Pick<SymbolMatch, 'year' | 'system' | 'typeCode' | 'issuerCode'> {
  if (year !== undefined && /^(UBTV)?QH\d+$/iu.test(rest)) {
    return { year: Number(year), system: 'legislative', typeCode: null, issuerCode: rest };
  }
  const [first = '', ...others] = rest.split('-');
  const issuerCode = others.join('-');
  if (year !== undefined) return { year: Number(year), system: 'normative', typeCode: first, issuerCode };
  if (ADMINISTRATIVE_CODES.has(codeKey(first)) || NORMATIVE_CODES.has(codeKey(first))) {
    return { year: null, system: 'administrative', typeCode: first, issuerCode };
  }
  // No type code: a Công văn, numbered N/AGENCY-UNIT (Nghị định 30/2020, Phụ lục I).
  return { year: null, system: 'official-letter', typeCode: null, issuerCode: rest };
}

function toCitation(text: string, m: SymbolMatch): Citation {
  const before = text.slice(Math.max(0, m.index - 40), m.index);
  const typeMatch = m.forcedType ? null : TYPE_BEFORE.exec(before);
  const typeName = m.forcedType ?? typeMatch?.[1] ?? null;
  const start = typeMatch
    ? m.index - typeMatch[0].length
    : m.forcedType
      ? text.lastIndexOf(m.forcedType, m.index)
      : m.index;
  let end = m.index + m.length;
  const date = dateAfter(text, end);
  if (date) end = date.end;
  // "Quyết định 1234/QĐ-TTg năm 2025": the year named after an administrative number identifies it, as
  // numbers restart each year (session 20 probe).
  const stated = date || m.year !== null ? null : YEAR_AFTER.exec(text.slice(end));
  if (stated) end += stated[0].length;
  const issuerMatch = ISSUER_AFTER.exec(text.slice(end));
  const issuer = issuerMatch?.[1]?.trim() ?? null;
  if (issuerMatch) end += issuerMatch[0].length;
  const symbolType = m.typeCode ? (documentTypeByCode(m.typeCode, m.system === 'party')?.name ?? null) : null;
  const problems = symbolProblems(m, typeName);
  const canonicalSymbol = squash(m.symbol);
  return {
    text: text.slice(start, end),
    start,
    end,
    typeName,
    symbolType,
    symbol: m.symbol,
    canonicalSymbol,
    system: m.system,
    number: m.number,
    year: stated ? Number(stated[1]) : m.year,
    issuerCode: m.issuerCode,
    date: date ? { text: date.text, iso: date.iso } : null,
    issuer,
    subordinate: false,
    problems,
    suggestion: problems.length > 0 ? suggestion(typeName, symbolType, canonicalSymbol, m) : null,
  };
}

function dateAfter(
  text: string,
  from: number,
): { text: string; iso: string | null; end: number } | undefined {
  const rest = text.slice(from, from + 60);
  const lead = DATE_AFTER.exec(rest);
  if (!lead) return undefined;
  const date = parseVietnameseDate(rest);
  const at = date ? rest.indexOf(date.text) : -1;
  if (!date || at < 0 || at > lead[0].length) return undefined;
  return { text: date.text, iso: date.iso ?? null, end: from + at + date.text.length };
}

function symbolProblems(m: SymbolMatch, typeName: string | null): CitationProblem[] {
  const problems: CitationProblem[] = [];
  if (/\s/u.test(m.symbol)) problems.push('spaces');
  const code = m.typeCode === null ? null : codeKey(m.typeCode);
  if (m.system === 'party' && code !== null && !PARTY_CODES.has(code)) problems.push('unknown-type-code');
  if (m.system === 'normative' && code !== null && !NORMATIVE_CODES.has(code))
    problems.push('unknown-type-code');
  if (m.system === 'administrative' && code !== null && YEAR_REQUIRED_CODES.has(code))
    problems.push('missing-year');
  if (typeName && contradicts(typeName, m)) problems.push('type-mismatch');
  return problems;
}

/** The type word says one thing and the symbol another ("Công văn 423/BC-VP", "Kế hoạch 2810/SDL-VP"). */
function contradicts(typeName: string, m: SymbolMatch): boolean {
  const named = documentTypeByName(typeName);
  if (!named || m.system === 'legislative' || m.system === 'free-form') return false;
  if (named.name === 'Công văn')
    return m.system === 'party' ? codeKey(m.typeCode ?? '') !== 'CV' : m.system !== 'official-letter';
  const expected = m.system === 'party' ? named.partyCode : named.code;
  if (m.typeCode === null) return expected !== undefined;
  const accepted = m.system === 'party' ? [expected, ...(named.otherPartyCodes ?? [])] : [expected];
  const code = codeKey(m.typeCode);
  return !accepted.some((c) => c !== undefined && codeKey(c) === code);
}

/** The standard form: the symbol without spaces, named by the type its code stands for. */
function suggestion(
  typeName: string | null,
  symbolType: string | null,
  canonical: string,
  m: SymbolMatch,
): string {
  const name = m.system === 'official-letter' ? 'Công văn' : (symbolType ?? typeName);
  return name ? `${name} ${canonical}` : canonical;
}

/** A citation introduced by "thực hiện …" after another document in the same clause is that document's subject. */
function markSubordinates(text: string, citations: Citation[]): void {
  citations.forEach((citation) => {
    const clauseStart = text.lastIndexOf(';', citation.start) + 1;
    const before = text.slice(clauseStart, citation.start);
    const hasEarlier = citations.some(
      (c) => c !== citation && c.start >= clauseStart && c.start < citation.start,
    );
    const earlierReference = REFERENCE_TEST.test(before);
    if ((hasEarlier || earlierReference) && SUBORDINATE_BEFORE.test(before)) citation.subordinate = true;
  });
}

const REFERENCE_TEST = new RegExp(`(${TYPE_NAMES_LONGEST_FIRST.join('|')})\\s`, 'u');

// Documents identified by their name alone: a law, code or constitution by its title and year ("Luật Tổ chức
// chính quyền địa phương năm 2025", "Bộ luật Lao động 2019", "Hiến pháp năm 2013": one text each), a
// congress's resolution by the congress ("Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ I").
// A law's title may hold a comma before a lower-case word: "Luật Phòng, chống thiên tai".
const TITLE_WORDS = String.raw`(?:[^;,.()\d“”"]|,(?=\s+\p{Ll}))`;
const NAMED = new RegExp(
  [
    String.raw`(?<!\p{L})(Hiến pháp|Bộ luật|Luật|Pháp lệnh)(?:\s+${TITLE_WORDS}{1,90}?)?\s+(?:năm\s+)?(?:19|20)\d{2}(?![\d/])`,
    String.raw`(?<!\p{L})(Nghị quyết|Văn kiện) Đại hội\s[^;()]{0,90}?(?:lần thứ|khóa)\s+(?:[IVXLC]+|\d{1,2})(?!\p{L})`,
    // A law or code by its title alone ("Luật Đất đai", "Bộ luật Lao động", "khoản 3 Điều 7 Luật Ngân sách nhà
    // nước"): one text in force under each title, named — not "no document at all".
    String.raw`(?<!\p{L})(Bộ luật|Luật|Pháp lệnh)\s+\p{Lu}${TITLE_WORDS}{0,90}?(?=\s*(?:[;.()]|,(?!\s+\p{Ll})|$|\s(?:và|của|số|ngày|được|đã|quy định|về việc)\s))`,
  ].join('|'),
  'gu',
);

/** Documents named by their title, each once, outside the numbered citations. */
function namedDocuments(text: string, citations: readonly Citation[]): DocumentReference[] {
  return (
    [...text.matchAll(NAMED)]
      .filter((m) => !citations.some((c) => m.index < c.end && c.start < m.index + m[0].length))
      // "Luật Đầu tư công số 58/2024/QH15": the title of the numbered citation after it.
      .filter((m) => !citations.some((c) => numbers(text.slice(m.index + m[0].length, c.start))))
      .map((m) => ({
        text: m[0],
        start: m.index,
        typeName: (m[1] ?? m[2] ?? m[3]) as string,
        issuer: null,
        title: m[0],
        named: true,
      }))
  );
}

const numbers = (between: string) => /^\s*số\s*$/u.test(between);

function references(text: string, citations: readonly Citation[]): DocumentReference[] {
  const found: DocumentReference[] = namedDocuments(text, citations);
  for (const m of text.matchAll(REFERENCE)) {
    const inside = citations.some((c) => m.index >= c.start && m.index < c.end);
    if (inside || found.some((r) => m.index >= r.start && m.index < r.start + r.text.length)) continue;
    found.push({
      text: m[0],
      start: m.index,
      typeName: m[1] as string,
      issuer: m[2]?.trim() ?? null,
      title: m[3] ?? null,
      ...(m[4] ? { number: m[4] } : {}),
    });
  }
  return found;
}

function squash(text: string): string {
  return text.replace(/\s+/gu, '');
}
