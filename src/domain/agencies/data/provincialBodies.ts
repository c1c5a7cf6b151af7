/**
 * The bodies every province has, named generically as a province's own plan names them ("Sở Tài chính",
 * "Công an tỉnh"): the matcher also accepts "thành phố", "TP" or the province's name after them. What the
 * 2025 reorganisation made of them is recorded with dates and successors; sources in
 * docs/registry-sources.md.
 */
import type { AgencyEntry } from '../schema';
import type { Extra } from './entry';
import { agency } from './entry';

const own = (extra: Extra = {}): Extra => ({ level: 'province', ...extra });

// Departments merged from 1/3/2025 under Nghị định 45/2025/NĐ-CP (28/2/2025), which replaced Nghị định
// 24/2014/NĐ-CP (amended by 107/2020/NĐ-CP); Nghị định 150/2025/NĐ-CP replaced it from 1/7/2025 with
// the same 12 standard and 4 optional departments.
const DEPARTMENTS_LAST_DAY = '2025-02-28';
const DEPARTMENTS_FIRST_DAY = '2025-03-01';
const mergedInto = (...successors: string[]): Extra => own({ validTo: DEPARTMENTS_LAST_DAY, successors });
const createdByMerger: Extra = own({ validFrom: DEPARTMENTS_FIRST_DAY });

const PROVINCE: readonly AgencyEntry[] = [
  agency('ubnd-tinh', 'Ủy ban nhân dân tỉnh', 'UBND tỉnh', 'people-committee', own()),
  // The elected council has no kind of its own; it sits with the people's committee.
  agency('hdnd-tinh', 'Hội đồng nhân dân tỉnh', 'HĐND tỉnh', 'people-committee', own()),
  // The council's standing body answers for work between sessions: a body of its own, not another name of
  // the council (Luật Tổ chức chính quyền địa phương 2025).
  agency(
    'thuong-truc-hdnd-tinh',
    'Thường trực Hội đồng nhân dân tỉnh',
    'Thường trực HĐND tỉnh',
    'people-committee',
    own(),
  ),
  // The province's deputies to the National Assembly (Luật Tổ chức Quốc hội 2014, Điều 43), beside its office below.
  agency('doan-dbqh-tinh', 'Đoàn đại biểu Quốc hội tỉnh', 'Đoàn ĐBQH tỉnh', 'people-committee', own()),
  agency('van-phong-ubnd-tinh', 'Văn phòng Ủy ban nhân dân tỉnh', 'VP UBND tỉnh', 'office', own()),
  // Outside Nghị định 45/2025 and 150/2025 (their Điều 1 excludes it).
  agency(
    'van-phong-doan-dbqh-hdnd-tinh',
    'Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh',
    'VP Đoàn ĐBQH và HĐND tỉnh',
    'office',
    own({ aliases: ['Văn phòng Đoàn ĐBQH và HĐND tỉnh', 'VP Đoàn ĐBQH và HĐND tỉnh'] }),
  ),
  agency('thanh-tra-tinh', 'Thanh tra tỉnh', 'Thanh tra tỉnh', 'department', own()),
];

