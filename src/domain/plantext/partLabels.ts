import { foldKey } from '../text';

/**
 * What a labelled part of a task gives, in a plan that describes each task in words:
 * "c) Cơ quan chủ trì tham mưu: Sở Ngoại vụ", "- Đơn vị phối hợp: …". `lead` may name partners too
 * ("Sở Ngoại vụ chủ trì, phối hợp với …", see splitPerformers); `contentTime` is "Nội dung và thời gian
 * hoạt động", a list of dated activities.
 */
export type PartLabel = 'content' | 'contentTime' | 'time' | 'lead' | 'partners' | 'funding' | 'product';

/**
 * Label wordings seen in real plans (Bà Rịa - Vũng Tàu 58/KH-UBND 2024, Đồng Nai 2025) and the column
 * titles of the appendices they repeat into. Matched whole, on folded text: "Nội dung tuyên truyền" is a
 * heading, not a label.
 */
const LABELS: ReadonlyArray<readonly [PartLabel, readonly string[]]> = [
  [
    'content',
    [
      'Nội dung',
      'Nội dung thực hiện',
      'Nội dung nhiệm vụ',
      'Nội dung công việc',
      'Nội dung hoạt động',
      'Nội dung chủ yếu',
      // "1. Nội dung, biện pháp" over its a), b) items (252/KH-BCĐQG1237 2013).
      'Nội dung, biện pháp',
      'Nội dung và biện pháp',
      'Nội dung, giải pháp',
      // "a) Nhiệm vụ: …" (Hà Nội 308/KH-UBND 2025), as the task column of an appendix is titled.
      'Nhiệm vụ',
      'Nhiệm vụ cụ thể',
    ],
  ],
  [
    'contentTime',
    ['Nội dung và thời gian hoạt động', 'Nội dung và thời gian thực hiện', 'Nội dung, thời gian thực hiện'],
  ],
  [
    'time',
    [
      'Thời gian',
      'Thời gian thực hiện',
      'Thời gian hoàn thành',
      'Thời gian tổ chức',
      'Thời hạn',
      'Thời hạn hoàn thành',
      'Tiến độ',
      'Tiến độ thực hiện',
      'Tiến độ hoàn thành',
    ],
  ],
  [
    'lead',
    [
      'Đơn vị chủ trì',
      'Cơ quan chủ trì',
      'Cơ quan chủ trì tham mưu',
      'Cơ quan chủ trì thực hiện',
      'Đơn vị chủ trì thực hiện',
      'Đơn vị chủ trì tham mưu',
      'Chủ trì',
      // A heading over "a) Cơ quan chủ trì" and "b) Cơ quan phối hợp" (252/KH-BCĐQG1237 2013).
      'Cơ quan chủ trì, phối hợp',
      'Cơ quan chủ trì và phối hợp',
      'Đơn vị chủ trì, phối hợp',
    ],
  ],
  [
    // Who carries the task out, often "X chủ trì, phối hợp với Y" (splitPerformers).
    'lead',
    [
      'Cơ quan thực hiện',
      'Đơn vị thực hiện',
      'Cơ quan tham mưu',
      'Đơn vị tham mưu',
      'Cơ quan tham mưu, thực hiện',
      'Cơ quan tham mưu thực hiện',
      'Cơ quan, đơn vị thực hiện',
      'Cơ quan, đơn vị tham mưu',
      'Trách nhiệm thực hiện',
      'Phân công thực hiện',
    ],
  ],
  [
    'partners',
    [
      'Đơn vị phối hợp',
      'Cơ quan phối hợp',
      'Cơ quan phối hợp thực hiện',
      'Đơn vị phối hợp thực hiện',
      'Cơ quan, đơn vị phối hợp',
      'Phối hợp',
    ],
  ],
  ['funding', ['Kinh phí', 'Kinh phí thực hiện', 'Nguồn kinh phí', 'Nguồn vốn', 'Dự kiến kinh phí']],
  ['product', ['Sản phẩm', 'Sản phẩm đầu ra', 'Sản phẩm hoàn thành', 'Kết quả đầu ra', 'Kết quả, sản phẩm']],
];

const BY_KEY: ReadonlyMap<string, PartLabel> = new Map(
  LABELS.flatMap(([label, titles]) => titles.map((title) => [foldKey(title), label] as const)),
);

// What a label may add after its role: "Đơn vị chủ trì tham mưu thực hiện" (Bắc Ninh 141/KH-UBND 2025) is
// "Đơn vị chủ trì".
const QUALIFIER = / (?:thuc hien|tham muu|trien khai|to chuc thuc hien|ban hanh|hoan thanh)$/u;

/**
 * The part a label's words name, or undefined.
 * @example partLabel('Cơ quan chủ trì tham mưu') === 'lead'
 * @example partLabel('Đơn vị chủ trì tham mưu thực hiện') === 'lead'
 * @example partLabel('Nội dung tuyên truyền') === undefined
 */
export function partLabel(words: string): PartLabel | undefined {
  let key = foldKey(words);
  for (;;) {
    const label = BY_KEY.get(key);
    if (label) return label;
    const shorter = key.replace(QUALIFIER, '');
    if (shorter === key) return undefined;
    key = shorter;
  }
}
