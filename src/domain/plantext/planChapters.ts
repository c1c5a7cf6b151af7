import { appendAll } from '../arrays';
import type { OutlineNode, PlanOutline } from './planOutline';
import type { PartLabel } from './partLabels';
import { headingAgency } from './headingAgency';
import { sentencePerformers } from './sentenceParts';

/** The labelled parts that make a heading a task. */
export const TASK_PARTS: ReadonlySet<PartLabel> = new Set(['content', 'contentTime', 'time', 'lead']);

// Chapters that never hold tasks, whatever their items say ("b) Thời gian: Từ ngày 15/11 …" under
// "II. MỤC TIÊU", TP HCM 174/KH-UBND 2025; "V. THỜI GIAN VÀ TRÁCH NHIỆM THỰC HIỆN" over "1. Thời gian thực hiện",
// 982/KH-UBND Nghệ An 2025), and titles that announce tasks even without labels.
// A conclusion's assessment point too: "1. Về đánh giá tình hình hoạt động từ tháng 6/2022 đến nay" over the
// achievements "(1) Công tác tham mưu … ngày càng bài bản …" (07-KL/VPTW 2025).
const NOT_TASKS =
  /^(?:(?:MỘT SỐ|CÁC)\s+)?(?:MỤC ĐÍCH|YÊU CẦU|MỤC TIÊU|QUAN ĐIỂM|KINH PHÍ|PHẠM VI|ĐỐI TƯỢNG|ĐÁNH GIÁ|KẾT QUẢ|TÌNH HÌNH|CĂN CỨ|SỰ CẦN THIẾT|THỜI GIAN)|^VỀ\s+(?:ĐÁNH GIÁ|KẾT QUẢ|TÌNH HÌNH)/iu;
// "I. Trách nhiệm phối hợp trong công tác thẩm định …" (Chỉ thị 010/CT-UBND Đắk Lắk 2025): the bodies' duties.
const TASK_TITLE = /NHIỆM VỤ|NỘI DUNG|HOẠT ĐỘNG|KIẾN NGHỊ|TRÁCH NHIỆM(?! THỰC HIỆN)/iu;
// "III. GIẢI PHÁP THỰC HIỆN KẾ HOẠCH …" over topics and their bullets (2954/QĐ-UBND Sơn La 2025): the tasks
// of a plan that has no chapter of tasks; beside one ("III. NỘI DUNG HOẠT ĐỘNG", 174/KH-UBND TP HCM) its
// solutions are the general means.
const MEANS_TITLE = /GIẢI PHÁP/iu;

/**
 * The chapters of a plan that hold its tasks: those with labelled tasks or a title that announces tasks; else
 * its solutions; else, in a document of numbered points (a Chỉ thị, a Công điện, a conclusion), every point.
 */
export function taskChapters(outline: PlanOutline): OutlineNode[] {
  const titled = (title: RegExp) =>
    outline.roots.filter(
      (root) =>
        announcesTasks(root) ||
        (!NOT_TASKS.test(root.title) &&
          (holdsTasks(root) || (title.test(root.title) && root.children.length > 0))),
    );
  const chapters: OutlineNode[] = titled(TASK_TITLE);
  if (chapters.length === 0) appendAll(chapters, titled(MEANS_TITLE));
  // "4. Về phân công nhiệm vụ …" among a conclusion's points is one point, not the only one (432-TB/VPTW 2025).
  if (chapters.every((chapter) => isPoint(chapter))) chapters.length = 0;
  if (chapters.length === 0)
    appendAll(
      chapters,
      outline.roots.filter((root) => isPoint(root) && !NOT_TASKS.test(root.title)),
    );
  // "V. CHẾ ĐỘ BÁO CÁO" over "1. Các Sở, ngành … báo cáo … định kỳ hàng tháng (trước ngày 16 …)", "2. Sở Công
  // Thương tổng hợp báo cáo …" (2954/QĐ-UBND Sơn La 2025): each body's reports are tasks too; a chapter of one
  // paragraph ("VII. CHẾ ĐỘ BÁO CÁO", 174/KH-UBND TP HCM 2025) states the rule of the plan.
  appendAll(
    chapters,
    outline.roots.filter(
      (root) => !chapters.includes(root) && REPORTS_TITLE.test(root.title) && root.children.length > 0,
    ),
  );
  return chapters;
}

const REPORTS_TITLE = /^CHẾ ĐỘ BÁO CÁO/iu;

/**
 * The "TỔ CHỨC THỰC HIỆN" chapters arranged by body ("1. Sở Xây dựng" over its duties), outside the task
 * chapters. Read only for a plan whose tasks mostly name no lead: where they name theirs, that chapter's
 * duties are the follow-up ("Sở Nội vụ … theo dõi, tổng hợp", 174/KH-UBND TP HCM 2025).
 */
export function implementationChapters(
  outline: PlanOutline,
  chapters: readonly OutlineNode[],
  province: string | null,
): OutlineNode[] {
  return outline.roots.filter(
    (root) => !chapters.includes(root) && IMPLEMENTATION.test(root.title) && arrangedByBody(root, province),
  );
}

const IMPLEMENTATION = /^TỔ CHỨC THỰC HIỆN/iu;

// "I. ĐÁNH GIÁ CHUNG" closing its assessment with "Để tiếp tục …, thành phố Đà Nẵng cần tập trung thực hiện tốt
// một số nhiệm vụ, giải pháp sau đây:" over "1. … 8." (641/TB-VPCP 2025): whatever its title, its points are tasks.
const ANNOUNCES_TASKS = /(?:nhiệm vụ|giải pháp)[^:]{0,60}\s(?:sau|sau đây)\s*:\s*$/iu;

function announcesTasks(root: OutlineNode): boolean {
  const intro = root.body[root.body.length - 1]?.text ?? '';
  return root.children.length > 0 && ANNOUNCES_TASKS.test(intro);
}

/** A top-level point numbered "1.", "2." …: a directive's, when the document has no chapters. */
function isPoint(root: OutlineNode): boolean {
  return root.marker.style === 'arabic' && root.marker.parts.length === 1;
}

/** Most of a chapter's headings name a body: the chapter gives each body its duties. */
function arrangedByBody(chapter: OutlineNode, province: string | null): boolean {
  // "1. Ban Tuyên giáo và Dân vận Trung ương chủ trì hướng dẫn, …" (37-HD/BTGDVTW 2025) names its body too.
  const named = chapter.children.filter(
    (child) =>
      headingAgency(child.title, '', province) !== undefined ||
      sentencePerformers(child.title, province) !== undefined,
  );
  return chapter.children.length > 0 && named.length * 2 >= chapter.children.length;
}

export function ownsTask(node: OutlineNode): boolean {
  return node.parts.some((part) => TASK_PARTS.has(part.label));
}

export function holdsTasks(node: OutlineNode): boolean {
  return ownsTask(node) || node.children.some(holdsTasks);
}
