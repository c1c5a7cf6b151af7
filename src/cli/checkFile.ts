import { basename } from 'node:path';
import type ExcelJS from 'exceljs';
import type { Finding, PeriodSetting, ReviewedFinding, Settings, Validation } from '../domain';
import { setAsideReviewed, validate } from '../domain';
import type { ReadResult } from '../xlsx';
import { loadWorkbook, readAppendix, readRegistry, readReviews, readSettings } from '../xlsx';
import { readBytes } from './input';

/** What `check` and `fix` take from the command line to check a workbook as the officer means it. */
export interface CheckScope {
  sheet?: string;
  planDate?: string;
  province?: string;
  period?: PeriodSetting;
}

export interface CheckedFile {
  bytes: Uint8Array;
  result: ReadResult;
  settings: Settings;
  validation: Validation;
  /** The settings sheet's and registry sheet's findings, then the appendix's; not those reviewed. */
  findings: Finding[];
  /** Findings the officer marked reviewed in the add-in whose cells have not changed since. */
  reviewed: ReviewedFinding[];
}

/**
 * Reads and checks a workbook file: its saved settings (the command line's scope wins), its registry
 * sheet, its appendix. An unusable file throws the core's UnusableWorkbookError.
 */
export async function checkFile(
  file: string,
  scope: CheckScope,
  readFile: (path: string) => Promise<Uint8Array>,
): Promise<CheckedFile> {
  const bytes = await readBytes(file, readFile);
  const { result, saved, registry, reviews } = await readWorkbookFile(bytes, basename(file), scope.sheet);
  const settings = {
    ...saved.settings,
    ...(scope.planDate ? { planDate: scope.planDate } : {}),
    ...(scope.province ? { province: scope.province } : {}),
    ...(scope.period ? { period: scope.period } : {}),
  };
  const validation = validate(result.appendix, settings, { registry: registry.registry });
  // What the officer reviewed in the add-in is set apart here too, so the file reads the same everywhere.
  const { open: findings, reviewed } = setAsideReviewed(
    [...saved.findings, ...registry.findings, ...validation.findings],
    reviews,
    result.grid,
  );
  return { bytes, result, settings, validation, findings, reviewed };
}

/**
 * What the check takes from the workbook: the appendix, the settings the add-in saved (the command line's
 * options override them), the registry sheet, the reviews. The ExcelJS model is left behind when this
 * returns: on a big file it is most of the memory, and validating needs none of it.
 */
async function readWorkbookFile(bytes: Uint8Array, fileName: string, sheet: string | undefined) {
  const workbook: ExcelJS.Workbook = await loadWorkbook(bytes, fileName);
  return {
    result: readAppendix(workbook, sheet),
    saved: readSettings(workbook),
    registry: readRegistry(workbook),
    reviews: readReviews(workbook),
  };
}
