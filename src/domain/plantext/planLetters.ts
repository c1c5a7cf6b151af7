import { DEFAULT_REGISTRY, splitAgencies } from '../agencies';
import { foldKey } from '../text';
import type { OutlineNode } from './planOutline';
import { ADDRESSED } from './planOutline';
import type { Paragraph } from './planParagraphs';
import type { Inherited, PlanRow, PlanTask } from './planTask';
import { BULLET, planTask } from './planTask';
import { introPerformers, sentencePerformers } from './sentenceParts';

/*
 * What letters, decisions and Công điện ask of whom: the bodies an introduction asks, a letter's or a
 * decision's paragraphs and articles that give work, a Công điện's closing follow-up.
 */

// "…, Thủ tướng Chính phủ yêu cầu Bộ trưởng, Thủ trưởng Cơ quan ngang Bộ, … thực hiện một số nhiệm vụ trọng
// tâm cấp bách sau:" (229/CĐ-TTg 2025).
const ASKED =
  /(?:^|\s)(?:yêu cầu|đề nghị|giao)\s+(?:các đồng chí\s+)?(?=\p{Lu}|các\s|người đứng đầu\s|(?:bộ|sở|ngành|địa phương|cơ quan|đơn vị)[\s,])/u;

/**
 * The bodies the text before a plan's first item asks to carry its items out. Only an asking introduction:
 * "Ủy ban nhân dân tỉnh ban hành Kế hoạch … như sau:" gives the items to no one.
 */
export function askedAgency(preamble: readonly Paragraph[], province: string | null): string | undefined {
  const intro = preamble[preamble.length - 1]?.text ?? '';
  const asking = ASKED.exec(intro);
  return asking ? introPerformers(intro.slice(asking.index + asking[0].length), province)?.lead : undefined;
}

/**
 * The points of a Công điện, its closing paragraph a task of its own: "Văn phòng Chính phủ theo dõi, đôn đốc
 * các Bộ, địa phương thực hiện nghiêm túc Công điện này …" after "3. Bộ trưởng các Bộ: Quốc phòng, Công an …"
 * (232/CĐ-TTg 2025) is the Office's follow-up, not the last point's.
 */
export function withClosingTask(top: readonly OutlineNode[], province: string | null): OutlineNode[] {
  const last = top[top.length - 1];
  const closing = last?.body[last.body.length - 1];
  if (!last || !closing || last.children.length > 0 || last.parts.length > 0 || BULLET.test(closing.text))
    return [...top];
  const own = sentencePerformers(last.title, province)?.lead;
  const said = sentencePerformers(closing.text, province)?.lead;
  // "Đề nghị các cơ quan, đơn vị khẩn trương triển khai, thực hiện./." (4240/UBND-VX TP HCM 2025) asks everyone
  // to carry the text out: a closing formula, no task.
  if (!own || !said || foldKey(own) === foldKey(said) || !namesOneBody(said, province)) return [...top];
  const point: OutlineNode = { ...last, body: last.body.slice(0, -1), endLine: closing.line - 1 };
  const task: OutlineNode = {
    marker: { style: 'arabic', text: '', parts: [] },
    title: closing.text,
    line: closing.line,
    endLine: last.endLine,
    body: [],
    parts: [],
    children: [],
  };
  return [...top.slice(0, -1), point, task];
}

function namesOneBody(text: string, province: string | null): boolean {
  return splitAgencies(text, DEFAULT_REGISTRY, { province }).some((m) => m.entry && !m.collective);
}

/**
 * A letter with no numbered items (a Công văn): after "Kính gửi", each bullet after an introduction that names
 * who carries them out is a task of theirs ("… đề nghị UBND các xã, phường; các đơn vị … thực hiện …. Cụ thể:",
 * 5095/SGDĐT Hà Nội 2025), and each paragraph that gives work to a body is a task ("Bộ Khoa học và Công nghệ chủ
 * trì, phối hợp với Bộ Quốc phòng … rà soát …", 11299/VPCP-KGVX 2025).
 */
