/**
 * The default registry: a province's agencies as 2024 plans name them, and what the 2025 reorganisation
 * made of them (domain.md §4). The district entries are those of Bà Rịa - Vũng Tàu, the province of the
 * project's real appendix (Kế hoạch 58/KH-UBND of 11/3/2024); another province lists its own in the
 * workbook sheet "Danh mục cơ quan" (readRegistrySheet), which also overrides any default below.
 *
 * Names are generic ("… tỉnh") because a plan names its own province's bodies that way.
 */
import type { AgencyEntry, AgencyKind } from './schema';

type Extra = Partial<Pick<AgencyEntry, 'aliases' | 'validFrom' | 'validTo' | 'successors' | 'vague'>>;

function agency(
  id: string,
  name: string,
  shortName: string,
  kind: AgencyKind,
  extra: Extra = {},
): AgencyEntry {
  return { id, name, shortName, kind, aliases: [], ...extra };
}

// Departments merged from 1/3/2025 under Nghị định 45/2025/NĐ-CP (domain.md §4.1; e.g. Hà Tĩnh:
// https://news.laodong.vn/thoi-su/cac-so-o-ha-tinh-sau-hop-nhat-chinh-thuc-hoat-dong-tu-132025-1462890.ldo).
const DEPARTMENTS_LAST_DAY = '2025-02-28';
const DEPARTMENTS_FIRST_DAY = '2025-03-01';
// District level ended on 1/7/2025 (NQ 203/2025/QH15, domain.md §4.2).
const DISTRICTS_LAST_DAY = '2025-06-30';
const COMMUNES_FIRST_DAY = '2025-07-01';
const COMMUNE_LEVEL = 'ubnd-cac-xa-phuong-dac-khu';

const mergedInto = (...successors: string[]): Extra => ({ validTo: DEPARTMENTS_LAST_DAY, successors });
const createdByMerger: Extra = { validFrom: DEPARTMENTS_FIRST_DAY };

/**
 * A district's people's committee, ended with the district level. Its successor is the commune-level
 * collective: a district's territory went to several communes and wards, and which ones is a provincial
 * fact the officer can record in the registry sheet.
 */
function district(
  id: string,
  level: 'huyện' | 'thị xã' | 'thành phố',
  place: string,
  extra: Extra = {},
): AgencyEntry {
  const abbreviated = { huyện: 'huyện', 'thị xã': 'TX.', 'thành phố': 'TP.' }[level];
  return agency(id, `Ủy ban nhân dân ${level} ${place}`, `UBND ${level} ${place}`, 'people-committee', {
    aliases: [`UBND ${abbreviated} ${place}`, `${level} ${place}`],
    validTo: DISTRICTS_LAST_DAY,
    successors: [COMMUNE_LEVEL],
    ...extra,
  });
}

const PROVINCE: readonly AgencyEntry[] = [
  agency('ubnd-tinh', 'Ủy ban nhân dân tỉnh', 'UBND tỉnh', 'people-committee'),
  // The elected council has no kind of its own; it sits with the people's committee.
  agency('hdnd-tinh', 'Hội đồng nhân dân tỉnh', 'HĐND tỉnh', 'people-committee', {
    aliases: ['Thường trực HĐND tỉnh'],
  }),
  agency('van-phong-ubnd-tinh', 'Văn phòng Ủy ban nhân dân tỉnh', 'VP UBND tỉnh', 'office'),
  agency(
    'van-phong-doan-dbqh-hdnd-tinh',
    'Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh',
    'VP Đoàn ĐBQH và HĐND tỉnh',
    'office',
    { aliases: ['Văn phòng Đoàn ĐBQH và HĐND tỉnh', 'VP Đoàn ĐBQH và HĐND tỉnh'] },
  ),
  agency('thanh-tra-tinh', 'Thanh tra tỉnh', 'Thanh tra tỉnh', 'department'),
];

