import type { Catalogue } from './types';
import { fieldEn, isoToVn, periodText, problemList, str, kindName } from './types';

export const en: Catalogue = {
  findings: {
    'numbering-duplicate': (d) =>
      `Number "${str(d, 'tt')}" repeats row ${str(d, 'firstRow')} at the same level.`,
    'numbering-gap': (d) =>
      d.previous
        ? `"${str(d, 'tt')}" follows "${str(d, 'previous')}": a number is skipped (expected ${str(d, 'expectedLabel') || str(d, 'expected')}).`
        : `The first item at this level is numbered "${str(d, 'tt')}" (expected to start at ${str(d, 'expectedLabel') || str(d, 'expected')}).`,
    'numbering-order': (d) => `Number "${str(d, 'tt')}" comes after "${str(d, 'previous')}": out of order.`,
    'numbering-level': (d) =>
      `"${str(d, 'tt')}" is a sub-number of "${str(d, 'expectedParent')}" but sits under ${d.parent ? `"${str(d, 'parent')}"` : 'no numbered item'}.`,
    'task-without-number': (d) =>
      d.all
        ? `No task of the appendix has a number (${str(d, 'count')} tasks, the TT column empty). If the original document numbers them, compare the pasted copy with it.`
        : d.previous !== undefined
          ? `${capitalised(itemEn(d))} without a number, between ${str(d, 'previous')} and ${str(d, 'next')}, which run on: the numbering skipped it.`
          : d.lone
            ? `The only ${itemEn(d)} of this section has no number.`
            : `${capitalised(itemEn(d))} without a number.`,
    'stray-row': (d) =>
      `An unnumbered row spanning the whole table between tasks ${str(d, 'previous')} and ${str(d, 'next')}: it belongs to no task (text astray, or a task that lost its number and columns?).`,
    'row-in-task-cell': (d) =>
      `The task cell ends with what looks like other columns run into it (agencies, a time…): "${str(d, 'text')}". It may hold a pasted row; check who leads.`,
    'missing-task': () => 'A task row without task text.',
    'missing-partners': (d) =>
      d.section !== undefined
        ? blankSectionEn(d)
        : 'The task names no supporting agency, while the appendix names them for its other tasks.',
    'missing-product': (d) =>
      d.section !== undefined
        ? blankSectionEn(d)
        : 'The task names no expected output, while the appendix names one for its other tasks.',
    'missing-lead-agency': (d) =>
      d.named !== undefined
        ? `The ${itemEn(d)} leaves the lead column blank; the column "${str(d, 'namedIn')}" names "${str(d, 'named')}". If that body leads, write it in the lead column.`
        : `The ${itemEn(d)} has no lead agency.`,
    'missing-timeframe': (d) =>
      d.section !== undefined ? blankSectionEn(d) : `The ${itemEn(d)} has no time frame.`,
    'missing-legal-basis': (d) =>
      d.fromText === true
        ? `${str(d, 'count')} of ${str(d, 'total')} tasks have no legal basis: the source text names none for them (plans usually cite theirs in the preamble only). If your office's appendix form needs the Căn cứ column, write the document each task rests on.`
        : 'The task has no legal basis.',
    'missing-funding': (d) =>
      d.section !== undefined ? blankSectionEn(d) : `The ${itemEn(d)} has no funding source.`,
    'weak-legal-basis': (d) =>
      `The legal basis "${str(d, 'text')}" names no identifiable document (number, symbol, date). Cite the document.`,
    'incomplete-citation': (d) =>
      d.kind === 'unlike-others'
        ? `"${str(d, 'citation')}" is cited without its issue date, while the appendix dates every other document: date it too, for consistency.`
        : d.kind === 'no-date'
          ? `"${str(d, 'citation')}" lacks its issue date: administrative and Party document numbers restart each year or term, so the date is needed to identify it.`
          : d.kind === 'no-symbol'
            ? `"${str(d, 'citation')}" has only a number, no symbol or date: the document cannot be identified.`
            : `"${str(d, 'citation')}" has no number, symbol or date: the document cannot be identified.`,
    'malformed-citation': (d) =>
      `"${str(d, 'citation')}" is not in the standard form (${problemList(d, 'en')}). Standard form: ${str(d, 'suggestion')}.`,
    'invalid-citation-date': (d) =>
      d.reason === 'impossible'
        ? `The date "${str(d, 'date')}" of "${str(d, 'citation')}" does not exist.`
        : d.reason === 'year-mismatch'
          ? `"${str(d, 'citation')}" is numbered in ${str(d, 'year')} but dated ${str(d, 'date')}: the year in the number is the year of signature.`
          : `"${str(d, 'citation')}" is dated ${str(d, 'date')}, after the plan itself (${isoToVn(d, 'planDate')}).`,
    'shifted-cells': (d) =>
      `"${str(d, 'text')}" looks like it belongs in the ${fieldEn(d, 'belongsTo')} column (empty), not ${fieldEn(d, 'field')}.`,
    'unknown-agency': (d) =>
      `"${str(d, 'agency')}" is not in the agency registry (${str(d, 'count')} cells). If it is right, you may add it to the sheet "Danh mục cơ quan" to check its name and list its tasks.`,
    'province-level': (d) =>
      `${str(d, 'province')} is a ${d.level === 'tỉnh' ? 'province (tỉnh)' : 'centrally run city (thành phố)'}, not a ${d.written === 'tỉnh' ? 'province (tỉnh)' : 'city (thành phố)'}: the list under "${str(d, 'written')}" names it at the wrong level.`,
    'agency-typo': (d) => `"${str(d, 'agency')}" may be misspelt; did you mean "${str(d, 'canonical')}"?`,
    'unclear-agency': (d) =>
      `"${str(d, 'agency')}" does not name a clear agency (a missing, extra or doubled word?).`,
    'agency-name-variant': (d) =>
      `"${str(d, 'agency')}" is not the standard name; standard name: "${str(d, 'canonical')}".`,
    'agency-name-inconsistent': (d) =>
      `"${str(d, 'agency')}" is written otherwise than elsewhere in the document; write it as "${str(d, 'canonical')}".`,
    'outdated-agency-name': (d) =>
      d.district
        ? `"${str(d, 'agency')}" is a district-level body: the district level ended after ${isoToVn(d, 'endedOn')}; name the provincial or communal body that now does the work.`
        : d.endedBy
          ? `"${str(d, 'agency')}" was merged or renamed in 2025 (each province on its own day, by ${isoToVn(d, 'endedOn')} at the latest); now: ${str(d, 'successors') || 'unknown'}.`
          : `"${str(d, 'agency')}" ceased or was renamed after ${isoToVn(d, 'endedOn')}; now: ${str(d, 'successors') || 'unknown'}.`,
    'lead-only-cooperates': (d) =>
      `The task says its lead "cooperates with ${str(d, 'agency')}", yet ${str(d, 'agency')} is listed as a partner: who leads is unclear.`,
    'lead-also-partner': (d) =>
      `"${str(d, 'agency')}" is both lead and partner of this task: one of the two cells is wrong.`,
    'agencies-run-together': (d) =>
      `"${str(d, 'agency')}" and "${str(d, 'next')}" run together with no comma or "và": the list of agencies cannot be read with certainty.`,
    'number-left-blank': (d) => `"${str(d, 'text')}": a day, month or quarter number is left blank.`,
    'stated-count-mismatch': (d) =>
      `The task announces ${str(d, 'stated')} "${str(d, 'what')}" but lists ${str(d, 'listed')}: an item is missing or the count is wrong.`,
    'five-year-period': (d) =>
      `"${str(d, 'text')}": medium-term and five-year plans run 2016 - 2020, 2021 - 2025, 2026 - 2030; "${str(d, 'period')}" is no such period (${str(d, 'expected')}?).`,
    'collective-lead': (d) =>
      `"${str(d, 'agency')}" leads as a whole (${str(d, 'count')} cells): each body does the task in its own scope. If the task needs one body to follow it up and report, name that body.`,
    'vague-agency': (d) => `"${str(d, 'agency')}" does not name an accountable lead agency.`,
    'unparsed-timeframe': (d) =>
      `The time frame "${str(d, 'text')}" could not be read (quarter, month, date, deadline, year, period or "thường xuyên").`,
    'timeframe-without-time': (d) =>
      str(d, 'reason') === 'year-cut-off'
        ? `The time frame "${str(d, 'text')}" has its year cut off: the deadline's year cannot be read.`
        : `The time cell "${str(d, 'text')}" names no time or deadline: the task has no deadline to follow up.`,
    'invalid-timeframe': (d) => `The time frame "${str(d, 'text')}" does not exist.`,
    'timeframe-before-plan-date': (d) =>
      `The deadline "${str(d, 'text')}" had passed before the plan was issued (${isoToVn(d, 'planDate')}).`,
    'timeframe-outside-plan-year': (d) =>
      `The time frame "${str(d, 'text')}" names ${str(d, 'years')}, outside the plan period (${periodText(d)}).`,
    'delegation-count-mismatch': (d) =>
      `Group ${str(d, 'tt')} says ${str(d, 'declared')} delegations but holds ${str(d, 'actual')} rows: correct the heading or the rows.`,
    'missing-destination': () => 'The delegation has no destination.',
    'missing-quarter': (d) =>
      `The time "${str(d, 'text')}" names no quarter or month: the delegation is left out of the quarterly totals.`,
    'invalid-headcount': (d) =>
      d.rule
        ? `The headcount "${str(d, 'text')}" is set by other rules: it is not added to the total of people.`
        : `The headcount "${str(d, 'text')}" is not a positive whole number.`,
    'invalid-duration': (d) =>
      d.rule
        ? `The number of days "${str(d, 'text')}" is set by other rules: it is not added to the totals.`
        : `The number of days "${str(d, 'text')}" is not a positive whole number.`,
    'unparsed-amount': (d) =>
      `The amount in "${str(d, 'text')}" cannot be read: write it as 3.500.000.000 or 3,5 tỷ đồng.`,
    'unclassified-funding': (d) =>
      d.coded === true
        ? `The funding column holds codes ("${str(d, 'text')}", ${str(d, 'count')} cells) defined by the document's own note: the sources were not checked.`
        : `The funding source "${str(d, 'text')}" could not be classified.`,
    'legacy-encoding': (d) =>
      `The cell uses the legacy ${d.encoding === 'vni' ? 'VNI' : 'TCVN3 (ABC)'} encoding: convert it to Unicode (e.g. Unikey's converter).` +
      (d.suggestion ? ` It reads: "${str(d, 'suggestion')}".` : ''),
    'non-nfc-text': () =>
      'Decomposed Unicode (NFD): it displays right but searches and sorts wrong. Prefer precomposed (NFC).',
    'odd-letter': (d) =>
      d.kind === 'look-alike'
        ? `In "${str(d, 'word')}", ${str(d, 'letters')} only looks like a Vietnamese letter (a Cyrillic or Greek letter, or the Icelandic "Ð"): it reads right but no search, filter or list finds it. Retype it: "${str(d, 'meant')}".`
        : d.kind === 'stray'
          ? `"${str(d, 'word')}" holds a stray character ${str(d, 'letters')} (often from a PDF copy): retype it.`
          : `"${str(d, 'word')}" holds ${str(d, 'letters')}, a letter Vietnamese does not use` +
            (d.meant ? `; the document writes "${str(d, 'meant')}" elsewhere.` : ': retype it.'),
    'extra-whitespace': () => 'The cell has extra spaces at its start, end or between words.',
    'formula-like-text': (d) =>
      `The cell starts with "${str(d, 'first')}": Excel may take it for a formula when copied. The add-in always writes it literally.`,
    'duplicate-task': (d) =>
      d.otherLead === true
        ? `The ${itemEn(d)} has the text of row ${str(d, 'firstRow')} but another lead: if each body does its own part, nothing needs changing.`
        : `The ${itemEn(d)} repeats row ${str(d, 'firstRow')}.`,
    'registry-missing-name': (d) => `Sheet "${str(d, 'sheet')}": this row has no "Tên chuẩn"; skipped.`,
    'registry-invalid-date': (d) =>
      `Sheet "${str(d, 'sheet')}": the date "${str(d, 'text')}" of "${str(d, 'name')}" is unreadable or invalid; row skipped.`,
    'registry-unknown-successor': (d) =>
      `Sheet "${str(d, 'sheet')}": "${str(d, 'name')}" is replaced by "${str(d, 'successor')}", which is not in the registry; row skipped.`,
    'registry-duplicate-name': (d) =>
      `Sheet "${str(d, 'sheet')}": "${str(d, 'name')}" already appears on row ${str(d, 'firstRowNumber')}; row skipped.`,
    'registry-no-header': (d) =>
      `Sheet "${str(d, 'sheet')}": no "${str(d, 'expected')}" column; the sheet's registry is not used.`,
    'registry-invalid-short-name': (d) =>
      `Sheet "${str(d, 'sheet')}": the short name "${str(d, 'shortName')}" of "${str(d, 'name')}" cannot be an Excel sheet name (at most 31 characters, none of : \\ / ? * [ ]).`,
    'invalid-setting': (d) =>
      `Sheet "${str(d, 'sheet')}": ${SETTING_PROBLEMS_EN[str(d, 'problem')] ?? 'unusable row'} ("${str(d, 'item')}": "${str(d, 'value')}"); row ignored, the default applies.`,
    'other-table': (d) =>
      `Rows from here to row ${str(d, 'lastRow')} are another table (its column titles differ from the task table's): they are kept as they are, not checked, and not put in the agency lists.`,
    'tt-stored-as-number': (d) =>
      `This cell shows "${str(d, 'shown')}" because Excel turned "${str(d, 'meant')}" into a number when it was typed or pasted (the trailing zero is lost); read as "${str(d, 'meant')}". Enter it as text: type '${str(d, 'meant')} or format the TT column as Text.`,
    'continuation-row': (d) =>
      `This row has no TT and only part of a task: it was joined to task ${str(d, 'tt') || '(unnumbered)'} on row ${str(d, 'taskRow')}. If it is a task of its own, give it a TT and fill its columns.`,
    'missing-column': (d) => `The header row has no "${str(d, 'title')}" column.`,
    'duplicate-column': (d) =>
      `Two columns are titled "${str(d, 'title')}": column ${str(d, 'usedColumn')} is used, this one is kept as an extra column.`,
    'missing-plan-reference': (d) =>
      d.blank
        ? 'The "Kèm theo" line gives no document number (not numbered yet?). Fill in the number and date when it is issued: the per-agency lists copy this line.'
        : 'The rows above the header give no plan number and date (e.g. "Kèm theo Kế hoạch số 58/KH-UBND ngày 11/3/2024"). Checks that depend on the plan date will need it.',
    'missing-plan-date': (d) => `The plan number ${str(d, 'number')} is given without an issue date.`,
    'invalid-plan-date': (d) => `The plan's date does not exist: "${str(d, 'text')}".`,
  },
  errors: {
    'file-not-found': (d) => `File "${str(d, 'file')}" not found.`,
    'not-xlsx': (d) =>
      d.legacyXls
        ? `"${str(d, 'file')}" is an old Excel file (.xls). Open it in Excel and save it as .xlsx.`
        : `"${str(d, 'file')}" is not a readable Excel .xlsx file.`,
    encrypted: (d) => `"${str(d, 'file')}" is password-protected. Remove the password and try again.`,
    'too-large': (d) => {
      const where = d.sheet === undefined ? `File "${str(d, 'file')}"` : `Sheet "${str(d, 'sheet')}"`;
      switch (d.reason) {
        case 'merge':
          return `${where}: the merged area ${str(d, 'area')} covers ${str(d, 'cells')} cells, too many to read. Unmerge it (Home → Merge & Center) and try again.`;
        case 'merges':
          return `${where}: too many merged cells (${str(d, 'merges')} areas, ${str(d, 'cells')} cells). Unmerge those not needed and try again.`;
        case 'cells':
          return `${where}: the cells in use span ${str(d, 'rows')} rows × ${str(d, 'columns')} columns, too many to read. A stray cell far from the table (Ctrl+End finds it) may be the cause: delete it and try again.`;
        default:
          return `${where}: ${str(d, 'megabytes')} MB unpacked, too large to read safely.`;
      }
    },
    'no-sheets': (d) => `"${str(d, 'file')}" has no worksheets.`,
    'no-such-sheet': (d) => {
      const wanted = str(d, 'sheet');
      const available = str(d, 'available');
      return wanted
        ? `There is no sheet "${wanted}". Sheets in the file: ${available}.`
        : `No sheet looks like a task appendix. Sheets in the file: ${available}. Choose one with --sheet.`;
    },
    'wrong-kind': (d) =>
      `Sheet "${str(d, 'sheet')}" holds ${kindName(d, 'en')}, and the workbook has no task appendix: the lists by agency are drawn from the task appendix, with the delegations as a part of them. Add the task appendix to the workbook.`,
    'no-header': (d) =>
      `Sheet "${str(d, 'sheet')}": no header row found (rows ${str(d, 'firstRow')}–${str(d, 'lastRow')} tried). A header needs a "Nhiệm vụ" (task) column and at least two of: ${str(d, 'expected')}.` +
      (d.legacyEncoding
        ? ` The text seems to use the legacy ${d.legacyEncoding === 'vni' ? 'VNI' : 'TCVN3 (ABC)'} encoding: convert it to Unicode (e.g. Unikey's converter) and try again.`
        : ''),
  },
  severities: { error: 'error', warning: 'warning', info: 'info' },
  failures: {
    unexpected: (message) => `Unexpected error while working with the workbook: ${message}`,
    cellEditing:
      'Excel is editing a cell, so this could not run. Press Enter (or Esc) to finish editing, then try again.',
  },
};

const SETTING_PROBLEMS_EN: Record<string, string> = {
  'unknown-item': 'no such setting or rule',
  'bad-value': 'the value must be "off", "on" or a severity (Error, Warning, Info)',
  'bad-date': 'the plan date is unreadable (write dd/mm/yyyy)',
  'bad-province': 'the province is not recognised (write its name, e.g. "Đồng Nai", or "Trung ương")',
  'bad-period': 'the period is unreadable (write years, e.g. "2025" or "2026-2030")',
};

/** A column one whole section leaves blank (requiredField): noted once, at the section. */
/** What a row of the sheet is: a task, or a delegation on a delegations list (validate sets `item`). */
function itemEn(d: Record<string, unknown>): string {
  return d.item === 'delegations' ? 'delegation' : 'task';
}

function capitalised(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function blankSectionEn(d: Record<string, unknown>): string {
  const which =
    d.count === d.total
      ? `all ${str(d, 'count')} tasks leave`
      : `${str(d, 'count')} of ${str(d, 'total')} tasks (${str(d, 'tts')}) leave`;
  return `Section ${str(d, 'section')}: ${which} the ${fieldEn(d, 'field')} column blank, while the other sections fill it. It may be this section's way; please review.`;
}
