import { maxOf, minOf } from '../arrays';
import { parseCitations } from '../legal';
import type { LabelledPart, OutlineNode } from './planOutline';
import type { MarkerStyle } from './paragraphRole';
import type { PartLabel } from './partLabels';
import { dutyPartners, sentencePerformers } from './sentenceParts';
import { deadlinesIn, timeInWords } from './taskTimes';
import type { Performers } from './splitPerformers';
import { splitPerformers } from './splitPerformers';

/*
 * One task of a plan's text as a row of the matrix: its text, who leads and supports it (labelled, said by its
 * sentence, or given by the headings above), its time, the documents it cites.
 */

/** A task of the plan, each column as the text gives it ('' where it gives nothing). */
export interface PlanTask {
  /** The task's number as written in the plan ("1.1.15", "a"). */
  tt: string;
  /** How the plan numbers it: "(1)" is `bracketed`; none for an unnumbered task. */
  numbering?: MarkerStyle;
  task: string;
  lead: string;
  partners: string;
  time: string;
  /** The documents the task's text cites, one per line: the Căn cứ candidates. */
  basis: string;
  funding: string;
  product: string;
  /** The source lines the task was read from (1-based, inclusive). */
  line: number;
  endLine: number;
  /** The parts an appendix needs that the text does not give. */
  missing: Array<'lead' | 'time'>;
}

export type PlanRow =
  | { kind: 'section'; tt: string; numbering?: MarkerStyle; title: string; line: number; endLine: number }
  | { kind: 'task'; task: PlanTask };

/** What a heading's tasks inherit: the plan's province, and the body the headings above assign them to. */
export interface Inherited {
  province: string | null;
  /**
   * The plan gives its tasks' parts by labels ("Cơ quan chủ trì: …"): a heading is a task, its bullets its
   * details (58/KH-UBND Bà Rịa - Vũng Tàu 2024 keeps "1.2" one row of its Phụ lục 1).
   */
  labelled: boolean;
  agency: string | undefined;
  /** Whom the heading above says the body works with: "a) Chủ trì, phối hợp với các sở, ban, ngành …". */
  partners?: string;
  parentTitle: string;
}

/** Text and labelled parts under one heading that make one task: the text, then the parts naming its lead, time … */
export interface TaskBlock {
  text: Array<{ text: string; line: number }>;
  parts: LabelledPart[];
}

export const BULLET = /^[-–—+•]\s*/u;

export function headingAsTask(node: OutlineNode, inherited: Inherited): PlanTask {
  return planTask(node, node.marker.text, { title: node.title, block: { text: [], parts: [] } }, inherited);
}

// A heading that names a matter, not a task: "1. Về kiến nghị …", "2. Đối với dự án …".
export const MATTER = /^(?:Về|Đối với)\s/u;

/**
 * Who the answer to a matter is given to, when the answer follows the matter after a colon: "2. Về đề nghị
 * Bộ Nội vụ tham mưu …: Bộ Nội vụ nghiên cứu đề xuất của Ủy ban nhân dân thành phố …" (641/TB-VPCP 2025).
 */

function answerPerformers(line: string, province: string | null): Performers | undefined {
  if (!MATTER.test(line)) return undefined;
  // "(2) Về triển khai Chương trình: Chính phủ sẽ phân công …. Bộ Dân tộc và Tôn giáo …" (631/TB-VPCP 2025):
  // the answer's sentences and clauses after the matter, the first that gives the work.
  const colon = line.indexOf(': ');
  if (colon < 0) return undefined;
  for (const clause of line.slice(colon + 2).matchAll(/(?:^|[:;.]\s+)(?=\S)/gu)) {
    const said = sentencePerformers(line.slice(colon + 2 + (clause.index ?? 0) + clause[0].length), province);
    if (said) return said;
  }
  return undefined;
}