const DEPARTMENTS: readonly AgencyEntry[] = [
  // Sở Ngoại vụ is optional under Nghị định 45/2025; provinces merged it into the Văn phòng UBND (Đồng Nai)
  // or kept it (Lạng Sơn, Nghệ An) — guidance 24/CV-BCĐTKNQ18, domain.md §4.1. Merged is the default; a
  // province that kept it adds a "Sở Ngoại vụ" row without an end date to its registry sheet.
  agency('so-ngoai-vu', 'Sở Ngoại vụ', 'Sở Ngoại vụ', 'department', mergedInto('van-phong-ubnd-tinh')),
  agency('so-noi-vu', 'Sở Nội vụ', 'Sở Nội vụ', 'department'),
  agency('so-tu-phap', 'Sở Tư pháp', 'Sở Tư pháp', 'department'),
  agency('so-tai-chinh', 'Sở Tài chính', 'Sở Tài chính', 'department'),
  agency('so-ke-hoach-dau-tu', 'Sở Kế hoạch và Đầu tư', 'Sở KH&ĐT', 'department', {
    aliases: ['Sở KHĐT', 'Sở Kế hoạch Đầu tư'],
    ...mergedInto('so-tai-chinh'),
  }),
  agency('so-cong-thuong', 'Sở Công Thương', 'Sở Công Thương', 'department'),
  agency('so-nong-nghiep-ptnt', 'Sở Nông nghiệp và Phát triển nông thôn', 'Sở NN&PTNT', 'department', {
    aliases: ['Sở NNPTNT', 'Sở Nông nghiệp - PTNT', 'Sở Nông nghiệp Phát triển nông thôn'],
    ...mergedInto('so-nong-nghiep-moi-truong'),
  }),
  agency('so-tai-nguyen-moi-truong', 'Sở Tài nguyên và Môi trường', 'Sở TN&MT', 'department', {
    aliases: ['Sở TNMT', 'Sở Tài nguyên Môi trường'],
    ...mergedInto('so-nong-nghiep-moi-truong'),
  }),
  agency('so-nong-nghiep-moi-truong', 'Sở Nông nghiệp và Môi trường', 'Sở NN&MT', 'department', {
    aliases: ['Sở NNMT', 'Sở Nông nghiệp Môi trường'],
    ...createdByMerger,
  }),
  agency('so-giao-thong-van-tai', 'Sở Giao thông vận tải', 'Sở GTVT', 'department', {
    aliases: ['Sở Giao thông - Vận tải'],
    ...mergedInto('so-xay-dung'),
  }),
  agency('so-xay-dung', 'Sở Xây dựng', 'Sở Xây dựng', 'department'),
  // Báo chí and xuất bản went to Sở VHTTDL and an toàn thông tin mạng to Công an (domain.md §4.1); a
  // task is carried on by the department that took the rest.
  agency('so-thong-tin-truyen-thong', 'Sở Thông tin và Truyền thông', 'Sở TT&TT', 'department', {
    aliases: ['Sở TTTT', 'Sở Thông tin truyền thông'],
    ...mergedInto('so-khoa-hoc-cong-nghe'),
  }),
  agency('so-khoa-hoc-cong-nghe', 'Sở Khoa học và Công nghệ', 'Sở KH&CN', 'department', {
    aliases: ['Sở KHCN', 'Sở Khoa học Công nghệ'],
  }),
  agency('so-lao-dong-tbxh', 'Sở Lao động - Thương binh và Xã hội', 'Sở LĐ-TB&XH', 'department', {
    aliases: ['Sở LĐTBXH', 'Sở Lao động Thương binh và Xã hội'],
    ...mergedInto('so-noi-vu'),
  }),
  agency('so-du-lich', 'Sở Du lịch', 'Sở Du lịch', 'department', mergedInto('so-van-hoa-the-thao-du-lich')),
  agency('so-van-hoa-the-thao', 'Sở Văn hóa và Thể thao', 'Sở VH&TT', 'department', {
    aliases: ['Sở VHTT'],
    ...mergedInto('so-van-hoa-the-thao-du-lich'),
  }),
  agency('so-van-hoa-the-thao-du-lich', 'Sở Văn hóa, Thể thao và Du lịch', 'Sở VHTTDL', 'department', {
    aliases: ['Sở VH,TT&DL', 'Sở Văn hóa Thể thao và Du lịch'],
    ...createdByMerger,
  }),
  agency('so-giao-duc-dao-tao', 'Sở Giáo dục và Đào tạo', 'Sở GD&ĐT', 'department', {
    aliases: ['Sở GDĐT', 'Sở Giáo dục Đào tạo'],
  }),
  agency('so-y-te', 'Sở Y tế', 'Sở Y tế', 'department'),
  // Ban Dân tộc and the Ban Tôn giáo of Sở Nội vụ became Sở Dân tộc và Tôn giáo where one was created
  // (domain.md §4.1); elsewhere the officer points them at Sở Nội vụ in the registry sheet.
  agency('ban-dan-toc', 'Ban Dân tộc', 'Ban Dân tộc', 'board', mergedInto('so-dan-toc-ton-giao')),
  agency('ban-ton-giao', 'Ban Tôn giáo', 'Ban Tôn giáo', 'board', {
    aliases: ['Ban Tôn giáo Sở Nội vụ'],
    ...mergedInto('so-dan-toc-ton-giao'),
  }),
  agency('so-dan-toc-ton-giao', 'Sở Dân tộc và Tôn giáo', 'Sở DT&TG', 'department', createdByMerger),
  agency('ban-quan-ly-cac-kcn', 'Ban Quản lý các khu công nghiệp', 'BQL các KCN', 'board'),
];

