/**
 * The province-level units: 63 until 30/6/2025, 34 from 1/7/2025. A name that survived a merger keeps one
 * entry without dates; a province that ended points at the unit it went into. Sources in
 * docs/registry-sources.md.
 */
import type { Province } from '../schema';
import { province } from './entry';

// Nghị quyết 202/2025/QH15 (12/6/2025) on the arrangement of province-level units, in force 1/7/2025.
const LAST_DAY = '2025-06-30';
const into = (successor: string): Pick<Province, 'validTo' | 'successors'> => ({
  validTo: LAST_DAY,
  successors: [successor],
});

// Unchanged by Nghị quyết 202/2025/QH15 (11). Thừa Thiên Huế became the centrally-run city of Huế on
// 1/1/2025 (Nghị quyết 175/2024/QH15, 30/11/2024). Quảng Ninh became a centrally-run city on 1/9/2026
// (Nghị quyết 36/2026/QH16, as cited by two independent secondary sources; the text itself was not read):
// the level is today's, with the day it changed (`cityFrom`; a 'tỉnh' before).
const UNCHANGED: readonly Province[] = [
  province('ha-noi', 'Hà Nội', 'thành phố', { aliases: ['Thủ đô Hà Nội'] }),
  province('thua-thien-hue', 'Thừa Thiên Huế', 'tỉnh', {
    aliases: ['Thừa Thiên - Huế', 'TT-Huế', 'TTHuế'],
    validTo: '2024-12-31',
    successors: ['hue'],
  }),
  province('hue', 'Huế', 'thành phố', { validFrom: '2025-01-01' }),
  province('lai-chau', 'Lai Châu', 'tỉnh'),
  province('dien-bien', 'Điện Biên', 'tỉnh'),
  province('son-la', 'Sơn La', 'tỉnh'),
  province('lang-son', 'Lạng Sơn', 'tỉnh'),
  province('quang-ninh', 'Quảng Ninh', 'thành phố', { cityFrom: '2026-09-01' }),
  province('thanh-hoa', 'Thanh Hóa', 'tỉnh'),
  province('nghe-an', 'Nghệ An', 'tỉnh'),
  province('ha-tinh', 'Hà Tĩnh', 'tỉnh'),
  province('cao-bang', 'Cao Bằng', 'tỉnh'),
];

