import type { Paragraph } from './planParagraphs';
import type { Marker } from './paragraphRole';
import { romanValue } from '../text';
import { letterValue, paragraphRole } from './paragraphRole';
import { appendAll, maxOf } from '../arrays';
import type { PartLabel } from './partLabels';
import { partLabel } from './partLabels';

/** A labelled part of a task: its value on the label's line and the lines under it (bullets, text). */
export interface LabelledPart {
  label: PartLabel;
  value: string;
  lines: string[];
  line: number;
  /** The last source line the part reaches, its lines included. */
  endLine: number;
}

/** A numbered heading of the plan and what stands under it. */
export interface OutlineNode {
  marker: Marker;
  title: string;
  line: number;
  /** The last source line the node's own paragraphs reach (its children excluded). */
  endLine: number;
  /** Text and bullets under the heading, before or between its labelled parts ("- " or "+ " kept on bullets). */
  body: Array<{ text: string; line: number }>;
  parts: LabelledPart[];
  children: OutlineNode[];
}

export interface PlanOutline {
  /** Paragraphs before the first heading: the header, the grounds ("Căn cứ …"). */
  preamble: Paragraph[];
  /** The top-level headings of the body, up to the closing ("Nơi nhận", the signature, an appendix). */
  roots: OutlineNode[];
  /** Paragraphs after the body: the closing, the signature and anything attached. */
  after: Paragraph[];
}

// Where the body ends: the closing sentence, "Nơi nhận", a signature, the title of an appendix.
// A Thông báo closes with "Văn phòng Chính phủ (xin) thông báo để … biết, thực hiện./.".
// "Văn phòng Chính phủ xin trân trọng thông báo./." closes a Thông báo (641/TB-VPCP 2025).
const END =
  /^(?:Nơi nhận\b|PHỤ LỤC\b|Trên đây là\b|(?:KT|TM|Q)\.\s*\p{Lu}{2,}|CHỦ TỊCH$|[^.]{0,80}\sthông báo để\s|[^.]{0,80}\sxin trân trọng thông báo[./\s]*$)/u;

/** Where a letter says whom it is sent to, before its body ("Kính gửi: …"). */
export const ADDRESSED = /^Kính gửi\b/u;

/**
 * The plan's outline: headings nested by their numbering (A. › I. › 1. › 1.1. › a)), each with the text,
 * bullets and labelled parts under it. A heading numbered like an open one is its sibling, any other its
 * child, as a reader of the plan takes it.
 * @example planOutline(planParagraphs('II. NHIỆM VỤ\n1. Công tác X\n- Đơn vị chủ trì: Sở Y')).roots[0].children[0].parts[0]
 *   → { label: 'lead', value: 'Sở Y', lines: [], line: 3 }
 */
export function planOutline(paragraphs: readonly Paragraph[]): PlanOutline {
  const preamble: Paragraph[] = [];
  const roots: OutlineNode[] = [];
  const stack: OutlineNode[] = [];
  let open: LabelledPart | undefined;
  // A letter with no headings ends where its closing does too, once it has said whom it is sent to.
  let addressed = false;
  for (let i = 0; i < paragraphs.length; i++) {
    const paragraph = paragraphs[i] as Paragraph;
    addressed ||= ADDRESSED.test(paragraph.text);
    if ((roots.length > 0 || addressed) && END.test(paragraph.text))
      return { preamble, roots: foldPartHeadings(roots), after: paragraphs.slice(i) };
    const role = paragraphRole(paragraph);
    const node = stack[stack.length - 1];
    if (role.kind === 'heading') {
      const marker = resolveMarker(role.marker, stack);
      const child: OutlineNode = {
        marker,
        title: role.title,
        line: paragraph.line,
        endLine: paragraph.endLine,
        body: [],
        parts: [],
        children: [],
      };
      placeNode(child, stack, roots);
      open = undefined;
    } else if (!node) {
      preamble.push(paragraph);
    } else {
      node.endLine = paragraph.endLine;
      if (role.kind === 'label') {
        open = {
          label: role.label,
          value: role.value,
          lines: [],
          line: paragraph.line,
          endLine: paragraph.endLine,
        };
        node.parts.push(open);
      } else {
        const text = role.kind === 'bullet' ? `${role.sub ? '+' : '-'} ${role.text}` : role.text;
        if (open && continuesLabel(open, role.kind, role.text)) {
          open.lines.push(text);
          open.endLine = paragraph.endLine;
        } else {
          open = undefined;
          node.body.push({ text, line: paragraph.line });
        }
      }
    }
  }
  return { preamble, roots: foldPartHeadings(roots), after: [] };
}

