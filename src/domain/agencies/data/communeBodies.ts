/**
 * The bodies every commune, ward and special zone has from 1/7/2025, when the district level ended: the
 * committee's specialised offices (Nghị định 150/2025/NĐ-CP, 12/6/2025: Văn phòng Hội đồng nhân dân và Ủy ban
 * nhân dân; Phòng Kinh tế for a commune or special zone, Phòng Kinh tế, Hạ tầng và Đô thị for a ward; Phòng Văn
 * hóa - Xã hội), its public-service centre (Nghị quyết 332/NQ-CP, 15/10/2025), and the Party, Front, police,
 * military and health bodies a commune's plan gives tasks to. Each is named with its level word, "xã",
 * "phường" or "đặc khu", or without one in the commune's own plan; the unit's name may follow ("Công an xã
 * Tân Phú"). No dates: before 2025 a district had offices of the same names.
 */
import type { AgencyEntry, AgencyKind } from '../schema';
import { agency } from './entry';

const LEVELS = ['xã', 'phường', 'đặc khu'];

/**
 * One commune-level body, named with each level word and, where `bare`, without one; `short` is its sheet
 * name when the name is longer than a sheet's 31 characters.
 */
function commune(
  id: string,
  name: string,
  kind: AgencyKind,
  more: { bare?: true; aliases?: string[]; short?: string } = {},
) {
  const forms = [...LEVELS.map((level) => `${name} ${level}`), ...(more.bare ? [name] : [])];
  const [canonical, ...aliases] = forms;
  return agency(id, canonical as string, more.short ?? (canonical as string), kind, {
    aliases: [
      ...aliases,
      ...(more.aliases ?? []).flatMap((alias) => LEVELS.map((level) => `${alias} ${level}`)),
    ],
    level: 'local',
  });
}

export const COMMUNE_BODIES: readonly AgencyEntry[] = [
  // The committee itself, named without its unit ("UBND xã" in the commune's own plan); with its name it is
  // a unit of its own (localUnit.ts).
  commune('ubnd-xa', 'Ủy ban nhân dân', 'people-committee', { aliases: ['UBND'] }),
  commune('van-phong-hdnd-ubnd-xa', 'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân', 'office', {
    bare: true,
    short: 'VP HĐND và UBND xã',
    aliases: ['Văn phòng HĐND và UBND', 'Văn phòng HĐND - UBND'],
  }),
  commune('phong-kinh-te-xa', 'Phòng Kinh tế', 'department', { bare: true }),
  commune('phong-kinh-te-ha-tang-do-thi', 'Phòng Kinh tế, Hạ tầng và Đô thị', 'department', {
    bare: true,
    short: 'Phòng KT, HT và ĐT',
  }),
  commune('phong-van-hoa-xa-hoi-xa', 'Phòng Văn hóa - Xã hội', 'department', { bare: true }),
  commune('trung-tam-phuc-vu-hcc-xa', 'Trung tâm Phục vụ hành chính công', 'public-service-unit', {
    short: 'TT Phục vụ HCC xã',
  }),
  commune('cong-an-xa', 'Công an', 'armed-forces'),
  commune('ban-chi-huy-quan-su-xa', 'Ban Chỉ huy quân sự', 'armed-forces', {
    aliases: ['Ban Chỉ huy Quân sự'],
  }),
  commune('dang-uy-xa', 'Đảng ủy', 'party'),
  commune('ubmttq-xa', 'Ủy ban Mặt trận Tổ quốc Việt Nam', 'mass-organisation', {
    aliases: ['Ủy ban MTTQ Việt Nam', 'Ủy ban MTTQ'],
    short: 'UBMTTQ xã',
  }),
  commune('tram-y-te-xa', 'Trạm Y tế', 'public-service-unit'),
  // The Front's member organisations at the commune level.
  commune('hoi-nong-dan-xa', 'Hội Nông dân', 'mass-organisation'),
  commune('hoi-lhpn-xa', 'Hội Liên hiệp Phụ nữ', 'mass-organisation', { aliases: ['Hội Phụ nữ'] }),
  commune('doan-thanh-nien-xa', 'Đoàn Thanh niên Cộng sản Hồ Chí Minh', 'mass-organisation', {
    aliases: ['Đoàn Thanh niên', 'Đoàn TNCS Hồ Chí Minh'],
    short: 'Đoàn Thanh niên xã',
  }),
  commune('hoi-cuu-chien-binh-xa', 'Hội Cựu chiến binh', 'mass-organisation'),
];