export function letterRows(paragraphs: readonly Paragraph[], province: string | null): PlanRow[] {
  const rows: PlanRow[] = [];
  const addressed = paragraphs.findIndex(
    (paragraph) => ADDRESSED.test(paragraph.text) || DECIDES.test(paragraph.text),
  );
  for (let i = addressed + 1; i < paragraphs.length; i++) {
    const paragraph = paragraphs[i] as Paragraph;
    const said = introPerformers(paragraph.text, province);
    const bullets: Paragraph[] = [];
    for (let j = i + 1; said && j < paragraphs.length && BULLET.test((paragraphs[j] as Paragraph).text); j++)
      bullets.push(paragraphs[j] as Paragraph);
    if (said && bullets.length > 0) {
      const above: Inherited = { province, labelled: false, agency: said.lead, parentTitle: '' };
      for (const bullet of bullets) rows.push({ kind: 'task', task: letterTask(bullet, above) });
      i += bullets.length;
    } else if (
      addressed >= 0 &&
      !BULLET.test(paragraph.text) &&
      !/:\s*$/u.test(paragraph.text) &&
      !closingFormula(paragraph.text) &&
      !EXECUTION.test(paragraph.text)
    ) {
      // "…, Bộ Nội vụ đã xây dựng nguyên tắc …. Để …, đề nghị bộ, ngành, địa phương khẩn trương tổng hợp …"
      // (10989/BNV-TCBC 2025): the grounds first, then whom the letter asks.
      const direct = sentencePerformers(paragraph.text.replace(ARTICLE, ''), province);
      const asked = direct ? undefined : laterAsk(paragraph.text, province);
      if (!direct && asked === undefined) continue;
      rows.push({
        kind: 'task',
        task: letterTask(paragraph, { province, labelled: false, agency: asked, parentTitle: '' }),
      });
    }
  }
  return rows;
}

/** Whom a paragraph asks after its grounds: the performers after its last "đề nghị / yêu cầu / giao". */
function laterAsk(text: string, province: string | null): string | undefined {
  let said: string | undefined;
  for (const asking of text.matchAll(new RegExp(ASKED.source, 'gu'))) {
    // "Bộ Nội vụ đã có Văn bản số 8091/BNV-TCBC … đề nghị các Bộ …": an earlier request, background.
    const clause =
      text
        .slice(0, asking.index ?? 0)
        .split(/[,.;]\s/u)
        .pop() ?? '';
    if (/\sđã\s/u.test(` ${clause} `)) continue;
    const rest = text.slice((asking.index ?? 0) + asking[0].length);
    said = sentencePerformers(rest, province)?.lead ?? said;
  }
  return said;
}

// Where a decision's body starts, as "Kính gửi" starts a letter's ("QUYẾT NGHỊ:", 393/NQ-CP 2025).
const DECIDES = /^(?:QUYẾT NGHỊ|QUYẾT ĐỊNH|NGHỊ QUYẾT)\s*:\s*$/u;
// "Điều 2. Giao Bộ trưởng Bộ Nội vụ …": an article that gives the work is numbered as the article.
const ARTICLE = /^Điều\s+(\d+)\.\s*/u;

// "Bộ trưởng Bộ Nội vụ, các Bộ trưởng … chịu trách nhiệm thi hành Nghị quyết này./.": a decision's last article.
export const EXECUTION =
  /chịu trách nhiệm (?:thi hành|thực hiện) (?:[Nn]ghị quyết|[Qq]uyết định|[Cc]hỉ thị) này/u;

/** "Sở Giáo dục và Đào tạo đề nghị Thủ trưởng các đơn vị nghiêm túc thực hiện./." (5095/SGDĐT 2025): the end. */
function closingFormula(text: string): boolean {
  return /\.\/\.\s*$/u.test(text) && text.split(/\s+/u).length <= 20;
}

function letterTask({ text, line, endLine }: Paragraph, above: Inherited): PlanTask {
  const article = ARTICLE.exec(text);
  const node: OutlineNode = {
    marker: { style: 'arabic', text: article ? `Điều ${article[1]}` : '', parts: [] },
    title: text.replace(BULLET, '').replace(ARTICLE, ''),
    line,
    endLine,
    body: [],
    parts: [],
    children: [],
  };
  return planTask(node, node.marker.text, { title: node.title, block: undefined }, above);
}