// The Party side merged too (domain.md §4.1: Ban Tuyên giáo + Ban Dân vận), but on dates that differ by
// province and are not recorded in domain.md, so no end dates are assumed here; the sheet can add them.
const PARTY: readonly AgencyEntry[] = [
  agency('tinh-uy', 'Tỉnh ủy', 'Tỉnh ủy', 'party'),
  agency('van-phong-tinh-uy', 'Văn phòng Tỉnh ủy', 'VP Tỉnh ủy', 'party'),
  agency('ban-to-chuc-tinh-uy', 'Ban Tổ chức Tỉnh ủy', 'Ban Tổ chức Tỉnh ủy', 'party'),
  agency('ban-tuyen-giao-tinh-uy', 'Ban Tuyên giáo Tỉnh ủy', 'Ban Tuyên giáo Tỉnh ủy', 'party', {
    successors: ['ban-tuyen-giao-dan-van-tinh-uy'],
  }),
  agency('ban-dan-van-tinh-uy', 'Ban Dân vận Tỉnh ủy', 'Ban Dân vận Tỉnh ủy', 'party', {
    successors: ['ban-tuyen-giao-dan-van-tinh-uy'],
  }),
  agency('ban-tuyen-giao-dan-van-tinh-uy', 'Ban Tuyên giáo và Dân vận Tỉnh ủy', 'Ban TG&DV Tỉnh ủy', 'party'),
];

const MASS_ORGANISATIONS: readonly AgencyEntry[] = [
  agency(
    'uy-ban-mttq-tinh',
    'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh',
    'UBMTTQ Việt Nam tỉnh',
    'mass-organisation',
    {
      aliases: ['Ủy ban MTTQ Việt Nam tỉnh', 'Ủy ban MTTQVN tỉnh', 'UBMTTQVN tỉnh', 'Mặt trận Tổ quốc tỉnh'],
    },
  ),
  agency(
    'lien-hiep-cac-to-chuc-huu-nghi',
    'Liên hiệp các tổ chức hữu nghị tỉnh',
    'LHCTCHN tỉnh',
    'mass-organisation',
  ),
  agency('hoi-lien-hiep-phu-nu', 'Hội Liên hiệp Phụ nữ tỉnh', 'Hội LHPN tỉnh', 'mass-organisation'),
  agency('tinh-doan', 'Tỉnh đoàn', 'Tỉnh đoàn', 'mass-organisation', {
    aliases: ['Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh', 'Đoàn TNCS Hồ Chí Minh tỉnh'],
  }),
  agency('hoi-nong-dan', 'Hội Nông dân tỉnh', 'Hội Nông dân tỉnh', 'mass-organisation'),
  agency('hoi-cuu-chien-binh', 'Hội Cựu chiến binh tỉnh', 'Hội CCB tỉnh', 'mass-organisation'),
  agency('lien-doan-lao-dong', 'Liên đoàn Lao động tỉnh', 'LĐLĐ tỉnh', 'mass-organisation'),
  agency('hoi-chu-thap-do', 'Hội Chữ thập đỏ tỉnh', 'Hội Chữ thập đỏ tỉnh', 'mass-organisation'),
  agency(
    'lien-hiep-cac-hoi-khkt',
    'Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh',
    'Liên hiệp các Hội KH&KT tỉnh',
    'mass-organisation',
  ),
  agency('hoi-nha-bao', 'Hội Nhà báo tỉnh', 'Hội Nhà báo tỉnh', 'mass-organisation'),
];

