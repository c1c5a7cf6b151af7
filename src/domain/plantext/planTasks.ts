import { appendAll } from '../arrays';
import type { OutlineNode, PlanOutline } from './planOutline';
import { OPENS_WITH_ACTION } from './actionWords';
import { holdsTasks, implementationChapters, ownsTask, TASK_PARTS, taskChapters } from './planChapters';
import { askedAgency, EXECUTION, letterRows, withClosingTask } from './planLetters';
import type { Inherited, PlanRow, TaskBlock } from './planTask';
import { BULLET, headingAsTask, MATTER, planTask } from './planTask';
import { classHeading, headingAgency, headingRoles } from './headingAgency';
import { dutyPartners, introPerformers, sentencePerformers } from './sentenceParts';
import type { Performers } from './splitPerformers';

export type { PlanRow, PlanTask } from './planTask';

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

// "6. Chỉ tiêu chủ yếu đến năm 2030" over "6.1. Hàng năm, giảm số người nghiện …" (182/KH-UBND Đồng Nai 2025):
// the targets the tasks serve, none of them a task.
const TARGETS_HEADING = /^(?:(?:Các|Một số|Những)\s+)?[Cc]hỉ tiêu(?![\p{L}])/u;

function visit(node: OutlineNode, rows: PlanRow[], above: Inherited): void {
  if (TARGETS_HEADING.test(node.title)) return;
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
  const at = rows.length;
  if (headingTask && !lead) rows.push({ kind: 'task', task: headingAsTask(node, here) });
  else
    rows.push({
      kind: 'section',
      tt: node.marker.text,
      numbering: node.marker.style,
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
  // "1. Nội dung thi đua" over targets only ("(1) 100% số người …", 157/KH-UBND Cần Thơ 2025): a heading with
  // no task under it is no section of the matrix — read back, it would be a task without a lead.
  if (rows.slice(at).every((row) => row.kind === 'section')) rows.length = at;
}

const EFFECT = /^(?:Nghị quyết|Quyết định|Chỉ thị|Kế hoạch) này có hiệu lực/u;
// A share to reach: "100% số người …", "Phấn đấu có ít nhất 70% số người …".
const TARGET =
  /^(?:[Pp]hấn đấu\s+(?:(?:có|đạt)\s+)?)?(?:(?:[Íí]t nhất|[Tt]ối thiểu|[Tt]rên|[Dd]ưới|[Đđ]ạt|[Kk]hoảng)\s+)?\d+(?:[.,]\d+)?\s*%/u;
// A conclusion's praise: "Đánh giá cao nỗ lực của Chủ đầu tư …", "Ghi nhận, đánh giá cao và biểu dương sự nỗ lực
// …" (653, 637/TB-VPCP 2025) — what was done, no work given, unless the point goes on to ask for some.
const PRAISE =
  /^(?:Ghi nhận|Đánh giá cao|Biểu dương|Hoan nghênh|Chúc mừng|(?:Trân trọng )?[Cc]ảm ơn)(?![\p{L}])(?!.*\s(?:đề nghị|yêu cầu|giao)\s)/su;
// A heading over the state of things: "1. Hiện trạng" over paragraphs on the parks' networks (987/KH-UBND Nghệ
// An 2025), "Thực trạng", "Bối cảnh".
const STATE_OF_THINGS = /^(?:Hiện trạng|Thực trạng|Bối cảnh)(?![\p{L}])[^.;]{0,60}$/u;
const NO_TASK: readonly RegExp[] = [TARGET, EXECUTION, EFFECT, PRAISE, STATE_OF_THINGS];

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

/** The body a heading's introduction gives its items to ("…, tỉnh Đắk Lắk cần … nội dung trọng tâm sau:"). */
function introAgency(node: OutlineNode, province: string | null): string | undefined {
  const intro = node.body[node.body.length - 1]?.text;
  return intro ? introPerformers(intro, province)?.lead : undefined;
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
      numbering: node.marker.style,
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
