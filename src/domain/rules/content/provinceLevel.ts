import type { AgencyToken } from '../../agencies/agencyKey';
import { tokenizeAgencyText } from '../../agencies/agencyKey';
import { levelAt, levelWordAt, provinceAt } from '../../agencies/provinceNames';
import type { Province } from '../../agencies/schema';
import { atCell } from '../fieldCells';
import type { Rule } from '../types';
import { eachAgencyCell } from './agencyCells';

/**
 * A list of provinces under one level word that does not fit some of them: "UBND thành phố Hà Nội, Thành
 * phố Hồ Chí Minh, Hòa Bình, Cần Thơ, Lâm Đồng" (175/NQ-CP 2023) puts the provinces Hòa Bình and Lâm Đồng
 * under "thành phố". The list's first item must itself be a province at its right level ("thành phố Hà
 * Nội"), so the items are provinces: a city of the same name as its province ("thành phố Hòa Bình") is not
 * taken for one. An item with its own level word is held to it.
 */
export const provinceLevel: Rule = {
  meta: {
    code: 'province-level',
    severity: 'warning',
    title: { vi: 'Tỉnh, thành phố ghi sai cấp', en: 'Province named at the wrong level' },
    columns: ['lead', 'partners'],
  },
  check: (input) => {
    // Lead cells repeat ("UBND tỉnh", "Sở Nội vụ"): each distinct text is read once.
    const seen = new Map<string, ProvinceLevelSlip[]>();
    const slipsOf = (text: string) => {
      let slips = seen.get(text);
      if (!slips) seen.set(text, (slips = provinceLevelSlips(text, input.planDate)));
      return slips;
    };
    return eachAgencyCell(input, (cell, field) => {
      // One finding per cell and kind of slip: "Hòa Bình, Lâm Đồng là tỉnh, không phải thành phố".
      const byKind = new Map<string, ProvinceLevelSlip[]>();
      for (const slip of slipsOf(cell.text)) {
        const kind = `${slip.province.level}>${slip.written}`;
        byKind.set(kind, [...(byKind.get(kind) ?? []), slip]);
      }
      return [...byKind.values()].map((slips) => ({
        ...atCell(cell),
        data: {
          field,
          province: slips.map((slip) => slip.province.name).join(', '),
          level: slips[0]?.level ?? '',
          written: slips[0]?.written ?? '',
        },
      }));
    });
  },
};

export interface ProvinceLevelSlip {
  province: Province;
  /** Its level on the plan's day. */
  level: Province['level'];
  /** The level word the cell gives it. */
  written: Province['level'];
}

/** The provinces of a cell's lists written under a level word they did not have on the plan's day. */
export function provinceLevelSlips(text: string, planDate: string | null): ProvinceLevelSlip[] {
  // A level word, a name, then a comma: the shape of a list of provinces (most lead cells have none).
  if (!/(?:t[ỉi]nh|th[àa]nh ph[ốo]|TP\.?)\s+[^,;\n]{2,40},/iu.test(text)) return [];
  const tokens = tokenizeAgencyText(text);
  const slips: ProvinceLevelSlip[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const levelWord = levelWordAt(tokens, i);
    if (!levelWord) continue;
    const head = provinceAt(tokens, levelWord.end);
    const level = levelWord.level;
    if (!head || levelAt(head.province, planDate) !== level) continue;
    // The head names a province at its level: the comma items after it are provinces too.
    let at = head.end;
    while (tokens[at]?.separator === 'comma') {
      const own = levelWordAt(tokens, at + 1);
      const item = provinceAt(tokens, own?.end ?? at + 1);
      if (!item || !endsItem(tokens, item.end)) break;
      const written = own?.level ?? level;
      const actual = levelAt(item.province, planDate);
      if (actual && actual !== written) slips.push({ province: item.province, level: actual, written });
      at = item.end;
    }
    i = at;
  }
  return slips;
}

/** An item ends at a separator or the end of the cell ("Cần Thơ, …", not "Cần Thơ mới"). */
function endsItem(tokens: readonly AgencyToken[], i: number): boolean {
  const next = tokens[i];
  return next === undefined || next.separator !== undefined;
}
