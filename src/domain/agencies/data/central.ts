/**
 * The central bodies a plan names as lead or partner: the Government's ministries before and after the
 * restructuring of 1 March 2025, the Government's agencies, the most-cited units under the Ministry of
 * Finance, the Party's central bodies, the National Assembly and its bodies, the Front and the central
 * mass organisations, the courts, the procuracy and the State Audit. Sources, block by block, are listed
 * in docs/registry-sources.md.
 */
import type { AgencyEntry } from '../schema';
import type { Extra } from './entry';
import { agency } from './entry';

const central = (extra: Extra = {}): Extra => ({ level: 'central', ...extra });

// Nghị quyết 176/2025/QH15 (18/2/2025) and the decrees on each ministry (Nghị định 25–42/2025/NĐ-CP of
// 24–28/2/2025) took effect on 1/3/2025: the last day of the merged ministries is 28/2/2025.
const MINISTRIES_LAST_DAY = '2025-02-28';
const MINISTRIES_FIRST_DAY = '2025-03-01';
const endedInto = (...successors: string[]): Extra => central({ validTo: MINISTRIES_LAST_DAY, successors });
const createdOn1March = central({ validFrom: MINISTRIES_FIRST_DAY });

// The Government itself and its head (Hiến pháp 2013, chương VII: Điều 94 Chính phủ, Điều 98 Thủ tướng Chính
// phủ), whom a National Assembly's or a Party's document gives tasks to ("Chính phủ chủ trì …").
const GOVERNMENT: readonly AgencyEntry[] = [
  agency('chinh-phu', 'Chính phủ', 'Chính phủ', 'central-body', central()),
  agency('thu-tuong-chinh-phu', 'Thủ tướng Chính phủ', 'Thủ tướng Chính phủ', 'central-body', central()),
];

