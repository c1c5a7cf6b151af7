import type { CellCitations, Citation, DocumentReference } from '../../legal';
import { parseCitations } from '../../legal';
import type { FieldCell } from '../fieldCells';
import { atCell as at, fieldCells } from '../fieldCells';
import type { Rule, RuleFinding, RuleInput } from '../types';

type BasisCell = FieldCell & { citations: CellCitations };
const basisCache = new WeakMap<RuleInput, BasisCell[]>();

/** The Căn cứ cells with the documents parsed from them (listed once per run: four rules read them). */
function basisCells(input: RuleInput): BasisCell[] {
  let cells = basisCache.get(input);
  if (!cells) {
    cells = fieldCells(input, 'basis').map((cell) => ({
      ...cell,
      citations: input.analyses[cell.taskIndex]?.citations ?? { citations: [], references: [] },
    }));
    basisCache.set(input, cells);
  }
  return cells;
}

/**
 * A Căn cứ that names no identifiable document: no numbered citation and no document named by type and
 * issuer or title ("theo hướng dẫn của Bộ Ngoại giao", "Theo các kế hoạch đón đoàn được phê duyệt").
 */
export const weakLegalBasis: Rule = {
  meta: {
    code: 'weak-legal-basis',
    severity: 'warning',
    title: { vi: 'Căn cứ chưa rõ văn bản', en: 'Weak legal basis' },
    columns: ['basis'],
  },
  check: (input) =>
    basisCells(input)
      .filter((cell) => cell.citations.citations.length === 0 && cell.citations.references.length === 0)
      .filter((cell) => !OWN_PART.test(cell.text.normalize('NFC').trim()))
      .map((cell) => ({ ...at(cell), data: { text: cell.text } })),
};

// "Mục II.1 Kế hoạch", "Điểm a, khoản 2, Mục II", "Tiểu mục 3 Mục III Kế hoạch này" (session 21 probe): the
// task rests on a part of the plan the appendix goes with, which its reference line identifies. A plan is
// built of Phần and Mục; an "Điều" alone names an article of some unnamed law and stays weak.
const PART_LABEL = String.raw`(?:(?:[IVXLC]+|\d+)(?:\.\d+)*\.?|thứ\s+\p{L}+)`;
const OWN_PART = new RegExp(
  String.raw`^(?:theo\s+|tại\s+)?(?:(?:điểm\s+\p{L}|khoản\s+\d+|tiểu\s+mục\s+\d+)\s*,?\s*)*` +
    String.raw`(?:mục|phần)\s+${PART_LABEL}(?:\s*,\s*(?:(?:mục|phần)\s+)?${PART_LABEL})*\s*,?\s*` +
    String.raw`(?:(?:của\s+)?(?:kế hoạch|chương trình|quyết định|nghị quyết|đề án)(?:\s+này)?)?\s*\.?$`,
  'iu',
);

/** Identifiable on its own: it carries its date, or its year (normative and legislative documents). */
function isComplete(citation: Citation): boolean {
  return (
    citation.date !== null ||
    citation.year !== null ||
    citation.system === 'free-form' ||
    isCentralParty(citation)
  );
}

// A document of the Party's Central Committee, Politburo, Secretariat or their steering committees
// ("66-NQ/TW", "15-CT/TW", "12-CTr/BCĐ") is
// numbered within the term and cited nationwide by number alone; real plans rarely date it, and an officer
// does not need to (the corpus: 37 undated "-NQ/TW" citations in 97/NQ-CP, none a real problem).
function isCentralParty(citation: Citation): boolean {
  return citation.system === 'party' && /\/(?:[A-ZĐ]*TW|BCĐ[A-ZĐ0-9]*)$/u.test(citation.canonicalSymbol);
}

/**
 * A document that cannot be identified: an administrative or Party number without its date (`217/KH-UBND`
 * restarts every year, Party numbers every term), unless the cell or the appendix's title dates the symbol;
 * in a cell with no complete citation at all, documents named without number ("Kế hoạch của Ban Thường vụ
 * Tỉnh ủy"); and, anywhere, a bare number without symbol or date ("Kế hoạch 02"). Documents mentioned as
 * another's subject are not checked.
 */
