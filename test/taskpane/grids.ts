import type { CellGrid, CellValue } from '../../src/domain';
import { gridFrom } from '../helpers/grid';

/** A grid from rows written as in a sheet starting at A1; display text is String(value). */
export function grid(sheetName: string, rows: CellValue[][]): CellGrid {
  return gridFrom(rows, { sheetName });
}

const HEADER = ['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian thực hiện', 'Căn cứ', 'Nguồn kinh phí'];
const REFERENCE = '(Kèm theo Kế hoạch số 58/KH-UBND ngày 11 tháng 03 năm 2024 của Ủy ban nhân dân tỉnh)';

/**
 * A small appendix with findings of each severity and two lead agencies: a dateless Party plan cited on
 * rows 5 and 7 (Sở Ngoại vụ), a continuation row 6, a task without funding on row 8 and a repeated
 * number on row 9 (Sở Tài chính).
 */
export function appendixGrid(sheetName = 'Phụ lục 1'): CellGrid {
  return grid(sheetName, [
    ['PHỤ LỤC 1'],
    [REFERENCE],
    HEADER,
    ['I', 'CÔNG TÁC CHUNG'],
    [1, 'Tổ chức hội nghị', 'Sở Ngoại vụ', 'Quý I', 'Kế hoạch 164-KH/TU', 'Ngân sách tỉnh'],
    [null, 'và báo cáo kết quả hội nghị'],
    [2, 'Đón đoàn', 'Sở Ngoại vụ', 'Năm 2024', 'Kế hoạch 164-KH/TU', 'Ngân sách tỉnh'],
    [3, 'Xây dựng kế hoạch', 'Sở Tài chính', 'Quý II', 'Nghị quyết số 12/NQ-HĐND ngày 10/12/2023'],
    [
      3,
      'Rà soát kế hoạch',
      'Sở Tài chính',
      'Quý III',
      'Nghị quyết số 12/NQ-HĐND ngày 10/12/2023',
      'Ngân sách tỉnh',
    ],
  ]);
}

/** The same appendix without a plan date in its title rows (the settings' plan date then applies). */
export function datelessAppendixGrid(sheetName = 'Phụ lục 2'): CellGrid {
  return grid(sheetName, [
    ['PHỤ LỤC 2'],
    HEADER,
    [
      1,
      'Tổ chức hội nghị',
      'Sở Ngoại vụ',
      'Quý I',
      'Nghị quyết số 12/NQ-HĐND ngày 10/12/2023',
      'Ngân sách tỉnh',
    ],
  ]);
}

/** A sheet of notes with no task header. */
export function notesGrid(sheetName = 'Ghi chú'): CellGrid {
  return grid(sheetName, [['Ghi chú của phòng'], ['Không phải phụ lục']]);
}

/** An appendix the rules find nothing in. */
export function cleanAppendixGrid(sheetName = 'Phụ lục 3'): CellGrid {
  return grid(sheetName, [
    ['PHỤ LỤC 3'],
    [REFERENCE],
    HEADER,
    [
      1,
      'Tổ chức hội nghị',
      'Sở Ngoại vụ',
      'Quý I',
      'Nghị quyết số 12/NQ-HĐND ngày 10/12/2023',
      'Ngân sách tỉnh',
    ],
  ]);
}