// The Government's ministries and ministerial-level agencies: 18 + 4 until 28/2/2025 (Nghị quyết về cơ
// cấu tổ chức của Chính phủ nhiệm kỳ 2021–2026, 23/7/2021), 14 + 3 from 1/3/2025 (Nghị quyết
// 176/2025/QH15). A ministry that kept its name keeps one entry without dates.
const MINISTRIES: readonly AgencyEntry[] = [
  agency('bo-quoc-phong', 'Bộ Quốc phòng', 'Bộ Quốc phòng', 'ministry', central({ aliases: ['BQP'] })),
  agency('bo-cong-an', 'Bộ Công an', 'Bộ Công an', 'ministry', central({ aliases: ['BCA'] })),
  agency('bo-ngoai-giao', 'Bộ Ngoại giao', 'Bộ Ngoại giao', 'ministry', central()),
  // Took over the Ministry of Labour's labour, wages, employment, civil merit and social insurance work.
  agency('bo-noi-vu', 'Bộ Nội vụ', 'Bộ Nội vụ', 'ministry', central()),
  agency('bo-tu-phap', 'Bộ Tư pháp', 'Bộ Tư pháp', 'ministry', central()),
  agency('bo-tai-chinh', 'Bộ Tài chính', 'Bộ Tài chính', 'ministry', central({ aliases: ['BTC'] })),
  agency('bo-ke-hoach-dau-tu', 'Bộ Kế hoạch và Đầu tư', 'Bộ KH&ĐT', 'ministry', {
    aliases: ['Bộ KHĐT', 'Bộ Kế hoạch Đầu tư', 'Bộ KH-ĐT'],
    ...endedInto('bo-tai-chinh'),
  }),
  agency('bo-cong-thuong', 'Bộ Công Thương', 'Bộ Công Thương', 'ministry', central({ aliases: ['BCT'] })),
  agency('bo-nong-nghiep-ptnt', 'Bộ Nông nghiệp và Phát triển nông thôn', 'Bộ NN&PTNT', 'ministry', {
    aliases: [
      'Bộ NNPTNT',
      'Bộ Nông nghiệp - PTNT',
      'Bộ Nông nghiệp Phát triển nông thôn',
      // The tables' short form (12/NQ-CP 2023: "Các Bộ: …, Nông nghiệp và PTNT và các đơn vị liên quan").
      'Bộ Nông nghiệp và PTNT',
    ],
    ...endedInto('bo-nong-nghiep-moi-truong'),
  }),
  agency('bo-tai-nguyen-moi-truong', 'Bộ Tài nguyên và Môi trường', 'Bộ TN&MT', 'ministry', {
    aliases: ['Bộ TNMT', 'Bộ Tài nguyên Môi trường'],
    ...endedInto('bo-nong-nghiep-moi-truong'),
  }),
  agency('bo-nong-nghiep-moi-truong', 'Bộ Nông nghiệp và Môi trường', 'Bộ NN&MT', 'ministry', {
    aliases: ['Bộ NNMT', 'Bộ Nông nghiệp Môi trường'],
    ...createdOn1March,
  }),
  agency('bo-giao-thong-van-tai', 'Bộ Giao thông vận tải', 'Bộ GTVT', 'ministry', {
    aliases: ['Bộ Giao thông - Vận tải'],
    ...endedInto('bo-xay-dung'),
  }),
  agency('bo-xay-dung', 'Bộ Xây dựng', 'Bộ Xây dựng', 'ministry', central({ aliases: ['BXD'] })),
  // Press and publishing went to the Ministry of Culture, the rest to Science and Technology.
  agency('bo-thong-tin-truyen-thong', 'Bộ Thông tin và Truyền thông', 'Bộ TT&TT', 'ministry', {
    aliases: ['Bộ TTTT', 'Bộ Thông tin truyền thông'],
    ...endedInto('bo-khoa-hoc-cong-nghe', 'bo-van-hoa-the-thao-du-lich'),
  }),
  agency('bo-lao-dong-tbxh', 'Bộ Lao động - Thương binh và Xã hội', 'Bộ LĐ-TB&XH', 'ministry', {
    aliases: ['Bộ LĐTBXH', 'Bộ Lao động Thương binh và Xã hội'],
    // Vocational training went to Education, social protection and children to Health.
    ...endedInto('bo-noi-vu', 'bo-giao-duc-dao-tao', 'bo-y-te'),
  }),
  agency('bo-van-hoa-the-thao-du-lich', 'Bộ Văn hóa, Thể thao và Du lịch', 'Bộ VHTTDL', 'ministry', {
    aliases: ['Bộ VH,TT&DL', 'Bộ Văn hóa Thể thao và Du lịch'],
    ...central(),
  }),
  agency('bo-khoa-hoc-cong-nghe', 'Bộ Khoa học và Công nghệ', 'Bộ KH&CN', 'ministry', {
    aliases: ['Bộ KHCN', 'Bộ Khoa học Công nghệ'],
    ...central(),
  }),
  agency('bo-giao-duc-dao-tao', 'Bộ Giáo dục và Đào tạo', 'Bộ GD&ĐT', 'ministry', {
    aliases: ['Bộ GDĐT', 'Bộ Giáo dục Đào tạo'],
    ...central(),
  }),
  agency('bo-y-te', 'Bộ Y tế', 'Bộ Y tế', 'ministry', central()),
  // Ủy ban Dân tộc and the religious work of Bộ Nội vụ (Ban Tôn giáo Chính phủ).
  agency('uy-ban-dan-toc', 'Ủy ban Dân tộc', 'Ủy ban Dân tộc', 'ministry', {
    aliases: ['UBDT'],
    ...endedInto('bo-dan-toc-ton-giao'),
  }),
  agency('bo-dan-toc-ton-giao', 'Bộ Dân tộc và Tôn giáo', 'Bộ DT&TG', 'ministry', {
    aliases: ['Bộ DTTG', 'Bộ Dân tộc Tôn giáo'],
    ...createdOn1March,
  }),
  agency('ngan-hang-nha-nuoc', 'Ngân hàng Nhà nước Việt Nam', 'Ngân hàng Nhà nước Việt Nam', 'ministry', {
    aliases: ['Ngân hàng Nhà nước', 'NHNN', 'NHNN Việt Nam', 'NHNNVN'],
    ...central(),
  }),
  agency('thanh-tra-chinh-phu', 'Thanh tra Chính phủ', 'Thanh tra Chính phủ', 'ministry', {
    aliases: ['TTCP'],
    ...central(),
  }),
  agency('van-phong-chinh-phu', 'Văn phòng Chính phủ', 'Văn phòng Chính phủ', 'ministry', {
    aliases: ['VPCP'],
    ...central(),
  }),
];