// The 12 standard departments of Nghị định 45/2025/NĐ-CP and 150/2025/NĐ-CP (Sở Nội vụ … Sở Y tế, Thanh
// tra tỉnh, Văn phòng UBND), the pre-2025 departments that merged into them, and the four optional ones
// (Sở Ngoại vụ, Sở Dân tộc và Tôn giáo, Sở Du lịch, Sở Quy hoạch - Kiến trúc for Hà Nội and TP.HCM).
const DEPARTMENTS: readonly AgencyEntry[] = [
  // Optional under Nghị định 45/2025 and 150/2025 (for 150: a province with an international border gate);
  // some provinces merged it into the Văn phòng UBND (Đồng Nai), others kept it (Lạng Sơn, Nghệ An), so it
  // has no end date here: a province that merged it records the end in its registry sheet.
  agency('so-ngoai-vu', 'Sở Ngoại vụ', 'Sở Ngoại vụ', 'department', own({ optional: true })),
  agency('so-noi-vu', 'Sở Nội vụ', 'Sở Nội vụ', 'department', own()),
  agency('so-tu-phap', 'Sở Tư pháp', 'Sở Tư pháp', 'department', own()),
  agency('so-tai-chinh', 'Sở Tài chính', 'Sở Tài chính', 'department', own()),
  agency('so-ke-hoach-dau-tu', 'Sở Kế hoạch và Đầu tư', 'Sở KH&ĐT', 'department', {
    aliases: ['Sở KHĐT', 'Sở Kế hoạch Đầu tư'],
    ...mergedInto('so-tai-chinh'),
  }),
  agency('so-cong-thuong', 'Sở Công Thương', 'Sở Công Thương', 'department', own()),
  agency('so-nong-nghiep-ptnt', 'Sở Nông nghiệp và Phát triển nông thôn', 'Sở NN&PTNT', 'department', {
    aliases: [
      'Sở NNPTNT',
      'Sở Nông nghiệp - PTNT',
      'Sở Nông nghiệp Phát triển nông thôn',
      'Sở Nông nghiệp và PTNT',
    ],
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
  agency('so-xay-dung', 'Sở Xây dựng', 'Sở Xây dựng', 'department', own()),
  // Báo chí and xuất bản went to Sở VHTTDL and an toàn thông tin mạng to Công an (domain.md §4.1); a
  // task is carried on by the department that took the rest.
  agency('so-thong-tin-truyen-thong', 'Sở Thông tin và Truyền thông', 'Sở TT&TT', 'department', {
    aliases: ['Sở TTTT', 'Sở Thông tin truyền thông'],
    ...mergedInto('so-khoa-hoc-cong-nghe'),
  }),
  agency('so-khoa-hoc-cong-nghe', 'Sở Khoa học và Công nghệ', 'Sở KH&CN', 'department', {
    aliases: ['Sở KHCN', 'Sở Khoa học Công nghệ'],
    ...own(),
  }),
  agency('so-lao-dong-tbxh', 'Sở Lao động - Thương binh và Xã hội', 'Sở LĐ-TB&XH', 'department', {
    aliases: ['Sở LĐTBXH', 'Sở Lao động Thương binh và Xã hội'],
    ...mergedInto('so-noi-vu'),
  }),
  // Optional under Nghị định 45/2025 and 150/2025, but merged into Sở VHTTDL in most provinces (Đà Nẵng,
  // Nghệ An…): the merger is the default, a province that kept it says so in its registry sheet.
  // A province keeps Sở Du lịch, and then its Sở Văn hóa và Thể thao, or merges them (Nghị định
  // 45/2025/NĐ-CP; Hà Nội kept both: Kế hoạch 277/KH-UBND of 14/7/2026 in the real corpus). No end date by
  // default, so a kept department is never called outdated; a province that merged them records it in its
  // registry sheet.
  agency('so-du-lich', 'Sở Du lịch', 'Sở Du lịch', 'department', {
    optional: true,
    successors: ['so-van-hoa-the-thao-du-lich'],
  }),
  agency('so-van-hoa-the-thao', 'Sở Văn hóa và Thể thao', 'Sở VH&TT', 'department', {
    aliases: ['Sở VHTT'],
    optional: true,
    successors: ['so-van-hoa-the-thao-du-lich'],
  }),
  agency('so-van-hoa-the-thao-du-lich', 'Sở Văn hóa, Thể thao và Du lịch', 'Sở VHTTDL', 'department', {
    aliases: ['Sở VH,TT&DL', 'Sở Văn hóa Thể thao và Du lịch'],
    ...createdByMerger,
  }),
  agency('so-giao-duc-dao-tao', 'Sở Giáo dục và Đào tạo', 'Sở GD&ĐT', 'department', {
    aliases: ['Sở GDĐT', 'Sở Giáo dục Đào tạo'],
    ...own(),
  }),
  agency('so-y-te', 'Sở Y tế', 'Sở Y tế', 'department', own()),
  // Ban Dân tộc and the Ban Tôn giáo of Sở Nội vụ became Sở Dân tộc và Tôn giáo where one was created
  // (domain.md §4.1); elsewhere the officer points them at Sở Nội vụ in the registry sheet.
  agency('ban-dan-toc', 'Ban Dân tộc', 'Ban Dân tộc', 'board', mergedInto('so-dan-toc-ton-giao')),
  agency('ban-ton-giao', 'Ban Tôn giáo', 'Ban Tôn giáo', 'board', {
    aliases: ['Ban Tôn giáo Sở Nội vụ'],
    ...mergedInto('so-dan-toc-ton-giao'),
  }),
  agency('so-dan-toc-ton-giao', 'Sở Dân tộc và Tôn giáo', 'Sở DT&TG', 'department', {
    optional: true,
    ...createdByMerger,
  }),
  // Only Hà Nội and TP.HCM may have it (Nghị định 45/2025 and 150/2025).
  agency('so-quy-hoach-kien-truc', 'Sở Quy hoạch - Kiến trúc', 'Sở QH-KT', 'department', {
    aliases: ['Sở Quy hoạch Kiến trúc', 'Sở QHKT'],
    ...own({ optional: true }),
  }),
];

// Boards under the provincial committee, outside Nghị định 45/2025 (its Điều 1 excludes "Ban Quản lý các
// Khu công nghiệp, Khu công nghệ cao, Khu kinh tế và Ban Quản lý có tên gọi khác"). Names differ by
// province; none ends here, nor with a merged province: a board kept its name until the new province merged
// the boards (Đắk Lắk's 010/CT-UBND of 17/11/2025 still names "Ban quản lý Khu Kinh tế Phú Yên"; Lao Động,
// 3/1/2026: its three boards were then to become one).
const board = (extra: Extra = {}): Extra => own({ outlivesProvince: true, ...extra });
const BOARDS: readonly AgencyEntry[] = [
  agency('ban-quan-ly-cac-kcn', 'Ban Quản lý các khu công nghiệp', 'BQL các KCN', 'board', board()),
  // One board despite its comma, as 2025 names write it.
  agency(
    'ban-quan-ly-cac-kcn-kkt',
    'Ban Quản lý các khu công nghiệp, khu kinh tế tỉnh',
    'BQL các KCN, KKT',
    'board',
    board({ aliases: ['BQL các KCN, KKT tỉnh', 'Ban Quản lý các Khu công nghiệp và Khu kinh tế tỉnh'] }),
  ),
  agency('ban-quan-ly-khu-kinh-te-tinh', 'Ban Quản lý Khu kinh tế tỉnh', 'BQL Khu kinh tế', 'board', {
    aliases: ['BQL KKT tỉnh', 'BQL Khu kinh tế tỉnh'],
    ...board(),
  }),
];

// Provincial Party bodies. Ban Tuyên giáo + Ban Dân vận merged, and the two Đảng ủy Khối gave way to
// Đảng ủy các cơ quan Đảng tỉnh and Đảng ủy UBND tỉnh, in early 2025 on dates that differ by province
// (domain.md §4.1; the central pattern was announced on 3/2/2025; Đồng Tháp merged its boards from 3/2/2025,
// Bắc Giang from 1/3/2025, Quyết định 983-QĐ/TU): no day of its own is assumed, only the day by which every
// province had — the last before the merged provinces began on 1/7/2025 (Nghị quyết 202/2025/QH15).
const PARTY_MERGED_BY = { validTo: '2025-06-30', endedBy: true } as const;
const PARTY: readonly AgencyEntry[] = [
  agency('tinh-uy', 'Tỉnh ủy', 'Tỉnh ủy', 'party', own({ aliases: ['Thành ủy'] })),
  // The party school under the provincial committee (Quy định 09-QĐi/TW, 13/11/2018; Quy định 393-QĐ/TW).
  agency('truong-chinh-tri-tinh', 'Trường Chính trị tỉnh', 'Trường Chính trị tỉnh', 'party', own()),
  // The standing committee leads between the committee's sessions: its own body, not another name of it.
  agency(
    'ban-thuong-vu-tinh-uy',
    'Ban Thường vụ Tỉnh ủy',
    'BTV Tỉnh ủy',
    'party',
    own({ aliases: ['Ban Thường vụ Thành ủy'] }),
  ),
  // The committee's secretary and deputy secretaries between the standing committee's meetings: the body a
  // Government conclusion asks to lead ("Đề nghị Thường trực Tỉnh ủy …", 634/TB-VPCP 2025).
  agency(
    'thuong-truc-tinh-uy',
    'Thường trực Tỉnh ủy',
    'Thường trực Tỉnh ủy',
    'party',
    own({ aliases: ['Thường trực Thành ủy'] }),
  ),
  agency(
    'van-phong-tinh-uy',
    'Văn phòng Tỉnh ủy',
    'VP Tỉnh ủy',
    'party',
    own({ aliases: ['Văn phòng Thành ủy'] }),
  ),
  agency('ban-to-chuc-tinh-uy', 'Ban Tổ chức Tỉnh ủy', 'Ban Tổ chức Tỉnh ủy', 'party', {
    aliases: ['Ban Tổ chức Thành ủy'],
    ...own(),
  }),
  agency('uy-ban-kiem-tra-tinh-uy', 'Ủy ban Kiểm tra Tỉnh ủy', 'UBKT Tỉnh ủy', 'party', {
    aliases: ['Ủy ban Kiểm tra Thành ủy', 'UBKT Thành ủy'],
    ...own(),
  }),
  agency('ban-noi-chinh-tinh-uy', 'Ban Nội chính Tỉnh ủy', 'Ban Nội chính Tỉnh ủy', 'party', {
    aliases: ['Ban Nội chính Thành ủy'],
    ...own(),
  }),
  agency('ban-tuyen-giao-tinh-uy', 'Ban Tuyên giáo Tỉnh ủy', 'Ban Tuyên giáo Tỉnh ủy', 'party', {
    aliases: ['Ban Tuyên giáo Thành ủy'],
    ...own({ ...PARTY_MERGED_BY, successors: ['ban-tuyen-giao-dan-van-tinh-uy'] }),
  }),
  agency('ban-dan-van-tinh-uy', 'Ban Dân vận Tỉnh ủy', 'Ban Dân vận Tỉnh ủy', 'party', {
    aliases: ['Ban Dân vận Thành ủy'],
    ...own({ ...PARTY_MERGED_BY, successors: ['ban-tuyen-giao-dan-van-tinh-uy'] }),
  }),
  agency(
    'ban-tuyen-giao-dan-van-tinh-uy',
    'Ban Tuyên giáo và Dân vận Tỉnh ủy',
    'Ban TG&DV Tỉnh ủy',
    'party',
    {
      aliases: ['Ban Tuyên giáo và Dân vận Thành ủy', 'Ban TG&DV Thành ủy'],
      ...own(),
    },
  ),
  agency(
    'dang-uy-cac-co-quan-dang-tinh',
    'Đảng ủy các cơ quan Đảng tỉnh',
    'Đảng ủy các cơ quan Đảng tỉnh',
    'party',
    own({ aliases: ['Đảng ủy các cơ quan Đảng thành phố'] }),
  ),
  agency('dang-uy-ubnd-tinh', 'Đảng ủy Ủy ban nhân dân tỉnh', 'Đảng ủy UBND tỉnh', 'party', own()),
  agency(
    'dang-uy-khoi-cac-co-quan-tinh',
    'Đảng ủy Khối các cơ quan tỉnh',
    'Đảng ủy Khối các cơ quan tỉnh',
    'party',
    own({ ...PARTY_MERGED_BY, successors: ['dang-uy-cac-co-quan-dang-tinh', 'dang-uy-ubnd-tinh'] }),
  ),
  agency(
    'dang-uy-khoi-doanh-nghiep-tinh',
    'Đảng ủy Khối Doanh nghiệp tỉnh',
    'Đảng ủy Khối DN tỉnh',
    'party',
    own({ ...PARTY_MERGED_BY, successors: ['dang-uy-ubnd-tinh'] }),
  ),
];

// The Front and the mass organisations of the province. From 2025 they sit under the provincial Front
// (amended Constitution in force 1/7/2025) and keep their names, so none ends here.
const MASS_ORGANISATIONS: readonly AgencyEntry[] = [
  agency(
    'uy-ban-mttq-tinh',
    'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh',
    'UBMTTQ Việt Nam tỉnh',
    'mass-organisation',
    own({
      aliases: ['Ủy ban MTTQ Việt Nam tỉnh', 'Ủy ban MTTQVN tỉnh', 'UBMTTQVN tỉnh', 'Mặt trận Tổ quốc tỉnh'],
    }),
  ),
  agency(
    'lien-hiep-cac-to-chuc-huu-nghi',
    'Liên hiệp các tổ chức hữu nghị tỉnh',
    'LHCTCHN tỉnh',
    'mass-organisation',
    own(),
  ),
  agency('hoi-lien-hiep-phu-nu', 'Hội Liên hiệp Phụ nữ tỉnh', 'Hội LHPN tỉnh', 'mass-organisation', own()),
  // Its full name and the short one are both the body's own: neither is a variant of the other.
  agency('tinh-doan', 'Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh', 'Tỉnh đoàn', 'mass-organisation', {
    aliases: ['Đoàn TNCS Hồ Chí Minh tỉnh', 'Thành đoàn'],
    ...own(),
  }),
  agency('hoi-nong-dan', 'Hội Nông dân tỉnh', 'Hội Nông dân tỉnh', 'mass-organisation', own()),
  agency(
    'hiep-hoi-doanh-nghiep-tinh',
    'Hiệp hội Doanh nghiệp tỉnh',
    'Hiệp hội DN tỉnh',
    'mass-organisation',
    own(),
  ),
  agency('hoi-cuu-chien-binh', 'Hội Cựu chiến binh tỉnh', 'Hội CCB tỉnh', 'mass-organisation', own()),
  agency('lien-doan-lao-dong', 'Liên đoàn Lao động tỉnh', 'LĐLĐ tỉnh', 'mass-organisation', own()),
  agency('hoi-chu-thap-do', 'Hội Chữ thập đỏ tỉnh', 'Hội Chữ thập đỏ tỉnh', 'mass-organisation', own()),
  agency(
    'lien-hiep-cac-hoi-khkt',
    'Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh',
    'Liên hiệp các Hội KH&KT tỉnh',
    'mass-organisation',
    own(),
  ),
  agency('hoi-nha-bao', 'Hội Nhà báo tỉnh', 'Hội Nhà báo tỉnh', 'mass-organisation', own()),
  agency('hoi-van-hoc-nghe-thuat', 'Hội Văn học Nghệ thuật tỉnh', 'Hội VHNT tỉnh', 'mass-organisation', {
    aliases: ['Hội Văn học - Nghệ thuật tỉnh'],
    ...own(),
  }),
  // Most provinces have a union of the literature and arts associations (member of the national Liên hiệp
  // các Hội Văn học nghệ thuật Việt Nam), its own body rather than another name of a single Hội.
  agency(
    'lien-hiep-cac-hoi-vhnt',
    'Liên hiệp các Hội Văn học nghệ thuật tỉnh',
    'Liên hiệp các Hội VHNT tỉnh',
    'mass-organisation',
    own({ aliases: ['Liên hiệp các Hội Văn học Nghệ thuật tỉnh'] }),
  ),
  agency('lien-minh-htx', 'Liên minh Hợp tác xã tỉnh', 'Liên minh HTX tỉnh', 'mass-organisation', own()),
];

const ARMED_FORCES: readonly AgencyEntry[] = [
  agency('cong-an-tinh', 'Công an tỉnh', 'Công an tỉnh', 'armed-forces', own()),
  agency('bo-chi-huy-quan-su-tinh', 'Bộ Chỉ huy Quân sự tỉnh', 'Bộ CHQS tỉnh', 'armed-forces', {
    aliases: ['BCH Quân sự tỉnh', 'BCHQS tỉnh'],
    ...own(),
  }),
  agency('bo-chi-huy-bien-phong-tinh', 'Bộ Chỉ huy Bộ đội Biên phòng tỉnh', 'BĐBP tỉnh', 'armed-forces', {
    aliases: ['Bộ Chỉ huy BĐBP tỉnh', 'Bộ đội Biên phòng tỉnh', 'BCH BĐBP tỉnh'],
    ...own(),
  }),
];

// Courts and procuracy of the province (Luật Tổ chức TAND, Luật Tổ chức VKSND as amended in 2025: the
// provincial level stays; the district courts became regional ones).
const JUDICIAL: readonly AgencyEntry[] = [
  agency('toa-an-nhan-dan-tinh', 'Tòa án nhân dân tỉnh', 'TAND tỉnh', 'judicial', own()),
  agency('vien-kiem-sat-nhan-dan-tinh', 'Viện kiểm sát nhân dân tỉnh', 'VKSND tỉnh', 'judicial', own()),
];

// Central bodies organised vertically in the province. Their provincial offices "Cục Thuế tỉnh", "Cục
// Hải quan tỉnh", "Cục Thống kê tỉnh" and "Kho bạc Nhà nước tỉnh" share their key with the central entry
// (central.ts), so only the 2025 successors are here. Thuế: 20 Chi cục Thuế khu vực from 1/3/2025
// (Quyết định 381/QĐ-BTC), 34 Thuế tỉnh, thành phố from 1/7/2025 (Quyết định 2229/QĐ-BTC). Hải quan: 20
// Chi cục Hải quan khu vực from 1/3/2025 (Quyết định 382/QĐ-BTC, areas redrawn by 2019/QĐ-BTC). Thống kê:
// Chi cục Thống kê tỉnh from 1/3/2025 (Quyết định 384/QĐ-BTC), 34 Thống kê tỉnh, thành phố from 1/7/2025.
// Kho bạc: Kho bạc Nhà nước khu vực from 1/3/2025 (Quyết định 925/QĐ-BTC names them). Ngân hàng Nhà nước:
// 63 chi nhánh tỉnh → 15 NHNN Khu vực from 1/3/2025. BHXH: BHXH tỉnh → 35 BHXH khu vực (from 1/4 or
// 1/6/2025, Quyết định 391/QĐ-BTC) → BHXH tỉnh again from 1/7/2025 (Quyết định 2286/QĐ-BTC), so the
// provincial name is undated and the regional one lasts until 30/6/2025.
const VERTICAL: readonly AgencyEntry[] = [
  // The provincial offices themselves until 28/2/2025, named as the central body and the province's level.
  ...(
    [
      ['cuc-thue', 'Cục Thuế tỉnh', ['chi-cuc-thue-khu-vuc']],
      ['cuc-hai-quan', 'Cục Hải quan tỉnh', ['chi-cuc-hai-quan-khu-vuc']],
      ['cuc-thong-ke', 'Cục Thống kê tỉnh', ['chi-cuc-thong-ke-tinh']],
      ['kho-bac-nha-nuoc', 'Kho bạc Nhà nước tỉnh', ['kho-bac-nha-nuoc-khu-vuc']],
    ] as const
  ).map(([central, name, successors]) =>
    agency(`${central}-tinh`, name, name, 'central-body', {
      ...own({ validTo: '2025-02-28', successors: [...successors] }),
      officeOf: central,
    }),
  ),
  agency('chi-cuc-thue-khu-vuc', 'Chi cục Thuế khu vực', 'Chi cục Thuế khu vực', 'central-body', {
    validFrom: DEPARTMENTS_FIRST_DAY,
    validTo: '2025-06-30',
    successors: ['thue-tinh'],
  }),
  agency('thue-tinh', 'Thuế tỉnh', 'Thuế tỉnh', 'central-body', own({ validFrom: '2025-07-01' })),
  // The tax offices under each Thuế tỉnh from 1/7/2025, numbered: "Thuế cơ sở 1 tỉnh Quảng Ninh" (Quyết định
  // 1378/QĐ-CT 2025 names those of Thành phố Hồ Chí Minh).
  agency('thue-co-so', 'Thuế cơ sở', 'Thuế cơ sở', 'central-body', own({ validFrom: '2025-07-01' })),
  agency('chi-cuc-hai-quan-khu-vuc', 'Chi cục Hải quan khu vực', 'Chi cục Hải quan khu vực', 'central-body', {
    validFrom: DEPARTMENTS_FIRST_DAY,
  }),
  agency('chi-cuc-thong-ke-tinh', 'Chi cục Thống kê tỉnh', 'Chi cục Thống kê tỉnh', 'central-body', {
    ...own({ validFrom: DEPARTMENTS_FIRST_DAY, validTo: '2025-06-30', successors: ['thong-ke-tinh'] }),
  }),
  agency('thong-ke-tinh', 'Thống kê tỉnh', 'Thống kê tỉnh', 'central-body', own({ validFrom: '2025-07-01' })),
  agency('kho-bac-nha-nuoc-khu-vuc', 'Kho bạc Nhà nước khu vực', 'KBNN khu vực', 'central-body', {
    aliases: ['Kho bạc Nhà nước Khu vực'],
    validFrom: DEPARTMENTS_FIRST_DAY,
  }),
  agency(
    'ngan-hang-nha-nuoc-chi-nhanh-tinh',
    'Ngân hàng Nhà nước chi nhánh tỉnh',
    'NHNN chi nhánh tỉnh',
    'central-body',
    {
      aliases: ['Chi nhánh Ngân hàng Nhà nước tỉnh', 'Chi nhánh NHNN tỉnh'],
      ...mergedInto('ngan-hang-nha-nuoc-khu-vuc'),
    },
  ),
  // The circulars that renamed them write "Ngân hàng Nhà nước chi nhánh Khu vực" (Thông tư amending
  // 22/2019/TT-NHNN, 2025); plans write it so ("Ngân hàng Nhà nước Việt Nam Chi nhánh Khu vực II", 179/KH-UBND
  // Đồng Nai 2025) or shorter ("Ngân hàng Nhà nước khu vực XII", 144/KH-UBND Bắc Ninh 2025).
  agency(
    'ngan-hang-nha-nuoc-khu-vuc',
    'Ngân hàng Nhà nước chi nhánh Khu vực',
    'Ngân hàng Nhà nước Khu vực',
    'central-body',
    {
      aliases: ['Ngân hàng Nhà nước Việt Nam Chi nhánh Khu vực', 'NHNN Chi nhánh Khu vực', 'NHNN Khu vực'],
      validFrom: DEPARTMENTS_FIRST_DAY,
    },
  ),
  // Ngân hàng Chính sách xã hội's branch in each province (Quyết định 131/2002/QĐ-TTg, Điều 3).
  agency(
    'chi-nhanh-ngan-hang-chinh-sach-xa-hoi-tinh',
    'Ngân hàng Chính sách xã hội tỉnh',
    'NHCSXH tỉnh',
    'central-body',
    {
      aliases: ['Chi nhánh Ngân hàng Chính sách xã hội tỉnh', 'Chi nhánh NHCSXH tỉnh'],
      ...own(),
      officeOf: 'ngan-hang-chinh-sach-xa-hoi',
    },
  ),
  agency('bao-hiem-xa-hoi-tinh', 'Bảo hiểm xã hội tỉnh', 'BHXH tỉnh', 'central-body', own()),
  agency('bao-hiem-xa-hoi-khu-vuc', 'Bảo hiểm xã hội khu vực', 'BHXH khu vực', 'central-body', {
    validFrom: '2025-04-01',
    validTo: '2025-06-30',
    successors: ['bao-hiem-xa-hoi-tinh'],
  }),
];

const PUBLIC_SERVICE_UNITS: readonly AgencyEntry[] = [
  // Most provinces merged their newspaper and their radio-television station in 2025, on dates that differ
  // by province: the station has no end date, only its successor.
  agency(
    'dai-phat-thanh-truyen-hinh',
    'Đài Phát thanh và Truyền hình tỉnh',
    'Đài PT-TH tỉnh',
    'public-service-unit',
    own({ aliases: ['Đài PTTH tỉnh'], successors: ['bao-va-phat-thanh-truyen-hinh'], bareProvince: true }),
  ),
  // One unit despite its comma. The founding decisions name both with the province's bare name ("Báo và
  // Phát thanh, Truyền hình TPHCM", Quyết định 352-QĐ/TU 2025 of the city's Party committee; "Báo và Đài
  // Phát thanh - Truyền hình Quảng Bình", 2025): no "tỉnh" before it.
  agency(
    'bao-va-phat-thanh-truyen-hinh',
    'Báo và Phát thanh, Truyền hình tỉnh',
    'Báo và PT, TH tỉnh',
    'public-service-unit',
    // "Báo và Phát thanh Truyền hình Lai Châu" (7360/KH-UBND 2025): the comma left out.
    own({
      aliases: ['Báo và Phát thanh - Truyền hình tỉnh', 'Báo và Phát thanh Truyền hình tỉnh'],
      bareProvince: true,
    }),
  ),
  // Units every province has, named in plans of any province (0130/KH-UBND Đắk Lắk, 2954/QĐ-UBND Sơn La
  // 2025): the disease control centre under Sở Y tế (each province's CDC, made by merging its preventive
  // health centres), the province's web portal.
  agency(
    'trung-tam-kiem-soat-benh-tat-tinh',
    'Trung tâm Kiểm soát bệnh tật tỉnh',
    'CDC tỉnh',
    'public-service-unit',
    own({ aliases: ['Trung tâm Kiểm soát bệnh tật thành phố'] }),
  ),
  agency(
    'cong-thong-tin-dien-tu-tinh',
    'Cổng thông tin điện tử tỉnh',
    'Cổng TTĐT tỉnh',
    'public-service-unit',
    own({ aliases: ['Cổng Thông tin điện tử tỉnh'] }),
  ),
  // One agency despite its comma; named as the province's own plan writes it (Kế hoạch 58, cell C13).
  agency(
    'trung-tam-xuc-tien-dau-tu-thuong-mai-du-lich',
    'Trung tâm xúc tiến đầu tư, thương mại du lịch tỉnh',
    'TT Xúc tiến ĐT, TM, DL tỉnh',
    'public-service-unit',
    own({
      aliases: [
        'Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh',
        'Trung tâm Xúc tiến Đầu tư - Thương mại - Du lịch tỉnh',
        'Trung tâm xúc tiến đầu tư thương mại du lịch tỉnh',
      ],
    }),
  ),
  agency(
    'trung-tam-phuc-vu-hanh-chinh-cong',
    'Trung tâm Phục vụ hành chính công tỉnh',
    'TT Phục vụ HCC tỉnh',
    'public-service-unit',
    own({ aliases: ['Trung tâm PVHCC tỉnh', 'Trung tâm Hành chính công tỉnh'] }),
  ),
  agency(
    'truong-cao-dang-su-pham',
    'Trường Cao đẳng Sư phạm tỉnh',
    'Trường CĐSP tỉnh',
    'public-service-unit',
    own(),
  ),
];

/** Every body a province has in its own name (level 'province'), and the regional offices of 2025. */
export const PROVINCIAL_BODIES: readonly AgencyEntry[] = [
  ...PROVINCE,
  ...DEPARTMENTS,
  ...BOARDS,
  ...PARTY,
  ...MASS_ORGANISATIONS,
  ...ARMED_FORCES,
  ...JUDICIAL,
  ...VERTICAL,
  ...PUBLIC_SERVICE_UNITS,
];
