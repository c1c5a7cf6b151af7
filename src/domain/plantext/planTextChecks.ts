import { parseCitations } from '../legal';
import { foldKey } from '../text';
import type { PlanHeader } from './planHeader';
import type { OutlineNode, PlanOutline } from './planOutline';
import type { Paragraph } from './planParagraphs';

/** What reading a plan's text found: about the text itself, tied to its source line. */
export interface PlanTextFinding {
  code: PlanTextCode;
  severity: 'error' | 'warning' | 'info';
  /** The source line (1-based). */
  line: number;
  data: Record<string, string | number>;
}

export type PlanTextCode =
  | 'heading-repeated'
  | 'heading-skipped'
  | 'attachment-absent'
  | 'citation-after-plan'
  | 'part-not-in-text'
  | 'no-tasks';

/**
 * Headings numbered twice ("1.1.15" after "1.1.16") or with a number skipped ("3.5" after "3.3"), each
 * among its siblings of the same style.
 */
export function numberingFindings(outline: PlanOutline): PlanTextFinding[] {
  const out: PlanTextFinding[] = [];
  const visit = (siblings: readonly OutlineNode[]) => {
    const seen = new Map<string, OutlineNode>();
    const last = new Map<string, OutlineNode>();
    for (const node of siblings) {
      const key = `${node.marker.style}${node.marker.parts.length}`;
      const before = last.get(key);
      const twin = seen.get(`${key}|${node.marker.text}`);
      if (twin) {
        out.push(
          finding('heading-repeated', 'warning', node, { number: node.marker.text, firstLine: twin.line }),
        );
      } else if (before && ordinal(node) > ordinal(before) + 1) {
        out.push(
          finding('heading-skipped', 'warning', node, {
            number: node.marker.text,
            previous: before.marker.text,
          }),
        );
      }
      seen.set(`${key}|${node.marker.text}`, node);
      last.set(key, node);
      visit(node.children);
    }
  };
  visit(outline.roots);
  return out;
}

function ordinal(node: OutlineNode): number {
  return node.marker.parts[node.marker.parts.length - 1] ?? 0;
}

function finding(
  code: PlanTextCode,
  severity: PlanTextFinding['severity'],
  node: { line: number },
  data: PlanTextFinding['data'],
): PlanTextFinding {
  return { code, severity, line: node.line, data };
}

// "(*đính kèm Danh sách đoàn ra, đoàn vào …*)", "theo bảng tổng hợp đính kèm", "tại Phụ lục 1 kèm theo".
const ATTACHED_AFTER = /(?:đính kèm|kèm theo)\s+((?:Danh sách|Phụ lục|Bảng tổng hợp|Biểu)[^)*;.]*)/giu;
const ATTACHED_BEFORE =
  /((?:Phụ lục\s*(?:số\s*)?[0-9IVX]+|bảng tổng hợp|danh sách)(?:\s+[^\s,;.()]+){0,3}?)\s+(?:đính kèm|kèm theo)/giu;
const ATTACHMENT_TITLE = /^(PHỤ LỤC|DANH SÁCH|BẢNG|BIỂU)\b\s*(?:SỐ\s*)?([0-9IVX]+)?/u;

/**
 * Attachments the text refers to ("đính kèm Danh sách đoàn ra, đoàn vào …", "Phụ lục 1 kèm theo") that
 * the document does not hold: no title of that kind (and number) after the body.
 */
export function attachmentFindings(
  body: readonly Paragraph[],
  after: readonly Paragraph[],
): PlanTextFinding[] {
  const titles = after.flatMap((p) => {
    const match = ATTACHMENT_TITLE.exec(p.text);
    return match ? [{ kind: foldKey(match[1] ?? ''), number: match[2] ?? '' }] : [];
  });
  const out: PlanTextFinding[] = [];
  const reported = new Set<string>();
  for (const paragraph of body) {
    for (const reference of references(paragraph.text)) {
      const key = foldKey(reference);
      if (reported.has(key) || holds(titles, key)) continue;
      reported.add(key);
      out.push({ code: 'attachment-absent', severity: 'warning', line: paragraph.line, data: { reference } });
    }
  }
  return out;
}

function references(text: string): string[] {
  const found = [...text.matchAll(ATTACHED_AFTER), ...text.matchAll(ATTACHED_BEFORE)];
  return found.map((m) => (m[1] ?? '').trim()).filter((r) => r !== '');
}

function holds(titles: ReadonlyArray<{ kind: string; number: string }>, reference: string): boolean {
  const numbered = /^phu luc (?:so )?([0-9ivx]+)/u.exec(reference);
  if (numbered) return titles.some((t) => t.kind === 'phu luc' && foldKey(t.number) === numbered[1]);
  const kind = ['phu luc', 'danh sach', 'bang', 'bieu'].find((k) => reference.startsWith(k));
  return titles.some((t) => t.kind === kind);
}

/**
 * Documents cited with a date after the plan's own ("Thông báo số 1899-TB/TU ngày 06 tháng 12 năm 2024"
 * in a plan of 11/03/2024): a typo in the date, or a citation the plan cannot have. A plan dated only by
 * month or year is compared with the last day it can bear.
 */
export function lateCitationFindings(body: readonly Paragraph[], header: PlanHeader): PlanTextFinding[] {
  const latest = header.latest;
  if (!latest) return [];
  return body.flatMap((paragraph) =>
    parseCitations(paragraph.text).citations.flatMap((citation) =>
      citation.date?.iso && citation.date.iso > latest
        ? [
            {
              code: 'citation-after-plan' as const,
              severity: 'error' as const,
              line: paragraph.line,
              data: { citation: citation.text, date: citation.date.text, plan: header.dateText ?? '' },
            },
          ]
        : [],
    ),
  );
}