export const incompleteCitation: Rule = {
  meta: {
    code: 'incomplete-citation',
    severity: 'warning',
    title: { vi: 'Văn bản thiếu số hoặc ngày', en: 'Incomplete citation' },
    columns: ['basis'],
  },
  check: (input) => {
    const titled = datedInTitle(input);
    return [
      ...basisCells(input).flatMap((cell) => {
        const { citations, references } = cell.citations;
        const dated = new Set(citations.filter((c) => c.date !== null).map((c) => c.canonicalSymbol));
        const undated = citations
          .filter(
            (c) =>
              !c.subordinate &&
              !isComplete(c) &&
              !dated.has(c.canonicalSymbol) &&
              !titled.has(c.canonicalSymbol.toUpperCase()),
          )
          .map((c) => ({
            ...at(cell),
            data: { kind: 'no-date', citation: c.text, symbol: c.canonicalSymbol },
          }));
        const anyComplete =
          citations.some((c) => !c.subordinate && isComplete(c)) || references.some((r) => r.named === true);
        // A named document beside a complete citation is often its subject; a bare number never identifies one.
        const unnumbered = references
          .filter((r) => r.named !== true && (r.number !== undefined || !anyComplete))
          .filter((r) => !nickname(cell.text, r, citations))
          .map((r) => ({
            ...at(cell),
            data: { kind: r.number === undefined ? 'no-number' : 'no-symbol', citation: r.text },
          }));
        return [...undated, ...unnumbered];
      }),
      ...undatedUnlikeOthers(input),
    ];
  },
};

const datedCache = new WeakMap<RuleInput, ReadonlySet<string>>();

/**
 * Symbols the appendix's title lines cite with their date ("Kế hoạch thực hiện Nghị quyết số 48/NQ-CP ngày
 * 03/4/2023 …", 556/KH-UBND Đồng Tháp 2025): the document the whole plan carries out, identified for every
 * cell that cites it short. Another cell's full citation does not excuse a short one: each Căn cứ stands on
 * its own (the sample's E20 "Kế hoạch 217/KH-UBND" among dozens of dated ones is a slip, as keyed).
 */
function datedInTitle(input: RuleInput): ReadonlySet<string> {
  let symbols = datedCache.get(input);
  if (!symbols) {
    const { plan, heading } = input.appendix;
    const cited = [plan.title, plan.appendixName, plan.reference, heading?.text]
      .filter((text): text is string => typeof text === 'string' && MAY_CITE.test(text))
      .flatMap((text) => parseCitations(text).citations);
    // A title in capitals writes "27/CT-TTG" for "27/CT-TTg": compared in capitals.
    symbols = new Set(cited.filter((c) => c.date !== null).map((c) => c.canonicalSymbol.toUpperCase()));
    datedCache.set(input, symbols);
  }
  return symbols;
}

/**
 * A short name in brackets right after the citation it names: "Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ
 * tướng Chính phủ (Đề án 06)", "Nghị quyết số 57-NQ/TW (Nghị quyết 57)" — the document is the citation's.
 */