// Agencies under the Government: 8 until 28/2/2025, 5 from 1/3/2025 (Báo cáo 219/BC-BNV, Nghị quyết
// 176/2025/QH15 era). Bảo hiểm xã hội Việt Nam moved under Bộ Tài chính (Quyết định 391/QĐ-BTC,
// 26/2/2025) and Ban Quản lý Lăng under Bộ Quốc phòng: both still exist, so neither has an end date.
const GOVERNMENT_AGENCIES: readonly AgencyEntry[] = [
  agency('dai-tieng-noi-viet-nam', 'Đài Tiếng nói Việt Nam', 'Đài Tiếng nói Việt Nam', 'central-body', {
    aliases: ['VOV'],
    ...central(),
  }),
  agency('dai-truyen-hinh-viet-nam', 'Đài Truyền hình Việt Nam', 'Đài Truyền hình Việt Nam', 'central-body', {
    aliases: ['VTV'],
    ...central(),
  }),
  agency('thong-tan-xa-viet-nam', 'Thông tấn xã Việt Nam', 'Thông tấn xã Việt Nam', 'central-body', {
    aliases: ['TTXVN'],
    ...central(),
  }),
  agency(
    'vien-han-lam-khxh',
    'Viện Hàn lâm Khoa học xã hội Việt Nam',
    'Viện Hàn lâm KHXH Việt Nam',
    'central-body',
    central({ aliases: ['Viện Hàn lâm KHXHVN'] }),
  ),
  agency(
    'vien-han-lam-khcn',
    'Viện Hàn lâm Khoa học và Công nghệ Việt Nam',
    'Viện Hàn lâm KH&CN Việt Nam',
    'central-body',
    central({ aliases: ['Viện Hàn lâm KHCN Việt Nam', 'Viện Hàn lâm KHCNVN'] }),
  ),
  agency('bao-hiem-xa-hoi-viet-nam', 'Bảo hiểm xã hội Việt Nam', 'BHXH Việt Nam', 'central-body', {
    aliases: ['BHXHVN'],
    ...central(),
  }),
  agency(
    'ban-quan-ly-lang',
    'Ban Quản lý Lăng Chủ tịch Hồ Chí Minh',
    'Ban Quản lý Lăng Chủ tịch HCM',
    'central-body',
    central({ aliases: ['Ban Quản lý Lăng'] }),
  ),
  // Its owner's role over state enterprises went to Bộ Tài chính (Nghị định 29/2025/NĐ-CP).
  agency(
    'uy-ban-quan-ly-von',
    'Ủy ban Quản lý vốn nhà nước tại doanh nghiệp',
    'Ủy ban Quản lý vốn nhà nước',
    'central-body',
    { aliases: ['UBQLV', 'Ủy ban Quản lý vốn Nhà nước tại DN'], ...endedInto('bo-tai-chinh') },
  ),
  agency('dai-hoc-quoc-gia-ha-noi', 'Đại học Quốc gia Hà Nội', 'ĐHQG Hà Nội', 'central-body', {
    aliases: ['ĐHQGHN'],
    ...central(),
  }),
  agency(
    'dai-hoc-quoc-gia-hcm',
    'Đại học Quốc gia Thành phố Hồ Chí Minh',
    'ĐHQG TP.HCM',
    'central-body',
    central({ aliases: ['Đại học Quốc gia TP.HCM', 'ĐHQG-HCM'] }),
  ),
  // Under Bộ Quốc phòng since Luật Cơ yếu 05/2011/QH13, keeping its name; central plans give it tasks of its
  // own (175/NQ-CP 2023, 2629/QĐ-TTg 2025 in the real corpus).
  agency('ban-co-yeu-chinh-phu', 'Ban Cơ yếu Chính phủ', 'Ban Cơ yếu Chính phủ', 'central-body', central()),
  // The national academy of the Party and the State (a body of the Central Committee and the Government).
  agency(
    'hoc-vien-chinh-tri-quoc-gia-hcm',
    'Học viện Chính trị quốc gia Hồ Chí Minh',
    'Học viện CTQG Hồ Chí Minh',
    'central-body',
    central({ aliases: ['Học viện Chính trị quốc gia HCM', 'Học viện CTQG Hồ Chí Minh'] }),
  ),
];

