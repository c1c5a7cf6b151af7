import type { FundingCategory } from './schema';

export interface FundingCategoryLabel {
  vi: string;
  en: string;
}

/** Display names of the funding categories, Vietnamese first (the officer's language). */
export const FUNDING_CATEGORY_LABELS: Readonly<Record<FundingCategory, FundingCategoryLabel>> = {
  'provincial-budget': { vi: 'Ngân sách tỉnh', en: 'Provincial budget' },
  'central-budget': { vi: 'Ngân sách trung ương', en: 'Central budget' },
  'state-budget': { vi: 'Ngân sách nhà nước', en: 'State budget' },
  'local-budget': { vi: 'Ngân sách địa phương', en: 'Local budget' },
  'regular-operating': { vi: 'Kinh phí hoạt động thường xuyên', en: 'Regular operating funds' },
  'delegation-out': { vi: 'Kinh phí đoàn ra', en: 'Outbound delegations' },
  'delegation-in': { vi: 'Kinh phí đoàn vào', en: 'Inbound delegations' },
  'foreign-affairs': { vi: 'Kinh phí đối ngoại', en: 'Foreign affairs funds' },
  'defence-security': { vi: 'Kinh phí quốc phòng, an ninh', en: 'Defence and security funds' },
  training: { vi: 'Kinh phí đào tạo, bồi dưỡng', en: 'Training funds' },
  promotion: { vi: 'Kinh phí xúc tiến', en: 'Investment, trade and tourism promotion' },
  project: { vi: 'Kinh phí chương trình, dự án', en: 'Programme and project funds' },
  socialization: { vi: 'Xã hội hóa', en: 'Private contributions (xã hội hóa)' },
  sponsorship: { vi: 'Tài trợ, đối tác đài thọ', en: 'Sponsorship' },
  'oda-aid': { vi: 'ODA, vốn vay ưu đãi, viện trợ', en: 'ODA, concessional loans and aid' },
  'self-funded': { vi: 'Tự túc', en: 'Self-funded' },
  'no-cost': { vi: 'Không phát sinh kinh phí', en: 'No cost' },
  'other-lawful': { vi: 'Nguồn hợp pháp khác', en: 'Other lawful sources' },
};
