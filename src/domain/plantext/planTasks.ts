import { appendAll, maxOf, minOf } from '../arrays';
import { DEFAULT_REGISTRY, splitAgencies } from '../agencies';
import { parseCitations } from '../legal';
import { foldKey } from '../text';
import type { LabelledPart, OutlineNode, PlanOutline } from './planOutline';
import type { Paragraph } from './planParagraphs';
import type { PartLabel } from './partLabels';
import { OPENS_WITH_ACTION } from './actionWords';
import { holdsTasks, implementationChapters, ownsTask, TASK_PARTS, taskChapters } from './planChapters';
import {
  classHeading,
  deadlinesIn,
  timeInWords,
  dutyPartners,
  headingAgency,
  headingRoles,
  introPerformers,
  sentencePerformers,
} from './sentenceParts';
import type { Performers } from './splitPerformers';
import { splitPerformers } from './splitPerformers';

/** A task of the plan, each column as the text gives it ('' where it gives nothing). */
export interface PlanTask {
  /** The task's number as written in the plan ("1.1.15", "a"). */
  tt: string;
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
  | { kind: 'section'; tt: string; title: string; line: number; endLine: number }
  | { kind: 'task'; task: PlanTask };

/** What a heading's tasks inherit: the plan's province, and the body the headings above assign them to. */
interface Inherited {
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

/**
 * The rows of an appendix, read from the plan's outline. The chapters that hold labelled tasks ("II. NỘI
 * DUNG NHIỆM VỤ"), or whose title announces tasks ("III. NHIỆM VỤ TRỌNG TÂM" of a Thông báo kết luận),
 * are the matrix: a heading with labelled parts is a task, a heading over others a section, a heading
 * with neither a task whose parts the text does not give. A lone such chapter is the table itself.
 * @example planRows(planOutline(planParagraphs(text)), 'dong-nai') // [{ kind: 'task', task: { tt: '1', lead: 'Sở Văn hóa, Thể thao và Du lịch', … } }, …]
 */
export function planRows(outline: PlanOutline, province: string | null = null): PlanRow[] {
  if (outline.roots.length === 0) return letterRows(outline.preamble, province);
  const chapters = taskChapters(outline);
  const only = chapters.length === 1 ? chapters[0] : undefined;
  const top = only && !ownsTask(only) && only.children.length > 0 ? only.children : chapters;
  const rows: PlanRow[] = [];
  const labelled = chapters.some(holdsTasks);
  const asked = top[0] === outline.roots[0] ? askedAgency(outline.preamble, province) : undefined;
  const inherited: Inherited = { province, labelled, agency: asked, parentTitle: only?.title ?? '' };
  for (const node of withClosingTask(top, province)) visit(node, rows, inherited);
  // Tasks that their chapter mostly gives to no one: the duties a "TỔ CHỨC THỰC HIỆN" chapter gives each body
  // are the tasks that say who does what (597/KH-UBND Đồng Tháp 2025).
  const tasks = rows.flatMap((row) => (row.kind === 'task' ? [row.task] : []));
  if (tasks.filter((task) => task.lead !== '').length * 2 < tasks.length || tasks.length === 0)
    for (const root of implementationChapters(outline, chapters, province))
      visit(root, rows, { province, labelled, agency: undefined, parentTitle: '' });
  return rows;
}

function visit(node: OutlineNode, rows: PlanRow[], above: Inherited): void {
  // "1. Chủ tịch Ủy ban nhân dân các tỉnh … tổng hợp báo cáo cụ thể về một số nội dung sau:" over "(1) Số hộ dân
  // có nhà bị sập …" (232/CĐ-TTg 2025): what the report holds, one task with its heading.
  if (listsContents(node, above.province)) {
    const contents = node.children.flatMap((child) => [
      { text: `${child.marker.text} ${child.title}`, line: child.line },
      ...child.body,
    ]);
    const block = { text: [...node.body, ...contents], parts: [] };
    rows.push({ kind: 'task', task: planTask(node, node.marker.text, { title: node.title, block }, above) });
    return;
  }
  const blocks = taskBlocks(node);
  const overBullets = node.children.length === 0 && BULLET.test(node.body[0]?.text ?? '');
  const named =
    headingAgency(node.title, above.parentTitle, above.province) ??
    // "1. Các cơ quan đăng ký đầu tư (Sở Tài chính, …):" over lettered duties (010/CT-UBND Đắk Lắk 2025) too.
    (overBullets || node.children.length > 0 ? classHeading(node.title) : undefined);
  const announced = announcedPerformers(node, above.province);
  // "1. Bí thư tỉnh ủy và Chủ tịch Ủy ban nhân dân các tỉnh: Đắk Lắk, Khánh Hòa, … tiếp tục …:" (227/CĐ-TTg 2025):
  // the sentence reads the list after the colon that the heading's name stops at.
  const whole = announced && named && announced.lead.startsWith(named) ? announced.lead : undefined;
  const own =
    whole ??
    named ??
    announced?.lead ??
    (node.children.length > 0 ? introAgency(node, above.province) : undefined);
  // "a) Chủ trì, phối hợp với X" over the body's bullets (2954/QĐ-UBND Sơn La 2025): X works with each.
  const partners = announced
    ? announced.partners
    : own === undefined
      ? dutyPartners(node.title, above.province)
      : (headingRoles(node.title)?.partners ?? '');
  // The heading's own sentence is work too ("2. Chủ tịch Ủy ban nhân dân các tỉnh, thành phố tổ chức theo dõi
  // sát tình hình, …, trong đó:", 231/CĐ-TTg 2025), besides announcing its items.
  const headingTask = announced !== undefined && worksItself(node.title);
  const here: Inherited = {
    ...above,
    agency: own ?? above.agency,
    ...(partners !== '' ? { partners } : {}),
  };
  const leaf = node.children.length === 0 && blocks.length === 0;
  // "3. Cục Đường bộ Việt Nam" over "- Chỉ đạo …" bullets (Công điện 96/CĐ-BXD 2025): each bullet is a task
  // of the body the heading names.
  // "1. Hoàn thiện thể chế" over "- Ban hành quy chế …" bullets (597/KH-UBND Đồng Tháp 2025): a topic whose
  // bullets open its text are its tasks, none of them given to anyone by the heading. A bullet list after a
  // sentence ("… các nền tảng như:") is that sentence's objects, one task.
  // A heading that is itself a task ("d) Giao Ban Quản lý … có trách nhiệm:", Cần Thơ 09/CT-UBND 2025) keeps
  // its bullets as its parts.
  const topic =
    !above.labelled &&
    leaf &&
    blocks.length === 0 &&
    overBullets &&
    !(node.title.length > 60 && /:\s*$/u.test(node.title)) &&
    sentencePerformers(node.title, above.province) === undefined;
  const duties = leaf && (own !== undefined || topic) ? bulletTasks(node) : [];
  if (duties.length > 1) return matterWithTasks(node, duties, here, rows, headingTask);
  // "1. Về kiến nghị …" over "Giao Bộ Tài chính …" paragraphs (a Thông báo kết luận): the heading is the
  // matter, each paragraph that gives the work to someone a task.
  const assigned = leaf ? assignments(node, above.province) : [];
  // One answer to the matter is one task, numbered as the matter (636/TB-VPCP 2025: "1. Về kiến nghị …" over
  // "Các Bộ, cơ quan liên quan … rà soát …").
  if (assigned.length === 1) {
    const task = planTask(node, node.marker.text, { title: node.title, block: assigned[0] }, above);
    rows.push({ kind: 'task', task });
    return;
  }
  if (assigned.length > 1) return matterWithTasks(node, assigned, above, rows);
  // "(2) Ít nhất 85% người hưởng trợ cấp … mở mới tài khoản" (157/KH-UBND Cần Thơ 2025): a target, no task; nor
  // a decision's closing clauses ("4. Nghị quyết này có hiệu lực từ ngày …", "2. Chánh Văn phòng …, Giám đốc các
  // Sở … chịu trách nhiệm thi hành Quyết định này", 21/2025/NQ-HĐND Vĩnh Long, 2284/QĐ-UBND Lâm Đồng 2025).
  if (node.children.length === 0 && blocks.length === 0 && NO_TASK.some((form) => form.test(node.title)))
    return;
  if (node.children.length === 0 && blocks.length <= 1) {
    // A leaf names a task; it inherits the body only the headings above it name (not its own title).
    const task = planTask(node, node.marker.text, { title: node.title, block: blocks[0] }, above);
    rows.push({ kind: 'task', task });
    return;
  }
  // A heading over sub-items, or over several blocks of labelled parts (Bắc Ninh 141/KH-UBND 2025: three
  // "Đơn vị chủ trì / Đơn vị phối hợp / Thời gian" blocks under "4."), is a section; each block a task.
  const lead = blocks.length === 1 && node.children.length > 0 ? blocks[0] : undefined;
  const intro = blocks.length > 1 ? [] : (lead?.text ?? node.body).map((item) => item.text);
  if (headingTask && !lead) rows.push({ kind: 'task', task: headingAsTask(node, here) });
  else
    rows.push({
      kind: 'section',
      tt: node.marker.text,
      title: [node.title, ...(lead ? [] : intro)].join('\n'),
      line: node.line,
      endLine: node.endLine,
    });
  // A heading with parts of its own above its sub-items is a task too, unnumbered under its title.
  if (lead) rows.push({ kind: 'task', task: planTask(node, '', { title: node.title, block: lead }, here) });
  if (blocks.length > 1)
    for (const block of blocks)
      rows.push({
        kind: 'task',
        task: planTask(node, '', { title: block.text.length ? '' : node.title, block }, here),
      });
  for (const child of node.children) visit(child, rows, { ...here, parentTitle: node.title });
}

/**
 * The points of a Công điện, its closing paragraph a task of its own: "Văn phòng Chính phủ theo dõi, đôn đốc
 * các Bộ, địa phương thực hiện nghiêm túc Công điện này …" after "3. Bộ trưởng các Bộ: Quốc phòng, Công an …"
 * (232/CĐ-TTg 2025) is the Office's follow-up, not the last point's.
 */
function withClosingTask(top: readonly OutlineNode[], province: string | null): OutlineNode[] {
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
function letterRows(paragraphs: readonly Paragraph[], province: string | null): PlanRow[] {
  const rows: PlanRow[] = [];
  const addressed = paragraphs.findIndex((paragraph) => ADDRESSEES.test(paragraph.text));
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

// Where a letter's body starts ("Kính gửi: …"), or a decision's ("QUYẾT NGHỊ:", 393/NQ-CP 2025).
const ADDRESSEES = /^(?:Kính gửi\b|(?:QUYẾT NGHỊ|QUYẾT ĐỊNH|NGHỊ QUYẾT)\s*:\s*$)/u;
// "Điều 2. Giao Bộ trưởng Bộ Nội vụ …": an article that gives the work is numbered as the article.
const ARTICLE = /^Điều\s+(\d+)\.\s*/u;

// "Bộ trưởng Bộ Nội vụ, các Bộ trưởng … chịu trách nhiệm thi hành Nghị quyết này./.": a decision's last article.
const EXECUTION = /chịu trách nhiệm (?:thi hành|thực hiện) (?:[Nn]ghị quyết|[Qq]uyết định|[Cc]hỉ thị) này/u;

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

const BULLET = /^[-–—+•]\s*/u;
const EFFECT = /^(?:Nghị quyết|Quyết định|Chỉ thị|Kế hoạch) này có hiệu lực/u;
// A share to reach: "100% số người …", "Phấn đấu có ít nhất 70% số người …".
const TARGET =
  /^(?:[Pp]hấn đấu\s+(?:(?:có|đạt)\s+)?)?(?:(?:[Íí]t nhất|[Tt]ối thiểu|[Tt]rên|[Dd]ưới|[Đđ]ạt|[Kk]hoảng)\s+)?\d+(?:[.,]\d+)?\s*%/u;
const NO_TASK: readonly RegExp[] = [TARGET, EXECUTION, EFFECT];

// "…, Thủ tướng Chính phủ yêu cầu Bộ trưởng, Thủ trưởng Cơ quan ngang Bộ, … thực hiện một số nhiệm vụ trọng
// tâm cấp bách sau:" (229/CĐ-TTg 2025).
const ASKED =
  /(?:^|\s)(?:yêu cầu|đề nghị|giao)\s+(?:các đồng chí\s+)?(?=\p{Lu}|các\s|người đứng đầu\s|(?:bộ|sở|ngành|địa phương|cơ quan|đơn vị)[\s,])/u;

/**
 * The bodies the text before a plan's first item asks to carry its items out. Only an asking introduction:
 * "Ủy ban nhân dân tỉnh ban hành Kế hoạch … như sau:" gives the items to no one.
 */
function askedAgency(preamble: readonly Paragraph[], province: string | null): string | undefined {
  const intro = preamble[preamble.length - 1]?.text ?? '';
  const asking = ASKED.exec(intro);
  return asking ? introPerformers(intro.slice(asking.index + asking[0].length), province)?.lead : undefined;
}

// A heading that announces the items below it: "… một số nội dung trọng tâm sau:", "…, trong đó:", "Cụ thể:";
// not "… có trách nhiệm:", whose items are the duties of others it directs (09/CT-UBND Cần Thơ 2025).
const ANNOUNCES = /(?:\ssau|trong đó|[Cc]ụ thể)\s*:\s*$/u;
// The clause that only announces them, cut to see whether the heading says more.
const ANNOUNCING_TAIL = /(?:[,;]\s*|\s)(?:trong đó|cụ thể)?[^,;]*:\s*$/u;

/**
 * Who a heading's sentence gives its items to, when it names them and announces the items: "1. Các đồng chí Bộ
 * trưởng, … đề cao trách nhiệm, …; trong đó lưu ý chú trọng thực hiện tốt một số nội dung trọng tâm sau:" over
 * "- Tập trung rà soát …" bullets (659/TB-VPCP 2025). Bullets that are no actions are the sentence's objects.
 */
function announcedPerformers(node: OutlineNode, province: string | null): Performers | undefined {
  if (!ANNOUNCES.test(node.title)) return undefined;
  const items =
    node.children.length > 0
      ? node.children.map((child) => child.title)
      : node.body.filter((item) => BULLET.test(item.text)).map((item) => item.text.replace(BULLET, ''));
  const acting = items.filter((item) => OPENS_WITH_ACTION.test(item));
  if (items.length < 2 || acting.length * 2 <= items.length) return undefined;
  return sentencePerformers(node.title, province);
}

/**
 * A sentence that gives work to someone and announces items none of which is work: nouns only, each a leaf
 * ("(1) Số hộ dân có nhà bị sập …", "(3) Tổng kinh phí cần thiết …").
 */
function listsContents(node: OutlineNode, province: string | null): boolean {
  return (
    node.children.length > 0 &&
    ANNOUNCES.test(node.title) &&
    node.children.every(
      (child) =>
        child.children.length === 0 &&
        child.parts.length === 0 &&
        !OPENS_WITH_ACTION.test(child.title) &&
        sentencePerformers(child.title, province) === undefined,
    ) &&
    sentencePerformers(node.title, province) !== undefined
  );
}

/**
 * Whether a heading that announces items gives work of its own: its items are "among" it ("…, trong đó:",
 * "…; trong đó lưu ý chú trọng … sau:", 231/CĐ-TTg and 659/TB-VPCP 2025), or it gives several pieces ("…;
 * đồng thời chủ động triển khai …"). "… tiếp tục triển khai các giải pháp nhằm …, cụ thể như sau:" (380/NQ-CP
 * 2025) and "… thực hiện một số nhiệm vụ sau:" only sum up their items.
 */
function worksItself(title: string): boolean {
  const tail = ANNOUNCING_TAIL.exec(title);
  if (!tail) return false;
  const own = title.slice(0, tail.index);
  return /^[,;]?\s*trong đó/u.test(tail[0]) || /;|đồng thời/u.test(own);
}

function headingAsTask(node: OutlineNode, inherited: Inherited): PlanTask {
  return planTask(node, node.marker.text, { title: node.title, block: { text: [], parts: [] } }, inherited);
}

/** The body a heading's introduction gives its items to ("…, tỉnh Đắk Lắk cần … nội dung trọng tâm sau:"). */
function introAgency(node: OutlineNode, province: string | null): string | undefined {
  const intro = node.body[node.body.length - 1]?.text;
  return intro ? introPerformers(intro, province)?.lead : undefined;
}

/** Text and labelled parts under one heading that make one task: the text, then the parts naming its lead, time … */
interface TaskBlock {
  text: Array<{ text: string; line: number }>;
  parts: LabelledPart[];
}

/**
 * The heading's text and parts cut into tasks: a new task starts where text follows parts and the parts
 * after it name again what the parts before it named (a second lead, a second time). Text between parts
 * that name different things ("- Thành phần đoàn: …" between "- Thời gian" and "- Cơ quan chủ trì") stays
 * in its task. A heading without task parts has no block.
 */
function taskBlocks(node: OutlineNode): TaskBlock[] {
  const items = [
    ...node.body.map((item) => ({ line: item.line, text: item })),
    ...node.parts.map((part) => ({ line: part.line, part })),
  ].sort((a, b) => a.line - b.line);
  const segments: TaskBlock[] = [];
  let current: TaskBlock = { text: [], parts: [] };
  for (const item of items) {
    if ('part' in item) current.parts.push(item.part);
    else if (current.parts.length > 0) {
      segments.push(current);
      current = { text: [item.text], parts: [] };
    } else current.text.push(item.text);
  }
  segments.push(current);
  const blocks: TaskBlock[] = [];
  for (const segment of segments) {
    const last = blocks[blocks.length - 1];
    if (last && !(ownsParts(segment) && ownsParts(last) && repeats(last, segment))) {
      appendAll(last.text, segment.text);
      appendAll(last.parts, segment.parts);
    } else blocks.push(segment);
  }
  return blocks.filter(ownsParts);
}

function ownsParts(block: TaskBlock): boolean {
  return block.parts.some((part) => TASK_PARTS.has(part.label));
}

function repeats(before: TaskBlock, after: TaskBlock): boolean {
  const named = new Set(before.parts.map((part) => part.label));
  return after.parts.some((part) => TASK_PARTS.has(part.label) && named.has(part.label));
}

// A heading that names a matter, not a task: "1. Về kiến nghị …", "2. Đối với dự án …".
const MATTER = /^(?:Về|Đối với)\s/u;

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

/** A heading as a section over tasks cut from its text, or as a task of its own above them. */
function matterWithTasks(
  node: OutlineNode,
  blocks: readonly TaskBlock[],
  inherited: Inherited,
  rows: PlanRow[],
  headingTask = false,
): void {
  if (headingTask) rows.push({ kind: 'task', task: headingAsTask(node, inherited) });
  else
    rows.push({
      kind: 'section',
      tt: node.marker.text,
      title: node.title,
      line: node.line,
      endLine: node.line,
    });
  for (const block of blocks)
    rows.push({ kind: 'task', task: planTask(node, '', { title: '', block }, inherited) });
}

/** A heading's bullets, each with the plain lines after it: the duties of the body it names. */
function bulletTasks(node: OutlineNode): TaskBlock[] {
  const blocks: TaskBlock[] = [];
  for (const [index, item] of node.body.entries()) {
    const last = blocks[blocks.length - 1];
    if (!BULLET.test(item.text)) {
      if (last) last.text.push(item);
    } else if (!namesSubItems(item.text, node.body[index + 1]?.text))
      blocks.push({ text: [item], parts: [] });
  }
  return blocks;
}

/**
 * A "-" bullet that only names what the "+" actions under it are about: "- Nội dung giám sát của chủ chương
 * trình" over "+ Theo dõi, kiểm tra …" (160/KH-UBND Cần Thơ 2025) is a sub-heading, no task of its own.
 */
function namesSubItems(bullet: string, next: string | undefined): boolean {
  if (!bullet.startsWith('- ') || !next?.startsWith('+ ')) return false;
  const text = bullet.slice(2);
  return !OPENS_WITH_ACTION.test(text) && OPENS_WITH_ACTION.test(next.slice(2));
}

/**
 * The paragraphs under a heading that give its work to someone, each with the paragraphs that follow it
 * until the next such; none unless the heading names a matter ("Về kiến nghị …") and a paragraph gives it.
 */
function assignments(node: OutlineNode, province: string | null): TaskBlock[] {
  if (!MATTER.test(node.title)) return [];
  const blocks: TaskBlock[] = [];
  for (const item of node.body) {
    const last = blocks[blocks.length - 1];
    if (sentencePerformers(item.text, province)) blocks.push({ text: [item], parts: [] });
    else if (last) last.text.push(item);
  }
  return blocks;
}

function planTask(
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