const ARMED_FORCES: readonly AgencyEntry[] = [
  agency('cong-an-tinh', 'Công an tỉnh', 'Công an tỉnh', 'armed-forces'),
  agency('bo-chi-huy-quan-su-tinh', 'Bộ Chỉ huy Quân sự tỉnh', 'Bộ CHQS tỉnh', 'armed-forces', {
    aliases: ['BCH Quân sự tỉnh', 'BCHQS tỉnh'],
  }),
  agency('bo-chi-huy-bien-phong-tinh', 'Bộ Chỉ huy Bộ đội Biên phòng tỉnh', 'BĐBP tỉnh', 'armed-forces', {
    aliases: ['Bộ Chỉ huy BĐBP tỉnh', 'Bộ đội Biên phòng tỉnh', 'BCH BĐBP tỉnh'],
  }),
];

const PUBLIC_SERVICE_UNITS: readonly AgencyEntry[] = [
  agency(
    'dai-phat-thanh-truyen-hinh',
    'Đài Phát thanh và Truyền hình tỉnh',
    'Đài PT-TH tỉnh',
    'public-service-unit',
    {
      aliases: ['Đài PTTH tỉnh'],
    },
  ),
  // One agency despite its comma; named as the province's own plan writes it (Kế hoạch 58, cell C13).
  agency(
    'trung-tam-xuc-tien-dau-tu-thuong-mai-du-lich',
    'Trung tâm xúc tiến đầu tư, thương mại du lịch tỉnh',
    'TT Xúc tiến ĐT, TM, DL tỉnh',
    'public-service-unit',
    {
      aliases: [
        'Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh',
        'Trung tâm Xúc tiến Đầu tư - Thương mại - Du lịch tỉnh',
        'Trung tâm xúc tiến đầu tư thương mại du lịch tỉnh',
      ],
    },
  ),
  agency(
    'truong-cao-dang-su-pham',
    'Trường Cao đẳng Sư phạm tỉnh',
    'Trường CĐSP tỉnh',
    'public-service-unit',
  ),
];

// Bà Rịa - Vũng Tàu's districts in 2024. Long Điền and Đất Đỏ became huyện Long Đất on 1/1/2025
// (NQ 1256/NQ-UBTVQH15; https://cafef.vn/ba-ria-vung-tau-sap-nhap-lai-2-huyen-sau-hon-20-nam-chia-tach-188241123171339545.chn);
// Côn Đảo became đặc khu Côn Đảo on 1/7/2025
// (https://nld.com.vn/con-dao-dac-khu-duy-nhat-cua-tp-hcm-co-gi-dac-biet-196250706222312377.htm).
const DISTRICTS: readonly AgencyEntry[] = [
  district('ubnd-tp-vung-tau', 'thành phố', 'Vũng Tàu'),
  district('ubnd-tp-ba-ria', 'thành phố', 'Bà Rịa'),
  district('ubnd-tx-phu-my', 'thị xã', 'Phú Mỹ'),
  district('ubnd-huyen-chau-duc', 'huyện', 'Châu Đức'),
  district('ubnd-huyen-xuyen-moc', 'huyện', 'Xuyên Mộc'),
  district('ubnd-huyen-long-dien', 'huyện', 'Long Điền', {
    validTo: '2024-12-31',
    successors: ['ubnd-huyen-long-dat'],
  }),
  district('ubnd-huyen-dat-do', 'huyện', 'Đất Đỏ', {
    validTo: '2024-12-31',
    successors: ['ubnd-huyen-long-dat'],
  }),
  district('ubnd-huyen-long-dat', 'huyện', 'Long Đất', { validFrom: '2025-01-01' }),
  district('ubnd-huyen-con-dao', 'huyện', 'Côn Đảo', { successors: ['ubnd-dac-khu-con-dao'] }),
  agency(
    'ubnd-dac-khu-con-dao',
    'Ủy ban nhân dân đặc khu Côn Đảo',
    'UBND đặc khu Côn Đảo',
    'people-committee',
    {
      validFrom: COMMUNES_FIRST_DAY,
    },
  ),
];