/**
 * A numbered heading that names a part of the task above it ("1. Nội dung, biện pháp", "2. Cơ quan chủ
 * trì, phối hợp" over "a) Cơ quan chủ trì" …, 252/KH-BCĐQG1237 2013) is that part, not a heading: its
 * items become the part's lines and its own parts the parent's. A heading with content of its own under
 * it ("4.1. Kinh phí thực hiện" over "a) Nhiệm vụ: …", Hà Nội 308/KH-UBND 2025) stays a task.
 */
function foldPartHeadings(nodes: OutlineNode[]): OutlineNode[] {
  for (const node of nodes) {
    foldPartHeadings(node.children);
    const kept: OutlineNode[] = [];
    // "1. Nội dung" beside "2. Hình thức" (159/KH-UBND Cần Thơ 2025) is a topic among topics, not a part:
    // a task's parts are its headings' all but none.
    const labels = node.children.filter((child) => headingLabel(child) !== undefined).length;
    const parts = labels * 2 > node.children.length;
    for (const child of node.children) {
      const label = parts ? headingLabel(child) : undefined;
      const hasContent = child.parts.some((part) => part.label === 'content' || part.label === 'contentTime');
      if (!label || hasContent) {
        kept.push(child);
        continue;
      }
      const lines = [...child.body.map((item) => item.text), ...child.children.flatMap(itemLines)];
      node.parts.push({ label, value: '', lines, line: child.line, endLine: lastLine(child) });
      appendAll(node.parts, child.parts);
      node.endLine = Math.max(node.endLine, lastLine(child));
    }
    node.children = kept;
  }
  return nodes;
}

function headingLabel(node: OutlineNode): PartLabel | undefined {
  return partLabel(node.title.replace(/[.:]\s*$/u, ''));
}

/** A heading and what stands under it, as lines of a part: "a) Tổ chức Hội nghị …", then its text. */
function itemLines(node: OutlineNode): string[] {
  return [
    `${node.marker.text}) ${node.title}`,
    ...node.body.map((item) => item.text),
    ...node.children.flatMap(itemLines),
  ];
}

function lastLine(node: OutlineNode): number {
  return maxOf([node.endLine, ...node.parts.map((part) => part.endLine), ...node.children.map(lastLine)]);
}

// "- Thành phần đoàn: …" is a part of its own that we do not read, not an item of the label above it.
const OWN_LABEL = /^\p{Lu}[^:]{0,40}:\s/u;

/**
 * A label with no value of its own ("a) Nội dung thực hiện") takes what follows, text and bullets; one
 * whose value announces a list ("Nội dung: gồm các việc sau:") the bullets that continue it. A bullet after
 * a complete value ("Thời gian thực hiện: Thường xuyên." then "- Tổ chức tập huấn …", Bắc Ninh 141/KH-UBND
 * 2025) is the next task's text.
 */
function continuesLabel(label: LabelledPart, kind: 'bullet' | 'text', text: string): boolean {
  if (label.value === '') return true;
  return label.value.endsWith(':') && kind === 'bullet' && !OWN_LABEL.test(text);
}

function styleKey(marker: Marker): string {
  return marker.style === 'arabic' ? `arabic${marker.parts.length}` : marker.style;
}

function placeNode(node: OutlineNode, stack: OutlineNode[], roots: OutlineNode[]): void {
  const key = styleKey(node.marker);
  const sibling = lastIndex(stack, (n) => styleKey(n.marker) === key);
  if (sibling >= 0) stack.length = sibling;
  const parent = stack[stack.length - 1];
  if (parent) parent.children.push(node);
  else roots.push(node);
  stack.push(node);
}

// "I." and "C." read as a letter when they follow the letter before them (H. → I.), else "I", "V", "X" as
// Roman numerals (B. NỘI DUNG › I. CÔNG TÁC …) — the next one, or one written twice ("V. TỔ CHỨC THỰC HIỆN"
// then "V. CHẾ ĐỘ BÁO CÁO", 2954/QĐ-UBND Sơn La 2025: a slip of the plan, still its next chapter).
function resolveMarker(marker: Marker, stack: readonly OutlineNode[]): Marker {
  if (marker.style !== 'upper') return marker;
  const letter = stack[lastIndex(stack, (n) => n.marker.style === 'upper')];
  if (letter && letterValue(letter.marker.text) + 1 === letterValue(marker.text)) return marker;
  const roman = stack[lastIndex(stack, (n) => n.marker.style === 'roman')];
  const value = romanValue(marker.text);
  const step = roman ? value - romanValue(roman.marker.text) : 1;
  if (/^[IVX]$/u.test(marker.text) && (step === 0 || step === 1))
    return { style: 'roman', text: marker.text, parts: [value] };
  return marker;
}

function lastIndex<T>(items: readonly T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i] as T)) return i;
  return -1;
}