// Units under Bộ Tài chính that provinces name as partners. From 1/3/2025 the general departments became
// departments (Quyết định 381/QĐ-BTC Thuế, 382/QĐ-BTC Hải quan, 384/QĐ-BTC Thống kê, 26/2/2025). A
// province's own "Cục Thuế tỉnh" (until 28/2/2025) has the same matching key as the central "Cục Thuế"
// (a trailing "tỉnh" is not part of a key), so both are this one undated entry; the same holds for Hải
// quan, Thống kê and Kho bạc. The provincial successors are in provincialBodies.ts.
const FINANCE_UNITS: readonly AgencyEntry[] = [
  agency('tong-cuc-thue', 'Tổng cục Thuế', 'Tổng cục Thuế', 'central-body', endedInto('cuc-thue')),
  agency('cuc-thue', 'Cục Thuế', 'Cục Thuế', 'central-body', central()),
  agency(
    'tong-cuc-hai-quan',
    'Tổng cục Hải quan',
    'Tổng cục Hải quan',
    'central-body',
    endedInto('cuc-hai-quan'),
  ),
  agency('cuc-hai-quan', 'Cục Hải quan', 'Cục Hải quan', 'central-body', central()),
  agency(
    'tong-cuc-thong-ke',
    'Tổng cục Thống kê',
    'Tổng cục Thống kê',
    'central-body',
    endedInto('cuc-thong-ke'),
  ),
  agency('cuc-thong-ke', 'Cục Thống kê', 'Cục Thống kê', 'central-body', central()),
  agency(
    'kho-bac-nha-nuoc',
    'Kho bạc Nhà nước',
    'Kho bạc Nhà nước',
    'central-body',
    central({ aliases: ['KBNN'] }),
  ),
];

// The Party's central bodies. The merged boards and the four Party committees directly under the Central
// Committee were announced on 3/2/2025 (Bộ Chính trị decisions, e.g. Quyết định 247-QĐ/TW on Ban Chính
// sách, chiến lược Trung ương); the exact day each decision took effect was not read, so the old bodies
// end on 2/2/2025 — the latest day they can have existed — and the new ones carry no start date.
const PARTY_LAST_DAY = '2025-02-02';
const partyEndedInto = (...successors: string[]): Extra => central({ validTo: PARTY_LAST_DAY, successors });

