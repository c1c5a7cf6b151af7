import type { Lang } from '../domain';

interface FixStrings {
  needOut: string;
  unknownCodes: (codes: string, allowed: string) => string;
  dryRun: string;
  nothingWritten: string;
  written: (out: string, file: string) => string;
}

/** Wording of `task-matrix fix` (the change list itself is worded in src/domain/messages). */
export const FIX_STRINGS: Record<Lang, FixStrings> = {
  vi: {
    needOut: 'Cần --out TỆP.xlsx để ghi bản đã sửa (hoặc --dry-run để chỉ xem trước).',
    unknownCodes: (codes, allowed) => `Không sửa tự động được: ${codes}. Các mã sửa được: ${allowed}.`,
    dryRun: 'Chỉ xem trước (--dry-run): không ghi tệp nào.',
    nothingWritten: 'Không ghi tệp nào.',
    written: (out, file) => `Đã ghi "${out}": bản sao của "${file}" với các ô trên; mọi ô khác giữ nguyên.`,
  },
  en: {
    needOut: 'Needs --out FILE.xlsx to write the fixed copy (or --dry-run to preview only).',
    unknownCodes: (codes, allowed) => `No automatic fix for: ${codes}. Codes that can be fixed: ${allowed}.`,
    dryRun: 'Preview only (--dry-run): no file written.',
    nothingWritten: 'No file written.',
    written: (out, file) =>
      `Wrote "${out}": a copy of "${file}" with the cells above; every other cell as it was.`,
  },
};
