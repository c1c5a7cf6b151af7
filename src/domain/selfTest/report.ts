import type { Lang } from '../messages';

/**
 * The self-test ("Tự kiểm tra"): what IT runs once in a real Excel after deploying, to see whether each
 * behaviour the add-in relies on holds there. The checks themselves run in the Office.js adapter
 * (src/excel/selfTest.ts); this is the report they fill and its wording, pure so the pane, the tests and
 * the copied text share it.
 */
export const SELF_TEST_IDS = [
  'literal-text',
  'list-separator',
  'conditional-formats',
  'merged-areas',
  'notes',
  'row-hiding',
  'sheet-views',
  'custom-properties',
  'settings',
  'page-layout',
  'undo-group',
  'create-workbook',
] as const;
export type SelfTestId = (typeof SELF_TEST_IDS)[number];
export type SelfTestStatus = 'passed' | 'failed' | 'unavailable';

export interface SelfTestCheck {
  id: SelfTestId;
  status: SelfTestStatus;
  /** What was seen when it failed (an error code, a value read back), in the host's words. */
  detail?: string;
}

export interface SelfTestHost {
  /** Office.context.diagnostics: application, platform, version ("16.0.<build>.<revision>" on Windows). */
  application: string;
  platform: string;
  version: string;
  /** Requirement sets asked with isSetSupported(name, version). */
  sets: Array<{ name: string; version: string; supported: boolean }>;
}

export interface SelfTestReport {
  host: SelfTestHost;
  checks: SelfTestCheck[];
}

interface SelfTestWording {
  heading: string;
  titles: Record<SelfTestId, string>;
  status: Record<SelfTestStatus, string>;
  hostLine: (host: SelfTestHost) => string;
  setsLine: string;
  summary: (failed: number, unavailable: number) => string;
}

const WORDING: Record<Lang, SelfTestWording> = {
  vi: {
    heading: 'Ma trận nhiệm vụ — Tự kiểm tra',
    titles: {
      'literal-text': 'Ghi chữ nguyên văn (dòng bắt đầu bằng "-", "=", "+", dấu nháy)',
      'list-separator': 'Chọn nhiều vùng ô một lần (dấu phân cách danh sách)',
      'conditional-formats': 'Tô màu có điều kiện: thêm, nhận ra, xoá đúng của add-in',
      'merged-areas': 'Đọc ô gộp',
      notes: 'Ghi chú ô (ExcelApi 1.18)',
      'row-hiding': 'Ẩn, hiện dòng',
      'sheet-views': 'Chế độ xem tạm (Excel trên web)',
      'custom-properties': 'Thuộc tính riêng của trang tính',
      settings: 'Lưu cài đặt trong sổ tính',
      'page-layout': 'Thiết lập trang in (tỉ lệ in)',
      'undo-group': 'Gộp thao tác thành một bước hoàn tác (ExcelApi 1.20)',
      'create-workbook': 'Mở danh sách cơ quan thành sổ tính mới',
    },
    status: { passed: 'Đạt', failed: 'KHÔNG ĐẠT', unavailable: 'Không có trên Excel này' },
    hostLine: (host) =>
      `Ứng dụng: ${host.application} · Nền tảng: ${host.platform} · Phiên bản: ${host.version}`,
    setsLine: 'Bộ API được hỗ trợ',
    summary: (failed, unavailable) =>
      failed === 0
        ? `Tất cả các mục có trên Excel này đều đạt${unavailable > 0 ? ` (${unavailable} mục không có)` : ''}.`
        : `${failed} mục không đạt: gửi báo cáo này cho nhóm phát triển.`,
  },
  en: {
    heading: 'Ma trận nhiệm vụ — Self-test',
    titles: {
      'literal-text': 'Literal text (lines starting with "-", "=", "+", an apostrophe)',
      'list-separator': 'Several cell areas at once (list separator)',
      'conditional-formats': "Conditional formats: add, identify and delete the add-in's own",
      'merged-areas': 'Reading merged cells',
      notes: 'Cell notes (ExcelApi 1.18)',
      'row-hiding': 'Hiding and showing rows',
      'sheet-views': 'Temporary sheet view (Excel on the web)',
      'custom-properties': 'Worksheet custom properties',
      settings: 'Settings stored in the workbook',
      'page-layout': 'Page setup (print scale)',
      'undo-group': 'One undo step per action (ExcelApi 1.20)',
      'create-workbook': "Opening an agency's list as a new workbook",
    },
    status: { passed: 'Passed', failed: 'FAILED', unavailable: 'Not available in this Excel' },
    hostLine: (host) =>
      `Application: ${host.application} · Platform: ${host.platform} · Version: ${host.version}`,
    setsLine: 'Requirement sets supported',
    summary: (failed, unavailable) =>
      failed === 0
        ? `Everything this Excel offers passed${unavailable > 0 ? ` (${unavailable} not available)` : ''}.`
        : `${failed} failed: send this report to the developers.`,
  },
};

export function selfTestTitle(id: SelfTestId, lang: Lang = 'vi'): string {
  return WORDING[lang].titles[id];
}

export function selfTestStatus(status: SelfTestStatus, lang: Lang = 'vi'): string {
  return WORDING[lang].status[status];
}

export function selfTestSummary(report: SelfTestReport, lang: Lang = 'vi'): string {
  const count = (status: SelfTestStatus) => report.checks.filter((check) => check.status === status).length;
  return WORDING[lang].summary(count('failed'), count('unavailable'));
}

/**
 * The report as plain text, to copy and send: host, platform, version, the requirement sets, then one line
 * per check.
 * @example selfTestText(report, 'vi').split('\n')[0] === 'Ma trận nhiệm vụ — Tự kiểm tra'
 */
export function selfTestText(report: SelfTestReport, lang: Lang = 'vi'): string {
  const words = WORDING[lang];
  const sets = report.host.sets
    .map((set) => `${set.name} ${set.version}: ${set.supported ? '✓' : '✗'}`)
    .join(', ');
  return [
    words.heading,
    words.hostLine(report.host),
    `${words.setsLine}: ${sets}`,
    '',
    ...report.checks.map(
      (check) =>
        `[${words.status[check.status]}] ${words.titles[check.id]}${check.detail ? ` — ${check.detail}` : ''}`,
    ),
    '',
    selfTestSummary(report, lang),
  ].join('\n');
}