const CENTRAL_PARTY: readonly AgencyEntry[] = [
  agency('ban-chap-hanh-trung-uong', 'Ban Chấp hành Trung ương Đảng', 'Ban Chấp hành Trung ương', 'party', {
    aliases: ['BCH Trung ương', 'Ban Chấp hành Trung ương', 'BCHTW'],
    ...central(),
  }),
  agency('bo-chinh-tri', 'Bộ Chính trị', 'Bộ Chính trị', 'party', central()),
  agency(
    'ban-bi-thu',
    'Ban Bí thư',
    'Ban Bí thư',
    'party',
    central({ aliases: ['Ban Bí thư Trung ương Đảng'] }),
  ),
  agency('van-phong-trung-uong-dang', 'Văn phòng Trung ương Đảng', 'Văn phòng Trung ương Đảng', 'party', {
    aliases: ['VPTW Đảng', 'Văn phòng TW Đảng'],
    ...central(),
  }),
  agency('ban-to-chuc-trung-uong', 'Ban Tổ chức Trung ương', 'Ban Tổ chức Trung ương', 'party', {
    aliases: ['Ban Tổ chức TW', 'BTCTW'],
    ...central(),
  }),
  agency('uy-ban-kiem-tra-trung-uong', 'Ủy ban Kiểm tra Trung ương', 'Ủy ban Kiểm tra Trung ương', 'party', {
    aliases: ['UBKT Trung ương', 'UBKTTW'],
    ...central(),
  }),
  agency('ban-noi-chinh-trung-uong', 'Ban Nội chính Trung ương', 'Ban Nội chính Trung ương', 'party', {
    aliases: ['Ban Nội chính TW'],
    ...central(),
  }),
  agency('ban-tuyen-giao-trung-uong', 'Ban Tuyên giáo Trung ương', 'Ban Tuyên giáo Trung ương', 'party', {
    aliases: ['Ban Tuyên giáo TW'],
    ...partyEndedInto('ban-tuyen-giao-dan-van-trung-uong'),
  }),
  agency('ban-dan-van-trung-uong', 'Ban Dân vận Trung ương', 'Ban Dân vận Trung ương', 'party', {
    aliases: ['Ban Dân vận TW'],
    ...partyEndedInto('ban-tuyen-giao-dan-van-trung-uong'),
  }),
  agency(
    'ban-tuyen-giao-dan-van-trung-uong',
    'Ban Tuyên giáo và Dân vận Trung ương',
    'Ban TG&DV Trung ương',
    'party',
    central({ aliases: ['Ban Tuyên giáo và Dân vận TW', 'Ban Tuyên giáo - Dân vận Trung ương'] }),
  ),
  agency('ban-kinh-te-trung-uong', 'Ban Kinh tế Trung ương', 'Ban Kinh tế Trung ương', 'party', {
    aliases: ['Ban Kinh tế TW'],
    ...partyEndedInto('ban-chinh-sach-chien-luoc-trung-uong'),
  }),
  agency(
    'ban-chinh-sach-chien-luoc-trung-uong',
    'Ban Chính sách, chiến lược Trung ương',
    'Ban CS, CL Trung ương',
    'party',
    central({ aliases: ['Ban Chính sách, Chiến lược TW', 'Ban Chính sách và Chiến lược Trung ương'] }),
  ),
  // Its work went to Bộ Ngoại giao, whose decree (Nghị định 28/2025/NĐ-CP, from 1/3/2025) now covers the
  // Party's external relations; 28/2/2025 is the safe last day.
  agency('ban-doi-ngoai-trung-uong', 'Ban Đối ngoại Trung ương', 'Ban Đối ngoại Trung ương', 'party', {
    aliases: ['Ban Đối ngoại TW'],
    ...endedInto('bo-ngoai-giao'),
  }),
  agency('dang-uy-chinh-phu', 'Đảng ủy Chính phủ', 'Đảng ủy Chính phủ', 'party', central()),
  agency('dang-uy-quoc-hoi', 'Đảng ủy Quốc hội', 'Đảng ủy Quốc hội', 'party', central()),
  // The Party committees of the armed forces, unchanged by 2025 (432-TB/VPTW 2025 gives them tasks).
  agency('quan-uy-trung-uong', 'Quân ủy Trung ương', 'Quân ủy Trung ương', 'party', central()),
  agency(
    'dang-uy-cong-an-trung-uong',
    'Đảng ủy Công an Trung ương',
    'Đảng ủy Công an TW',
    'party',
    central(),
  ),
  agency(
    'dang-uy-cac-co-quan-dang-trung-uong',
    'Đảng ủy các cơ quan Đảng Trung ương',
    'Đảng ủy các cơ quan Đảng TW',
    'party',
    central(),
  ),
  agency(
    'dang-uy-mttq-doan-the-trung-uong',
    'Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương',
    'Đảng ủy MTTQ, đoàn thể TW',
    'party',
    central(),
  ),
  agency('ban-can-su-dang-chinh-phu', 'Ban cán sự đảng Chính phủ', 'Ban cán sự đảng Chính phủ', 'party', {
    ...partyEndedInto('dang-uy-chinh-phu'),
  }),
  agency('dang-doan-quoc-hoi', 'Đảng đoàn Quốc hội', 'Đảng đoàn Quốc hội', 'party', {
    ...partyEndedInto('dang-uy-quoc-hoi'),
  }),
  agency(
    'dang-uy-khoi-cac-co-quan-trung-uong',
    'Đảng ủy Khối các cơ quan Trung ương',
    'Đảng ủy Khối các cơ quan TW',
    'party',
    partyEndedInto(
      'dang-uy-cac-co-quan-dang-trung-uong',
      'dang-uy-chinh-phu',
      'dang-uy-quoc-hoi',
      'dang-uy-mttq-doan-the-trung-uong',
    ),
  ),
  agency(
    'dang-uy-khoi-doanh-nghiep-trung-uong',
    'Đảng ủy Khối Doanh nghiệp Trung ương',
    'Đảng ủy Khối DN Trung ương',
    'party',
    partyEndedInto('dang-uy-chinh-phu'),
  ),
];

// The National Assembly's bodies from the resolution on the organisation of its bodies passed on
// 18/2/2025 with Luật 62/2025/QH15 (Luật sửa đổi Luật Tổ chức Quốc hội, 17/2/2025): the new committees
// start on 18/2/2025; the old ones end on 28/2/2025, a safe last day (the exact day was not read).
const QH_FIRST_DAY = '2025-02-18';
const qhEndedInto = (...successors: string[]): Extra => endedInto(...successors);
const qhNew = central({ validFrom: QH_FIRST_DAY });

