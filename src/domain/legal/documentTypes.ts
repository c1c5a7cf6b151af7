/**
 * Document types and their codes in document symbols ("số, ký hiệu"), from:
 * - Nghị định 30/2020/NĐ-CP, Phụ lục III (administrative documents: `217/KH-UBND`; Công văn has no code:
 *   `2810/SDL-VP`), plus older codes still cited (GN, TTh, UQ, NP, GT, TS);
 * - the law on legal normative documents (`58/2022/NĐ-CP`, `43/2022/TT-BTC`, `80/2015/QH13`);
 * - Party rules, Quy định 66-QĐ/TW and Hướng dẫn 36-HD/VPTW (`124-KH/TU`, `8145-CV/TU`).
 * Sources and caveats: ../shared/reference/domain.md §1–2. Codes compare case-insensitively (Ctr/CTr).
 */
export interface DocumentType {
  /** Name as written in Vietnamese ("Kế hoạch"). */
  name: string;
  /** Code in an administrative or normative symbol (KH, NĐ); undefined for Công văn and Công hàm. */
  code?: string;
  /** Code in a Party symbol, where it differs or exists only there. */
  partyCode?: string;
  /** Other Party codes the Party itself writes for the type ("Quy định số 144-QĐ/TW" of the Politburo). */
  otherPartyCodes?: readonly string[];
}

export const DOCUMENT_TYPES: readonly DocumentType[] = [
  { name: 'Nghị quyết', code: 'NQ', partyCode: 'NQ' },
  { name: 'Quyết định', code: 'QĐ', partyCode: 'QĐ' },
  { name: 'Chỉ thị', code: 'CT', partyCode: 'CT' },
  { name: 'Quy chế', code: 'QC', partyCode: 'QC' },
  // Hướng dẫn 36-HD/VPTW writes QĐi, yet the Politburo's own regulations read "Quy định số 144-QĐ/TW ngày
  // 9/5/2024", "Quy định số 66-QĐ/TW" (hoian.quangnam.gov.vn, congan.ninhbinh.gov.vn).
  { name: 'Quy định', code: 'QyĐ', partyCode: 'QĐi', otherPartyCodes: ['QĐ'] },
  { name: 'Thông cáo', code: 'TC' },
  { name: 'Thông báo', code: 'TB', partyCode: 'TB' },
  // A Party committee's conclusions are sent as a "Thông báo kết luận" (symbol TB), not a Kết luận (KL).
  { name: 'Thông báo kết luận', code: 'TB', partyCode: 'TB' },
  { name: 'Hướng dẫn', code: 'HD', partyCode: 'HD' },
  { name: 'Chương trình', code: 'CTr', partyCode: 'CTr' },
  { name: 'Kế hoạch', code: 'KH', partyCode: 'KH' },
  { name: 'Phương án', code: 'PA' },
  { name: 'Đề án', code: 'ĐA', partyCode: 'ĐA' },
  { name: 'Dự án', code: 'DA' },
  { name: 'Báo cáo', code: 'BC', partyCode: 'BC' },
  { name: 'Biên bản', code: 'BB', partyCode: 'BB' },
  { name: 'Tờ trình', code: 'TTr', partyCode: 'TTr' },
  { name: 'Hợp đồng', code: 'HĐ' },
  { name: 'Công điện', code: 'CĐ' },
  { name: 'Bản ghi nhớ', code: 'BGN' },
  { name: 'Bản thỏa thuận', code: 'BTT' },
  { name: 'Giấy ủy quyền', code: 'GUQ' },
  { name: 'Giấy mời', code: 'GM' },
  { name: 'Giấy giới thiệu', code: 'GGT' },
  { name: 'Giấy nghỉ phép', code: 'GNP' },
  { name: 'Phiếu gửi', code: 'PG' },
  { name: 'Phiếu chuyển', code: 'PC' },
  { name: 'Phiếu báo', code: 'PB' },
  { name: 'Kết luận', partyCode: 'KL' },
  { name: 'Thông tri', partyCode: 'TT' },
  { name: 'Nghị định', code: 'NĐ' },
  { name: 'Thông tư liên tịch', code: 'TTLT' },
  { name: 'Thông tư', code: 'TT' },
  { name: 'Nghị quyết liên tịch', code: 'NQLT' },
  { name: 'Pháp lệnh', code: 'PL' },
  { name: 'Luật', code: 'L' },
  { name: 'Công văn', partyCode: 'CV' },
  { name: 'Công hàm' },
];

/** Codes of administrative documents (no year in the symbol), including older ones still cited. */
export const ADMINISTRATIVE_CODES = new Set(
  [...DOCUMENT_TYPES.filter((t) => t.code && !isNormativeOnly(t.code)).map((t) => t.code as string)]
    .concat(['GN', 'TTh', 'UQ', 'NP', 'GT', 'TS', 'SY', 'TrS', 'SL'])
    .map(codeKey),
);

/** Codes of legal normative documents (a year in the symbol: N/YYYY/CODE-ISSUER). */
export const NORMATIVE_CODES = new Set(
  ['NĐ', 'TT', 'TTLT', 'QĐ', 'NQ', 'NQLT', 'CT', 'PL', 'L'].map(codeKey),
);

/** Normative types that always carry a year: a Nghị định or Thông tư without one is malformed. */
export const YEAR_REQUIRED_CODES = new Set(['NĐ', 'TT', 'TTLT', 'NQLT', 'PL', 'L'].map(codeKey));

/** Codes of Party documents (N-CODE/BODY). */
export const PARTY_CODES = new Set(
  DOCUMENT_TYPES.filter((t) => t.partyCode).map((t) => codeKey(t.partyCode as string)),
);

function isNormativeOnly(code: string): boolean {
  return ['NĐ', 'TT', 'TTLT', 'NQLT', 'PL', 'L'].includes(code);
}

/** Case-insensitive key of a code (Ctr = CTr, qđ = QĐ). */
export function codeKey(code: string): string {
  return code.normalize('NFC').toUpperCase();
}

const BY_NAME = new Map(DOCUMENT_TYPES.map((t) => [t.name.toLowerCase(), t]));

/** The document type named by a word such as "Kế hoạch" (any case). */
export function documentTypeByName(name: string): DocumentType | undefined {
  return BY_NAME.get(name.normalize('NFC').toLowerCase());
}

/** The document type whose administrative/normative (or, for Party symbols, Party) code this is. */
export function documentTypeByCode(code: string, party: boolean): DocumentType | undefined {
  const key = codeKey(code);
  return DOCUMENT_TYPES.find((t) => codeKey((party ? t.partyCode : t.code) ?? '') === key);
}

/** Names longest first, for matching the word before a symbol ("Thông tư liên tịch" before "Thông tư"). */
export const TYPE_NAMES_LONGEST_FIRST = DOCUMENT_TYPES.map((t) => t.name).sort((a, b) => b.length - a.length);