const COLLECTIVES: readonly AgencyEntry[] = [
  agency('cac-so-ban-nganh', 'Các sở, ban, ngành', 'Các sở, ban, ngành', 'collective', {
    aliases: ['các sở, ngành', 'các sở ban ngành'],
  }),
  agency(
    'cac-so-ban-nganh-dia-phuong',
    'Các sở, ban, ngành, địa phương',
    'Sở, ban, ngành, địa phương',
    'collective',
    {
      aliases: ['các sở, ngành, địa phương'],
    },
  ),
  agency(
    'ubnd-cac-huyen-thi-xa-thanh-pho',
    'Ủy ban nhân dân các huyện, thị xã, thành phố',
    'UBND cấp huyện',
    'collective',
    {
      aliases: [
        'UBND các huyện, thị xã, thành phố',
        'UBND các huyện, thị xã, thành phố thuộc tỉnh',
        'UBND các huyện, thành phố',
        'UBND các huyện, thị, thành phố',
      ],
      validTo: DISTRICTS_LAST_DAY,
      successors: [COMMUNE_LEVEL],
    },
  ),
  agency(
    'ubnd-cac-xa-phuong-thi-tran',
    'Ủy ban nhân dân các xã, phường, thị trấn',
    'UBND các xã, phường, TT',
    'collective',
    {
      aliases: ['UBND các xã, phường, thị trấn'],
      validTo: DISTRICTS_LAST_DAY,
      successors: [COMMUNE_LEVEL],
    },
  ),
  agency(COMMUNE_LEVEL, 'Ủy ban nhân dân các xã, phường, đặc khu', 'UBND cấp xã', 'collective', {
    aliases: ['UBND các xã, phường, đặc khu', 'UBND các xã, phường'],
    validFrom: COMMUNES_FIRST_DAY,
  }),
  agency('cac-co-quan-co-lien-quan', 'Các cơ quan có liên quan', 'Các cơ quan liên quan', 'collective', {
    aliases: [
      'các cơ quan liên quan',
      'các cơ quan, đơn vị liên quan',
      'các cơ quan, đơn vị có liên quan',
      'các sở, ngành liên quan',
      'các sở, ban, ngành liên quan',
      'các ngành liên quan',
    ],
    vague: true,
  }),
  agency('cac-don-vi-co-lien-quan', 'Các đơn vị có liên quan', 'Các đơn vị liên quan', 'collective', {
    aliases: ['các đơn vị liên quan'],
    vague: true,
  }),
  // "Các cơ quan được giao chủ trì tham mưu đoàn ra" (and "… đoàn vào"): the rest of the phrase is taken in.
  agency(
    'cac-co-quan-duoc-giao-chu-tri',
    'Các cơ quan được giao chủ trì tham mưu',
    'Cơ quan được giao chủ trì',
    'collective',
    { aliases: ['Các cơ quan được giao chủ trì', 'Các đơn vị được giao chủ trì'], vague: true },
  ),
];

/** The registry used when the workbook has no "Danh mục cơ quan" sheet. */
export const DEFAULT_REGISTRY: readonly AgencyEntry[] = [
  ...PROVINCE,
  ...DEPARTMENTS,
  ...PARTY,
  ...MASS_ORGANISATIONS,
  ...ARMED_FORCES,
  ...PUBLIC_SERVICE_UNITS,
  ...DISTRICTS,
  ...COLLECTIVES,
];