const NATIONAL_ASSEMBLY: readonly AgencyEntry[] = [
  agency('quoc-hoi', 'Quốc hội', 'Quốc hội', 'central-body', central()),
  agency(
    'uy-ban-thuong-vu-quoc-hoi',
    'Ủy ban Thường vụ Quốc hội',
    'Ủy ban Thường vụ Quốc hội',
    'central-body',
    {
      aliases: ['UBTVQH'],
      ...central(),
    },
  ),
  agency('van-phong-quoc-hoi', 'Văn phòng Quốc hội', 'Văn phòng Quốc hội', 'central-body', central()),
  agency('hoi-dong-dan-toc', 'Hội đồng Dân tộc', 'Hội đồng Dân tộc', 'central-body', {
    aliases: ['Hội đồng Dân tộc của Quốc hội'],
    ...central(),
  }),
  agency(
    'uy-ban-phap-luat-tu-phap',
    'Ủy ban Pháp luật và Tư pháp',
    'Ủy ban Pháp luật và Tư pháp',
    'central-body',
    qhNew,
  ),
  agency(
    'uy-ban-kinh-te-tai-chinh',
    'Ủy ban Kinh tế và Tài chính',
    'Ủy ban Kinh tế và Tài chính',
    'central-body',
    qhNew,
  ),
  agency(
    'uy-ban-quoc-phong-an-ninh-doi-ngoai',
    'Ủy ban Quốc phòng, An ninh và Đối ngoại',
    'Ủy ban QP, AN và Đối ngoại',
    'central-body',
    qhNew,
  ),
  agency(
    'uy-ban-van-hoa-xa-hoi',
    'Ủy ban Văn hóa và Xã hội',
    'Ủy ban Văn hóa và Xã hội',
    'central-body',
    qhNew,
  ),
  agency(
    'uy-ban-khoa-hoc-cong-nghe-moi-truong',
    'Ủy ban Khoa học, Công nghệ và Môi trường',
    'Ủy ban KH, CN và MT',
    'central-body',
    central(),
  ),
  agency(
    'uy-ban-cong-tac-dai-bieu',
    'Ủy ban Công tác đại biểu',
    'Ủy ban Công tác đại biểu',
    'central-body',
    qhNew,
  ),
  agency(
    'uy-ban-dan-nguyen-giam-sat',
    'Ủy ban Dân nguyện và Giám sát',
    'Ủy ban Dân nguyện và Giám sát',
    'central-body',
    qhNew,
  ),
  agency(
    'uy-ban-phap-luat',
    'Ủy ban Pháp luật',
    'Ủy ban Pháp luật',
    'central-body',
    qhEndedInto('uy-ban-phap-luat-tu-phap'),
  ),
  agency(
    'uy-ban-tu-phap',
    'Ủy ban Tư pháp',
    'Ủy ban Tư pháp',
    'central-body',
    qhEndedInto('uy-ban-phap-luat-tu-phap'),
  ),
  agency(
    'uy-ban-kinh-te',
    'Ủy ban Kinh tế',
    'Ủy ban Kinh tế',
    'central-body',
    qhEndedInto('uy-ban-kinh-te-tai-chinh'),
  ),
  agency(
    'uy-ban-tai-chinh-ngan-sach',
    'Ủy ban Tài chính, Ngân sách',
    'Ủy ban Tài chính, Ngân sách',
    'central-body',
    qhEndedInto('uy-ban-kinh-te-tai-chinh'),
  ),
  agency(
    'uy-ban-quoc-phong-an-ninh',
    'Ủy ban Quốc phòng và An ninh',
    'Ủy ban Quốc phòng và An ninh',
    'central-body',
    qhEndedInto('uy-ban-quoc-phong-an-ninh-doi-ngoai'),
  ),
  agency(
    'uy-ban-doi-ngoai',
    'Ủy ban Đối ngoại',
    'Ủy ban Đối ngoại',
    'central-body',
    qhEndedInto('uy-ban-quoc-phong-an-ninh-doi-ngoai'),
  ),
  agency(
    'uy-ban-van-hoa-giao-duc',
    'Ủy ban Văn hóa, Giáo dục',
    'Ủy ban Văn hóa, Giáo dục',
    'central-body',
    qhEndedInto('uy-ban-van-hoa-xa-hoi'),
  ),
  agency(
    'uy-ban-xa-hoi',
    'Ủy ban Xã hội',
    'Ủy ban Xã hội',
    'central-body',
    qhEndedInto('uy-ban-van-hoa-xa-hoi'),
  ),
  agency(
    'ban-dan-nguyen',
    'Ban Dân nguyện',
    'Ban Dân nguyện',
    'central-body',
    qhEndedInto('uy-ban-dan-nguyen-giam-sat'),
  ),
  agency(
    'ban-cong-tac-dai-bieu',
    'Ban Công tác đại biểu',
    'Ban Công tác đại biểu',
    'central-body',
    qhEndedInto('uy-ban-cong-tac-dai-bieu'),
  ),
  agency(
    'van-phong-chu-tich-nuoc',
    'Văn phòng Chủ tịch nước',
    'Văn phòng Chủ tịch nước',
    'central-body',
    central(),
  ),
];

