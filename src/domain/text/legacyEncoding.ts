import { TCVN3_TO_UNICODE } from './tcvn3Table';
import { VNI_TO_UNICODE } from './vniTable';

/**
 * Detection and conversion of Vietnamese text typed in the legacy TCVN3 (ABC, ".Vn*" fonts) or VNI ("VNI-*"
 * fonts) encodings and pasted into Excel, where it shows as mojibake: "KÕ ho¹ch thùc hiÖn" (TCVN3) or
 * "Keá hoaïch thöïc hieän" (VNI). Markers from ../shared/reference/domain.md §3 (tables checked against
 * https://dothanhlong.org/unicode-va-ma-hoa-ky-tu-cu-cua-viet-nam/); the conversion tables, and where they
 * come from, are in tcvn3Table.ts and vniTable.ts.
 */
export type LegacyEncoding = 'tcvn3' | 'vni';

// Characters only TCVN3 produces (đ â ê ô ơ ư ă and the tones of a); VNI never does. TCVN3 also produces
// ñ, Ö, å …, which VNI uses too, so those decide nothing on their own.
const TCVN3_MARKERS = /[®©ª«¬\u00ad¸µ¶·¹¨§¡¢£¤¥¦]/gu;
// VNI writes a base vowel (or ơ, which is ô) followed by a tone or hat byte of the same case ("UÛy",
// "HOAÏCH", "Thôøi"); đ is ñ and ư is ö.
const VNI_MARKERS = /[aeiouyô][ùøûõïâêåäëæ]|[AEIOUYÔ][ÙØÛÕÏÂÊÅÄËÆ]|[ñöÑÖ]/gu;
// Characters Unicode Vietnamese never uses (VNI's đ ư and tone bytes ñ ö ø ï û …, TCVN3's ® ¸ ¹ …).
const ANY_MARKER = /[®©ª«¬\u00ad¸µ¶·¹¨§¡¢£¤¥¦ñöøïûåäëæÑÖØÏÛÅÄËÆ]/u;
const UNICODE_VIETNAMESE = /[\u1ea0-\u1ef9ăđơưĂĐƠƯ]/gu;

/**
 * The legacy encoding the text appears to be in, or undefined for Unicode (or too little text to tell).
 * @example detectLegacyEncoding('KÕ ho¹ch thùc hiÖn QuyÕt ®Þnh') === 'tcvn3'
 * @example detectLegacyEncoding('Keá hoaïch thöïc hieän') === 'vni'
 */
export function detectLegacyEncoding(text: string): LegacyEncoding | undefined {
  // Most cells are plain Unicode: one scan that stops at the first marker rules them out cheaply.
  if (!ANY_MARKER.test(text)) return undefined;
  const unicode = count(text, UNICODE_VIETNAMESE);
  const tcvn3 = count(text, TCVN3_MARKERS);
  const vni = count(text, VNI_MARKERS);
  if (tcvn3 >= 2 && tcvn3 > unicode) return 'tcvn3';
  if (vni >= 3 && vni > unicode) return 'vni';
  return undefined;
}

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

const TCVN3 = new Map(TCVN3_TO_UNICODE);

/**
 * The Unicode text a TCVN3 cell was meant to be.
 * @example convertTcvn3('KÕ ho¹ch thùc hiÖn') === 'Kế hoạch thực hiện'
 */
export function convertTcvn3(text: string): string {
  let out = '';
  for (const ch of text) out += TCVN3.get(ch) ?? ch;
  return out.normalize('NFC');
}

const VNI = new Map(VNI_TO_UNICODE);

/**
 * The Unicode text a VNI cell was meant to be. A letter takes one or two characters, so each position tries
 * the pair first: "ô" alone is ơ, but "oâ" is ô and "ôù" is ớ. Replacing single characters first is the
 * bug that breaks ơ and ư with a tone ("thöïc" → "thưïc") in the vietnamese-conversion package.
 * @example convertVni('Keá hoaïch thöïc hieän') === 'Kế hoạch thực hiện'
 * @example convertVni('UÛY BAN NHAÂN DAÂN TÆNH') === 'ỦY BAN NHÂN DÂN TỈNH'
 */
export function convertVni(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const pair = VNI.get(text.slice(i, i + 2));
    if (pair !== undefined) {
      out += pair;
      i += 2;
    } else {
      // Every VNI character is in the BMP, so a lone surrogate half here is passed through untouched.
      const ch = text.charAt(i);
      out += VNI.get(ch) ?? ch;
      i += 1;
    }
  }
  return out.normalize('NFC');
}

const CONVERTERS: Readonly<Record<LegacyEncoding, (text: string) => string>> = {
  tcvn3: convertTcvn3,
  vni: convertVni,
};

/**
 * The Unicode text a cell in the given legacy encoding was meant to be.
 * @example convertLegacy('Keá hoaïch', 'vni') === 'Kế hoạch'
 * @example convertLegacy('NhiÖm vô', 'tcvn3') === 'Nhiệm vụ'
 */
export function convertLegacy(text: string, encoding: LegacyEncoding): string {
  return CONVERTERS[encoding](text);
}
