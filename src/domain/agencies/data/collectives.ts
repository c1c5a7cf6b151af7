/**
 * Collective phrases plans write in their lead and partner columns ("các sở, ban, ngành", "UBND các xã,
 * phường, đặc khu"), in the orders and wordings seen in real plans. A collective is a valid lead (one
 * collective lead each) unless it is vague ("các cơ quan có liên quan"), which names no one.
 */
import type { AgencyEntry } from '../schema';
import type { Extra } from './entry';
import { agency } from './entry';

// The district level ended on 1/7/2025 (Nghị quyết 203/2025/QH15 amending the Constitution's local
// government articles, and Luật Tổ chức chính quyền địa phương 72/2025/QH15; domain.md §4.2). Its tasks
// went to the province or to the commune level, which took the name "xã, phường, đặc khu".
export const DISTRICTS_LAST_DAY = '2025-06-30';
const COMMUNES_FIRST_DAY = '2025-07-01';
const COMMUNE_LEVEL = 'ubnd-cac-xa-phuong-dac-khu';
const endedWithDistricts: Extra = { validTo: DISTRICTS_LAST_DAY, successors: [COMMUNE_LEVEL] };

const LOCAL_COMMITTEES: readonly AgencyEntry[] = [
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
        'UBND các huyện, thị xã',
        'UBND các quận, huyện',
        'UBND các quận, huyện, thị xã',
        'UBND các quận, huyện, thị xã, thành phố',
        'UBND các quận, huyện, thành phố Thủ Đức',
        'Ủy ban nhân dân cấp huyện',
      ],
      ...endedWithDistricts,
    },
  ),
  agency(
    'ubnd-cac-xa-phuong-thi-tran',
    'Ủy ban nhân dân các xã, phường, thị trấn',
    'UBND các xã, phường, TT',
    'collective',
    {
      aliases: ['UBND các xã, phường, thị trấn', 'UBND các phường, xã, thị trấn', 'UBND các xã, thị trấn'],
      ...endedWithDistricts,
    },
  ),
  // "UBND cấp xã" and "UBND các xã, phường" name the commune level before and after 2025 alike, so they
  // belong to the undated entry below, not to the one that starts with the đặc khu.
  agency(
    COMMUNE_LEVEL,
    'Ủy ban nhân dân các xã, phường, đặc khu',
    'UBND các xã, phường, đặc khu',
    'collective',
    {
      aliases: ['UBND các xã, phường, đặc khu', 'UBND các phường, xã, đặc khu'],
      validFrom: COMMUNES_FIRST_DAY,
    },
  ),
  agency('ubnd-cap-xa', 'Ủy ban nhân dân cấp xã', 'UBND cấp xã', 'collective', {
    aliases: ['UBND các xã, phường', 'UBND các phường, xã', 'Ủy ban nhân dân các xã, phường'],
  }),
  agency(
    'ubnd-cac-tinh-thanh-pho',
    'Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương',
    'UBND các tỉnh, thành phố',
    'collective',
    {
      aliases: [
        'UBND các tỉnh, thành phố trực thuộc trung ương',
        'UBND các tỉnh, thành phố trực thuộc TW',
        'Ủy ban nhân dân các tỉnh, thành phố',
        'UBND các tỉnh, TP',
      ],
    },
  ),
];