// The Front and the central mass organisations. The amended Constitution (Nghị quyết sửa đổi Hiến pháp,
// 16/6/2025, in force 1/7/2025) places the socio-political organisations under the Front; they keep their
// names, so none of them ends.
const CENTRAL_MASS_ORGANISATIONS: readonly AgencyEntry[] = [
  agency(
    'uy-ban-trung-uong-mttq',
    'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam',
    'UBTW MTTQ Việt Nam',
    'mass-organisation',
    central({
      aliases: [
        'Ủy ban Trung ương MTTQ Việt Nam',
        'UBTWMTTQVN',
        'Mặt trận Tổ quốc Việt Nam',
        // "Trung ương Mặt trận Tổ quốc Việt Nam" (394/NQ-CP 2025 in the real corpus): its Central Committee.
        'Trung ương Mặt trận Tổ quốc Việt Nam',
        'Trung ương MTTQ Việt Nam',
      ],
    }),
  ),
  agency(
    'tong-lien-doan-lao-dong',
    'Tổng Liên đoàn Lao động Việt Nam',
    'Tổng LĐLĐ Việt Nam',
    'mass-organisation',
    central({ aliases: ['Tổng LĐLĐVN'] }),
  ),
  agency(
    'trung-uong-doan',
    'Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh',
    'Trung ương Đoàn',
    'mass-organisation',
    central({ aliases: ['Trung ương Đoàn TNCS Hồ Chí Minh', 'TW Đoàn', 'T.Ư Đoàn'] }),
  ),
  agency(
    'trung-uong-hoi-lhpn',
    'Trung ương Hội Liên hiệp Phụ nữ Việt Nam',
    'TW Hội LHPN Việt Nam',
    'mass-organisation',
    central({ aliases: ['Hội Liên hiệp Phụ nữ Việt Nam', 'Trung ương Hội LHPN Việt Nam'] }),
  ),
  agency(
    'trung-uong-hoi-nong-dan',
    'Trung ương Hội Nông dân Việt Nam',
    'TW Hội Nông dân Việt Nam',
    'mass-organisation',
    central({ aliases: ['Hội Nông dân Việt Nam'] }),
  ),
  agency(
    'trung-uong-hoi-ccb',
    'Trung ương Hội Cựu chiến binh Việt Nam',
    'TW Hội CCB Việt Nam',
    'mass-organisation',
    central({ aliases: ['Hội Cựu chiến binh Việt Nam'] }),
  ),
  agency(
    'lien-hiep-huu-nghi-viet-nam',
    'Liên hiệp các tổ chức hữu nghị Việt Nam',
    'LHCTCHN Việt Nam',
    'mass-organisation',
    central(),
  ),
  agency(
    'lien-hiep-hoi-khkt-viet-nam',
    'Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam',
    'Liên hiệp các Hội KH&KT VN',
    'mass-organisation',
    central({ aliases: ['VUSTA', 'Liên hiệp các Hội KH&KT Việt Nam'] }),
  ),
  agency(
    'lien-doan-thuong-mai-cong-nghiep',
    'Liên đoàn Thương mại và Công nghiệp Việt Nam',
    'VCCI',
    'mass-organisation',
    central(),
  ),
  // Renamed by Quyết định 1496/QĐ-TTg of 30/11/2022: the old name is right in a plan before it (419/QĐ-TTg
  // 2017), outdated after.
  agency(
    'phong-thuong-mai-cong-nghiep',
    'Phòng Thương mại và Công nghiệp Việt Nam',
    'Phòng TM và CN Việt Nam',
    'mass-organisation',
    central({ validTo: '2022-11-29', successors: ['lien-doan-thuong-mai-cong-nghiep'] }),
  ),
  agency(
    'lien-minh-htx-viet-nam',
    'Liên minh Hợp tác xã Việt Nam',
    'Liên minh HTX Việt Nam',
    'mass-organisation',
    {
      ...central(),
    },
  ),
  agency(
    'hoi-chu-thap-do-viet-nam',
    'Hội Chữ thập đỏ Việt Nam',
    'Hội Chữ thập đỏ Việt Nam',
    'mass-organisation',
    {
      ...central(),
    },
  ),
];