function nickname(text: string, reference: DocumentReference, citations: readonly Citation[]): boolean {
  return citations.some((c) => {
    const between = text.slice(c.end, reference.start);
    return c.end <= reference.start && /^[^()]{0,60}\(\s*$/u.test(between);
  });
}

// A number and symbol that may be a document's ("60/2021/NĐ-CP", "217/KH-UBND"): the task cells worth parsing.
const MAY_CITE = /\d+\s?[/-]\s?(?:\d{4}\/)?[A-ZĐ]/u;

/**
 * The document's own convention: where it dates (nearly) every document it cites — at least four, and
 * four times as many as it leaves undated — a document cited without its date, in the Căn cứ or in the task
 * text, is a slip, even when its year identifies it ("khoản 4 Điều 35 Nghị định số 60/2021/NĐ-CP" beside
 * dated citations, Lâm Đồng 2025–2026 drafts). Documents of the Party's central bodies are cited undated
 * by custom and do not count; those undated without any year are already reported above.
 */
// In a task's text, a document counts as cited for a rule it lays down ("theo lộ trình quy định tại khoản 4
// Điều 35 Nghị định số 60/2021/NĐ-CP"); one the task is about ("ban hành Nghị định sửa đổi Nghị định số
// 120/2020/NĐ-CP") or named in brackets ("(được sửa đổi, bổ sung tại Nghị định số 283/2025/NĐ-CP)") does not.
const CITED_AS_RULE = /(?:quy định tại|theo quy định của|căn cứ|theo)\s+(?:[^,;.()]{0,40}\s)?$/iu;

function citedAsRule(text: string, citation: Citation): boolean {
  const before = text.slice(Math.max(0, citation.start - 80), citation.start);
  const open = before.lastIndexOf('(');
  if (open > before.lastIndexOf(')')) return false;
  return CITED_AS_RULE.test(before);
}

function undatedUnlikeOthers(input: RuleInput): RuleFinding[] {
  const cells = [
    ...basisCells(input).map((cell) => ({ cell, citations: cell.citations.citations, inText: false })),
    // Where the appendix has a Căn cứ column, that is where it cites; its task texts name documents as
    // their subject (624/TB-VPCP 2025). Without one, the task text is where citations are (Lâm Đồng drafts).
    ...(input.appendix.columns.basis !== undefined ? [] : fieldCells(input, 'task'))
      .filter((cell) => MAY_CITE.test(cell.text))
      .map((cell) => ({ cell, citations: parseCitations(cell.text).citations, inText: true })),
  ];
  let dated = 0;
  const undated: RuleFinding[] = [];
  for (const { cell, citations, inText } of cells) {
    const datedHere = new Set(citations.filter((c) => c.date !== null).map((c) => c.canonicalSymbol));
    for (const c of citations) {
      if (c.subordinate || isCentralParty(c)) continue;
      if (c.date !== null) dated++;
      else if (
        isComplete(c) &&
        c.system !== 'free-form' &&
        !datedHere.has(c.canonicalSymbol) &&
        (!inText || citedAsRule(cell.text, c))
      )
        undated.push({
          ...at(cell),
          data: { kind: 'unlike-others', citation: c.text, symbol: c.canonicalSymbol },
        });
    }
  }
  return dated >= 4 && undated.length * 4 <= dated ? undated : [];
}

/** A symbol not in the standard form: stray spaces, a type word that contradicts its code, an unknown code. */
export const malformedCitation: Rule = {
  meta: {
    code: 'malformed-citation',
    severity: 'warning',
    title: { vi: 'Số, ký hiệu văn bản sai thể thức', en: 'Malformed citation' },
    columns: ['basis'],
  },
  check: (input) =>
    basisCells(input).flatMap((cell) =>
      cell.citations.citations
        .filter((c) => c.problems.length > 0)
        .map((c) => ({
          ...at(cell),
          data: { citation: c.text, problems: c.problems, suggestion: c.suggestion },
        })),
    ),
};

/**
 * A citation date that cannot exist (31/02), a date whose year contradicts the year in the number
 * ("Nghị định số 58/2022/NĐ-CP ngày 31/8/2002", 100/NQ-CP 2026: a normative document is numbered in the
 * year it is signed), or a document dated after the plan that cites it. In a task's text, where documents
 * are often the task's subject and may postdate the plan, only the first two.
 */
export const invalidCitationDate: Rule = {
  meta: {
    code: 'invalid-citation-date',
    severity: 'error',
    title: { vi: 'Ngày văn bản không hợp lệ', en: 'Invalid citation date' },
    columns: ['basis', 'task'],
  },
  check: (input) => {
    // A slip the row's Căn cứ repeats from its task text (as a matrix made from a plan's text does) is one
    // slip: reported on the Căn cứ only.
    const inBasis = new Set<string>();
    const faultKey = (taskIndex: number, c: Citation) =>
      `${taskIndex}|${c.canonicalSymbol}|${c.date?.text ?? ''}`;
    return [
      ...basisCells(input).flatMap((cell) =>
        cell.citations.citations.flatMap((c) => {
          const fault = dateFault(c);
          if (fault) {
            inBasis.add(faultKey(cell.taskIndex, c));
            return [{ ...at(cell), data: fault }];
          }
          if (c.date?.iso && input.planDate && c.date.iso > input.planDate) {
            const data = {
              reason: 'after-plan',
              citation: c.text,
              date: c.date.text,
              planDate: input.planDate,
            };
            return [{ ...at(cell), data }];
          }
          return [];
        }),
      ),
      ...fieldCells(input, 'task')
        .filter((cell) => MAY_CITE.test(cell.text))
        .flatMap((cell) =>
          parseCitations(cell.text).citations.flatMap((c) => {
            const fault = dateFault(c);
            return fault && !inBasis.has(faultKey(cell.taskIndex, c)) ? [{ ...at(cell), data: fault }] : [];
          }),
        ),
    ];
  },
};

/** What is wrong with a citation's date whatever the plan: a day that does not exist, a year the number denies. */
function dateFault(c: Citation): RuleFinding['data'] | undefined {
  if (!c.date) return undefined;
  if (c.date.iso === null) return { reason: 'impossible', citation: c.text, date: c.date.text };
  const dateYear = Number(c.date.iso.slice(0, 4));
  if (c.year !== null && dateYear !== c.year)
    return { reason: 'year-mismatch', citation: c.text, date: c.date.text, year: c.year };
  return undefined;
}
