import { InvalidArgumentError } from 'commander';
import type { PeriodSetting } from '../domain';
import {
  parseVietnameseDate,
  readPeriodSetting,
  readProvinceSetting,
  UnusableWorkbookError,
} from '../domain';

/** The bytes of the file named on the command line; a missing file is an unusable workbook (exit 2). */
export async function readBytes(
  file: string,
  readFile: (path: string) => Promise<Uint8Array>,
): Promise<Uint8Array> {
  try {
    return await readFile(file);
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EISDIR')
      throw new UnusableWorkbookError('file-not-found', { file }, { cause });
    throw cause;
  }
}

/** `--plan-date`: a real date written yyyy-mm-dd, returned as ISO. */
export function parsePlanDate(value: string): string {
  const date = parseVietnameseDate(value.replace(/^(\d{4})-(\d{2})-(\d{2})$/, '$3/$2/$1'));
  if (!date?.iso) throw new InvalidArgumentError('cần một ngày có thật dạng yyyy-mm-dd, ví dụ 2025-08-01');
  return date.iso;
}

/** `--province`: a province's name (any of the 63 or 34) or "Trung ương", returned as the settings value. */
export function parseProvince(value: string): string {
  const read = readProvinceSetting(value);
  if (!read.ok || !read.value)
    throw new InvalidArgumentError('cần tên một tỉnh/thành phố, ví dụ "Đồng Nai", hoặc "Trung ương"');
  return read.value;
}

/** `--period`: one year or a range of years ("2026-2030"). */
export function parsePeriod(value: string): PeriodSetting {
  const read = readPeriodSetting(value);
  if (!read.ok || !read.value)
    throw new InvalidArgumentError('cần năm hoặc khoảng năm, ví dụ 2025 hoặc 2026-2030');
  return read.value;
}