export function planTask(
  node: OutlineNode,
  tt: string,
  { title, block }: { title: string; block: TaskBlock | undefined },
  inherited: Inherited,
): PlanTask {
  const own = block ?? { text: node.body, parts: node.parts };
  const parts = (label: PartLabel) => own.parts.filter((part) => part.label === label);
  const content = [...parts('content'), ...parts('contentTime')].flatMap(partText);
  const task = [title, ...own.text.map((item) => item.text), ...content]
    .filter((line) => line !== '')
    .join('\n');
  const labelled = labelledPerformers(parts('lead').flatMap(partText));
  // Without a lead label: the sentence that opens the task ("Giao Bộ Xây dựng chủ trì …"), else the body
  // the headings above name (a plan arranged by agency).
  // The task's opening sentence only: a later line ("+ Sở Xây dựng: hướng dẫn …") details the work.
  const written = [title, ...own.text.map((item) => item.text)].filter((line) => line !== '');
  const opening = written[0] ?? '';
  // Under a matter ("1. Về kiến nghị …"), or a topic no heading gives to anyone ("1. Công tác tham mưu, chỉ đạo
  // triển khai" over "Đề nghị Ủy ban Mặt trận Tổ quốc … tổ chức quán triệt …", 153/KH-UBND Cần Thơ 2025), the
  // text's first sentence names who does it.
  const answer =
    title !== '' && (MATTER.test(opening) || inherited.agency === undefined) ? (written[1] ?? '') : '';
  const said =
    labelled.length > 0
      ? undefined
      : (sentencePerformers(opening, inherited.province) ??
        answerPerformers(opening, inherited.province) ??
        (answer === '' ? undefined : sentencePerformers(answer, inherited.province)));
  const performers =
    labelled.length > 0
      ? labelled
      : said
        ? [said]
        : inherited.agency
          ? [
              {
                lead: inherited.agency,
                partners: dutyPartners(opening, inherited.province) || (inherited.partners ?? ''),
              },
            ]
          : [];
  const lead = joinDistinct(performers.map((p) => p.lead));
  const partners = joinDistinct([
    ...performers.map((p) => p.partners),
    ...parts('partners').flatMap(partText),
  ]);
  const timed = [
    ...parts('time').flatMap(partText).map(deadlineOfLine),
    ...parts('contentTime').flatMap((part) => part.lines.flatMap(datedItem)),
  ];
  // A sentence that gives the task gives its deadline too ("… trước ngày 15 tháng 11 năm 2025"), as does
  // a task in words only, whoever it falls to ("- Tiếp tục … hoàn thành trước ngày 31/12/2025" under "5. Sở
  // Xây dựng", Chỉ thị 09/CT-UBND Cần Thơ 2025); the dates of a labelled task's text are its context
  // ("Bản ghi nhớ … hết hạn vào năm 2023"), not its deadline.
  const inWords = said !== undefined || own.parts.length === 0;
  const dated = inWords ? deadlinesIn(task) : [];
  const time = joinDistinct(
    timed.length > 0 ? timed : dated.length > 0 ? dated : inWords ? [timeInWords(task)] : [],
  );
  const missing: PlanTask['missing'] = [];
  if (lead === '') missing.push('lead');
  if (time === '') missing.push('time');
  const lines = [...own.text.map((item) => item.line), ...own.parts.map((part) => part.line)];
  return {
    tt,
    ...(tt === '' ? {} : { numbering: node.marker.style }),
    task,
    lead,
    partners,
    time,
    basis: citedIn(task),
    funding: joinDistinct(parts('funding').flatMap(partText)),
    product: joinDistinct(parts('product').flatMap(partText)),
    line: block && title === '' ? minOf(lines, node.line) : node.line,
    endLine: block ? maxOf([...lines, ...own.parts.map((part) => part.endLine)], node.line) : node.endLine,
    missing,
  };
}

/** A part's value and the lines under it, bullets' dashes and closing stops dropped. */
function partText(part: LabelledPart): string[] {
  return [part.value, ...part.lines]
    .map((line) => line.replace(/^[-+]\s*/u, '').replace(/[\s.;,]+$/u, ''))
    .filter((line) => line !== '');
}

// "- Trong Quý I/2024: Giao lưu …" gives the time of its activity.
const DATED_ITEM = /^-?\s*(?:Trong\s+|Dự kiến\s+)?((?:Quý|Tháng|Năm|Quí)\s[^:]{1,30}):/iu;

function datedItem(line: string): string[] {
  const match = DATED_ITEM.exec(line);
  return match?.[1] ? [match[1]] : [];
}

/** A time line that is a sentence gives its deadline: "+ Bộ Công an tổng hợp … trước ngày 31 tháng 12 năm 2025." */
function deadlineOfLine(line: string): string {
  if (line.length <= 60) return line;
  const deadlines = deadlinesIn(line);
  return deadlines.length > 0 ? deadlines.join('; ') : line;
}

/**
 * The lead label's performers: "Sở Nội vụ chủ trì; Sở Tư pháp và các sở, ban, ngành …" (TP HCM 172/KH-UBND
 * 2025) names the lead in the clause that says "chủ trì", the partners in the others.
 */
function labelledPerformers(values: readonly string[]): Performers[] {
  const all = values.flatMap(clauses).map((clause) => ({ clause, ...splitPerformers(clause) }));
  const leading = all.filter(({ clause }) => /\schủ trì(?=[\s,.;]|$)/u.test(clause));
  if (leading.length === 0 || leading.length === all.length) return all;
  const others = all.filter((performer) => !leading.includes(performer)).map((p) => p.lead);
  return [...leading, { lead: '', partners: others.join('; ') }];
}

/**
 * The clauses of a lead that names several performers each with its action: "Sở Khoa học và Công nghệ
 * tiến hành rà soát …; các sở, ngành liên quan … rà soát …" (Lai Châu 7360/KH-UBND 2025).
 */
function clauses(value: string): string[] {
  return value.split(/;\s*/u).filter((clause) => clause.trim() !== '');
}

function joinDistinct(values: readonly string[]): string {
  return [...new Set(values.filter((value) => value !== ''))].join('; ');
}

/** The documents a task's text cites as its grounds (not the ones it names as its subject's parent). */
function citedIn(text: string): string {
  const seen = new Set<string>();
  const cited: string[] = [];
  // Line by line: an issuer's name never runs on into the next paragraph.
  for (const citation of text.split('\n').flatMap((line) => parseCitations(line).citations)) {
    // "Sư đoàn số 3/ Bộ Tư lệnh …" has a slash, not a citation: a document is named by its type or dated.
    const named = citation.typeName !== null || citation.date !== null;
    if (!named || citation.subordinate || seen.has(citation.canonicalSymbol)) continue;
    seen.add(citation.canonicalSymbol);
    cited.push(citation.text.replace(/[\s,;.]+$/u, ''));
  }
  return cited.join(';\n');
}