const BODIES: readonly AgencyEntry[] = [
  agency('cac-so-ban-nganh', 'Các sở, ban, ngành', 'Các sở, ban, ngành', 'collective', {
    aliases: ['các sở, ngành', 'các sở ban ngành', 'các sở, ban, ngành tỉnh', 'các sở, ngành tỉnh'],
  }),
  agency(
    'cac-so-ban-nganh-dia-phuong',
    'Các sở, ban, ngành, địa phương',
    'Sở, ban, ngành, địa phương',
    'collective',
    { aliases: ['các sở, ngành, địa phương', 'các sở, ban, ngành và địa phương'] },
  ),
  // The Party committees directly under the Central Committee, as the Central Party bodies address them
  // ("Các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương cụ thể hóa hướng dẫn này …", 37-HD/BTGDVTW 2025).
  agency(
    'cac-tinh-uy-thanh-uy-dang-uy-truc-thuoc-tw',
    'Các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương',
    'Tỉnh ủy, thành ủy, ĐU TW',
    'collective',
    { aliases: ['tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương', 'các đảng ủy trực thuộc Trung ương'] },
  ),
  // The communes' loudspeaker stations ("Báo và Phát thanh - Truyền hình Đắk Lắk, …, Cổng Thông tin điện tử tỉnh
  // và hệ thống truyền thanh cơ sở", 0129/KH-UBND Đắk Lắk 2025).
  agency('he-thong-truyen-thanh-co-so', 'Hệ thống truyền thanh cơ sở', 'Truyền thanh cơ sở', 'collective', {
    aliases: ['hệ thống truyền thanh cấp xã', 'đài truyền thanh cơ sở', 'các đài truyền thanh cơ sở'],
  }),
  // The provincial council's committees (Ban Pháp chế, Ban Kinh tế - Ngân sách, Ban Văn hóa - Xã hội …; Luật Tổ
  // chức chính quyền địa phương), as plans name them together.
  agency('cac-ban-hdnd-tinh', 'Các Ban của Hội đồng nhân dân tỉnh', 'Các Ban HĐND tỉnh', 'collective', {
    aliases: ['Các Ban của HĐND tỉnh', 'Các Ban Hội đồng nhân dân tỉnh'],
  }),
  // The provinces, or a province's communes, as a Government or a province addresses them.
  agency('ubnd-cac-dia-phuong', 'Ủy ban nhân dân các địa phương', 'UBND các địa phương', 'collective'),
  agency('cac-tinh-thanh-pho', 'Các tỉnh, thành phố', 'Các tỉnh, thành phố', 'collective', {
    aliases: ['các tỉnh, thành phố trực thuộc trung ương', 'các tỉnh/thành phố'],
  }),
  agency('cac-bo-nganh', 'Các bộ, ngành', 'Các bộ, ngành', 'collective', {
    aliases: ['các bộ, ngành trung ương', 'các bộ, ngành Trung ương', 'các Bộ, ngành'],
  }),
  agency('cac-bo-nganh-dia-phuong', 'Các bộ, ngành, địa phương', 'Các bộ, ngành, địa phương', 'collective', {
    aliases: ['các bộ, ngành và địa phương'],
  }),
  agency(
    'cac-bo-co-quan-ngang-bo',
    'Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ',
    'Các bộ, cơ quan ngang bộ',
    'collective',
    { aliases: ['các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ', 'các Bộ, cơ quan ngang Bộ'] },
  ),
  // Every body of a kind and none in particular (D69): vague, so a qualifier after them is taken in ("Các
  // cơ quan, đơn vị giải quyết TTHC"); as a lead a missing one only where the document names leads
  // elsewhere, a note where it assigns duties to everyone so (`collective-lead`).
  agency('cac-dia-phuong', 'Các địa phương', 'Các địa phương', 'collective', { vague: true, everyone: true }),
  agency('cac-co-quan-don-vi', 'Các cơ quan, đơn vị', 'Các cơ quan, đơn vị', 'collective', {
    vague: true,
    everyone: true,
  }),
];

const VAGUE: readonly AgencyEntry[] = [
  agency('cac-co-quan-co-lien-quan', 'Các cơ quan có liên quan', 'Các cơ quan liên quan', 'collective', {
    aliases: [
      'các cơ quan liên quan',
      'các cơ quan, đơn vị liên quan',
      'các cơ quan, đơn vị có liên quan',
      'các sở, ngành liên quan',
      'các sở, ban, ngành liên quan',
      'các sở, ngành có liên quan',
      'các ngành liên quan',
      'các ngành có liên quan',
      'các bộ, ngành liên quan',
      'các bộ, ngành có liên quan',
    ],
    vague: true,
  }),
  agency('cac-don-vi-co-lien-quan', 'Các đơn vị có liên quan', 'Các đơn vị liên quan', 'collective', {
    aliases: ['các đơn vị liên quan'],
    vague: true,
  }),
  agency('cac-dia-phuong-lien-quan', 'Các địa phương liên quan', 'Các địa phương liên quan', 'collective', {
    aliases: ['các địa phương có liên quan'],
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

/** Every collective phrase (kind 'collective'). */
export const COLLECTIVES: readonly AgencyEntry[] = [...LOCAL_COMMITTEES, ...BODIES, ...VAGUE];