// The 23 units formed by Nghị quyết 202/2025/QH15, each under the name of one of its members (which keeps
// its entry), followed by the members that ended. Đồng Nai became a centrally-run city on 30/4/2026
// (Nghị quyết 30/2026/QH16, as cited by secondary sources). Bắc Ninh was listed as a city by one
// secondary source in October 2026, which could not be confirmed: it stays 'tỉnh'.
const MERGED: readonly Province[] = [
  province('tuyen-quang', 'Tuyên Quang', 'tỉnh'),
  province('ha-giang', 'Hà Giang', 'tỉnh', into('tuyen-quang')),
  province('lao-cai', 'Lào Cai', 'tỉnh'),
  province('yen-bai', 'Yên Bái', 'tỉnh', into('lao-cai')),
  province('thai-nguyen', 'Thái Nguyên', 'tỉnh'),
  province('bac-kan', 'Bắc Kạn', 'tỉnh', { aliases: ['Bắc Cạn'], ...into('thai-nguyen') }),
  province('phu-tho', 'Phú Thọ', 'tỉnh'),
  province('vinh-phuc', 'Vĩnh Phúc', 'tỉnh', into('phu-tho')),
  province('hoa-binh', 'Hòa Bình', 'tỉnh', into('phu-tho')),
  province('bac-ninh', 'Bắc Ninh', 'tỉnh'),
  province('bac-giang', 'Bắc Giang', 'tỉnh', into('bac-ninh')),
  province('hung-yen', 'Hưng Yên', 'tỉnh'),
  province('thai-binh', 'Thái Bình', 'tỉnh', into('hung-yen')),
  province('hai-phong', 'Hải Phòng', 'thành phố'),
  province('hai-duong', 'Hải Dương', 'tỉnh', into('hai-phong')),
  province('ninh-binh', 'Ninh Bình', 'tỉnh'),
  province('ha-nam', 'Hà Nam', 'tỉnh', into('ninh-binh')),
  province('nam-dinh', 'Nam Định', 'tỉnh', into('ninh-binh')),
  province('quang-tri', 'Quảng Trị', 'tỉnh'),
  province('quang-binh', 'Quảng Bình', 'tỉnh', into('quang-tri')),
  province('da-nang', 'Đà Nẵng', 'thành phố'),
  province('quang-nam', 'Quảng Nam', 'tỉnh', into('da-nang')),
  province('quang-ngai', 'Quảng Ngãi', 'tỉnh'),
  province('kon-tum', 'Kon Tum', 'tỉnh', { aliases: ['Kontum'], ...into('quang-ngai') }),
  province('gia-lai', 'Gia Lai', 'tỉnh'),
  province('binh-dinh', 'Bình Định', 'tỉnh', into('gia-lai')),
  province('khanh-hoa', 'Khánh Hòa', 'tỉnh'),
  province('ninh-thuan', 'Ninh Thuận', 'tỉnh', into('khanh-hoa')),
  province('lam-dong', 'Lâm Đồng', 'tỉnh'),
  province('dak-nong', 'Đắk Nông', 'tỉnh', { aliases: ['Đắc Nông'], ...into('lam-dong') }),
  province('binh-thuan', 'Bình Thuận', 'tỉnh', into('lam-dong')),
  province('dak-lak', 'Đắk Lắk', 'tỉnh', { aliases: ['Đắc Lắc'] }),
  province('phu-yen', 'Phú Yên', 'tỉnh', into('dak-lak')),
  province('ho-chi-minh', 'Hồ Chí Minh', 'thành phố', {
    aliases: ['TP.HCM', 'TPHCM'],
  }),
  province('binh-duong', 'Bình Dương', 'tỉnh', into('ho-chi-minh')),
  province('ba-ria-vung-tau', 'Bà Rịa - Vũng Tàu', 'tỉnh', {
    aliases: ['Bà Rịa Vũng Tàu', 'BR-VT', 'BRVT'],
    ...into('ho-chi-minh'),
  }),
  province('dong-nai', 'Đồng Nai', 'thành phố', { cityFrom: '2026-04-30' }),
  province('binh-phuoc', 'Bình Phước', 'tỉnh', into('dong-nai')),
  province('tay-ninh', 'Tây Ninh', 'tỉnh'),
  province('long-an', 'Long An', 'tỉnh', into('tay-ninh')),
  province('can-tho', 'Cần Thơ', 'thành phố'),
  province('soc-trang', 'Sóc Trăng', 'tỉnh', into('can-tho')),
  province('hau-giang', 'Hậu Giang', 'tỉnh', into('can-tho')),
  province('vinh-long', 'Vĩnh Long', 'tỉnh'),
  province('ben-tre', 'Bến Tre', 'tỉnh', into('vinh-long')),
  province('tra-vinh', 'Trà Vinh', 'tỉnh', into('vinh-long')),
  province('dong-thap', 'Đồng Tháp', 'tỉnh'),
  province('tien-giang', 'Tiền Giang', 'tỉnh', into('dong-thap')),
  province('ca-mau', 'Cà Mau', 'tỉnh'),
  province('bac-lieu', 'Bạc Liêu', 'tỉnh', into('ca-mau')),
  province('an-giang', 'An Giang', 'tỉnh'),
  province('kien-giang', 'Kiên Giang', 'tỉnh', into('an-giang')),
];

/** The province-level units, past and present. */
export const PROVINCES: readonly Province[] = [...UNCHANGED, ...MERGED];