// The courts, the procuracy (Hiến pháp 2013, chương VIII) and the State Audit (chương IX).
const JUDICIAL: readonly AgencyEntry[] = [
  agency('toa-an-nhan-dan-toi-cao', 'Tòa án nhân dân tối cao', 'TAND tối cao', 'judicial', {
    aliases: ['TANDTC'],
    ...central(),
  }),
  agency('vien-kiem-sat-nhan-dan-toi-cao', 'Viện kiểm sát nhân dân tối cao', 'VKSND tối cao', 'judicial', {
    aliases: ['VKSNDTC'],
    ...central(),
  }),
  agency('kiem-toan-nha-nuoc', 'Kiểm toán nhà nước', 'Kiểm toán nhà nước', 'central-body', {
    aliases: ['KTNN'],
    ...central(),
  }),
];

// The State's policy banks, under the Prime Minister: Ngân hàng Chính sách xã hội (Quyết định 131/2002/QĐ-TTg,
// 4/10/2002) and Ngân hàng Phát triển Việt Nam (Quyết định 108/2006/QĐ-TTg, 19/5/2006). The first has a branch
// in every province (provincialBodies.ts).
const POLICY_BANKS: readonly AgencyEntry[] = [
  agency('ngan-hang-chinh-sach-xa-hoi', 'Ngân hàng Chính sách xã hội', 'NHCSXH', 'central-body', central()),
  agency('ngan-hang-phat-trien-viet-nam', 'Ngân hàng Phát triển Việt Nam', 'VDB', 'central-body', central()),
];

// The State's economic groups and corporations that Government documents give tasks to: the 18 whose owner's
// rights passed from the Ủy ban Quản lý vốn nhà nước tại doanh nghiệp to Bộ Tài chính on 28/2/2025 (among
// them these), and Viettel under Bộ Quốc phòng. Tập đoàn Dầu khí Việt Nam was renamed by the Prime
// Minister's decision of 9/4/2025 (Quyết định 733/QĐ-TTg).
const STATE_GROUPS: readonly AgencyEntry[] = [
  agency('tap-doan-dien-luc-viet-nam', 'Tập đoàn Điện lực Việt Nam', 'EVN', 'central-body', central()),
  agency(
    'tap-doan-dau-khi-viet-nam',
    'Tập đoàn Dầu khí Việt Nam',
    'Tập đoàn Dầu khí Việt Nam',
    'central-body',
    central({ validTo: '2025-04-08', successors: ['tap-doan-cong-nghiep-nang-luong-quoc-gia'] }),
  ),
  agency(
    'tap-doan-cong-nghiep-nang-luong-quoc-gia',
    'Tập đoàn Công nghiệp - Năng lượng Quốc gia Việt Nam',
    'Petrovietnam',
    'central-body',
    central({ aliases: ['PVN'] }),
  ),
  agency(
    'tap-doan-cong-nghiep-vien-thong-quan-doi',
    'Tập đoàn Công nghiệp - Viễn thông Quân đội',
    'Viettel',
    'central-body',
    central({ aliases: ['Tập đoàn Viettel'] }),
  ),
  agency(
    'tap-doan-buu-chinh-vien-thong-viet-nam',
    'Tập đoàn Bưu chính Viễn thông Việt Nam',
    'VNPT',
    'central-body',
    central(),
  ),
  agency(
    'tap-doan-than-khoang-san-viet-nam',
    'Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam',
    'TKV',
    'central-body',
    central({ aliases: ['Vinacomin'] }),
  ),
  agency('tap-doan-hoa-chat-viet-nam', 'Tập đoàn Hóa chất Việt Nam', 'Vinachem', 'central-body', central()),
  agency(
    'tap-doan-cong-nghiep-cao-su-viet-nam',
    'Tập đoàn Công nghiệp Cao su Việt Nam',
    'VRG',
    'central-body',
    central(),
  ),
  agency('tap-doan-det-may-viet-nam', 'Tập đoàn Dệt May Việt Nam', 'Vinatex', 'central-body', central()),
  agency(
    'tong-cong-ty-duong-sat-viet-nam',
    'Tổng công ty Đường sắt Việt Nam',
    'VNR',
    'central-body',
    central(),
  ),
  agency(
    'tong-cong-ty-cang-hang-khong-viet-nam',
    'Tổng công ty Cảng hàng không Việt Nam',
    'ACV',
    'central-body',
    central(),
  ),
];

/** Every central entry (level 'central'). */
export const CENTRAL: readonly AgencyEntry[] = [
  ...GOVERNMENT,
  ...MINISTRIES,
  ...GOVERNMENT_AGENCIES,
  ...FINANCE_UNITS,
  ...CENTRAL_PARTY,
  ...NATIONAL_ASSEMBLY,
  ...CENTRAL_MASS_ORGANISATIONS,
  ...JUDICIAL,
  ...POLICY_BANKS,
  ...STATE_GROUPS,
];
