import fc from 'fast-check';
import { convertVni } from '../../../src/domain';
import { VNI_TO_UNICODE } from '../../../src/domain/text/vniTable';

// OpenKey's VNI Windows code table (github.com/tuyenvm/OpenKey, Sources/OpenKey/engine/Vietnamese.cpp,
// `_codeTable`), written the way OpenKey writes it: a code's low byte is the letter's first character and
// its high byte, if any, the mark after it. scripts/generate-vni-table.js builds the table from the tone
// structure instead, so this checks the generated table against a source it was not generated from.
const OPENKEY_VNI: ReadonlyArray<readonly [string, readonly number[]]> = [
  [
    'ÂâĂăÁáÀàẢảÃãẠạ',
    [
      0xc241, 0xe261, 0xca41, 0xea61, 0xd941, 0xf961, 0xd841, 0xf861, 0xdb41, 0xfb61, 0xd541, 0xf561, 0xcf41,
      0xef61,
    ],
  ],
  [
    'ÔôƠơÓóÒòỎỏÕõỌọ',
    [
      0xc24f, 0xe26f, 0x00d4, 0x00f4, 0xd94f, 0xf96f, 0xd84f, 0xf86f, 0xdb4f, 0xfb6f, 0xd54f, 0xf56f, 0xcf4f,
      0xef6f,
    ],
  ],
  [
    'ƯưÚúÙùỦủŨũỤụ',
    [0x00d6, 0x00f6, 0xd955, 0xf975, 0xd855, 0xf875, 0xdb55, 0xfb75, 0xd555, 0xf575, 0xcf55, 0xef75],
  ],
  [
    'ÊêÉéÈèẺẻẼẽẸẹ',
    [0xc245, 0xe265, 0xd945, 0xf965, 0xd845, 0xf865, 0xdb45, 0xfb65, 0xd545, 0xf565, 0xcf45, 0xef65],
  ],
  ['Đđ', [0x00d1, 0x00f1]],
  ['ẤấẦầẨẩẪẫẬậ', [0xc141, 0xe161, 0xc041, 0xe061, 0xc541, 0xe561, 0xc341, 0xe361, 0xc441, 0xe461]],
  ['ẮắẰằẲẳẴẵẶặ', [0xc941, 0xe961, 0xc841, 0xe861, 0xda41, 0xfa61, 0xdc41, 0xfc61, 0xcb41, 0xeb61]],
  ['ỐốỒồỔổỖỗỘộ', [0xc14f, 0xe16f, 0xc04f, 0xe06f, 0xc54f, 0xe56f, 0xc34f, 0xe36f, 0xc44f, 0xe46f]],
  ['ỚớỜờỞởỠỡỢợ', [0xd9d4, 0xf9f4, 0xd8d4, 0xf8f4, 0xdbd4, 0xfbf4, 0xd5d4, 0xf5f4, 0xcfd4, 0xeff4]],
  ['ỨứỪừỬửỮữỰự', [0xd9d6, 0xf9f6, 0xd8d6, 0xf8f6, 0xdbd6, 0xfbf6, 0xd5d6, 0xf5f6, 0xcfd6, 0xeff6]],
  ['ẾếỀềỂểỄễỆệ', [0xc145, 0xe165, 0xc045, 0xe065, 0xc545, 0xe565, 0xc345, 0xe365, 0xc445, 0xe465]],
  ['ÍíÌìỈỉĨĩỊị', [0x00cd, 0x00ed, 0x00cc, 0x00ec, 0x00c6, 0x00e6, 0x00d3, 0x00f3, 0x00d2, 0x00f2]],
  ['ÝýỲỳỶỷỸỹỴỵ', [0xd959, 0xf979, 0xd859, 0xf879, 0xdb59, 0xfb79, 0xd559, 0xf579, 0x00ce, 0x00ee]],
];

function openKeySpelling(code: number): string {
  const mark = code >> 8;
  return String.fromCharCode(code & 0xff) + (mark ? String.fromCharCode(mark) : '');
}

const LOWER = 'aàảãáạăằẳẵắặâầẩẫấậbcdđeèẻẽéẹêềểễếệghiìỉĩíịklmnoòỏõóọôồổỗốộơờởỡớợpqrstuùủũúụưừửữứựvxyỳỷỹýỵ';
// The Vietnamese alphabet in both cases, plus what else a cell holds: the other ASCII letters, digits,
// spaces and punctuation.
const CHARACTERS = [...LOWER, ...LOWER.toUpperCase(), ...'fjwzFJWZ0123456789 ,.;:-/()%\n'];
const TO_VNI = new Map(VNI_TO_UNICODE.map(([vni, unicode]) => [unicode, vni]));
const toVni = (text: string) => [...text].map((ch) => TO_VNI.get(ch) ?? ch).join('');

describe('the VNI table', () => {
  it("agrees with OpenKey's table on every letter, and has no other entries", () => {
    const openKey = OPENKEY_VNI.flatMap(([letters, codes]) =>
      [...letters].map((letter, i) => [openKeySpelling(codes[i] ?? 0), letter] as const),
    );
    expect(openKey).toHaveLength(134);
    expect(new Map(VNI_TO_UNICODE)).toEqual(new Map(openKey));
  });

  it('spells each letter one way only', () => {
    expect(new Map(VNI_TO_UNICODE).size).toBe(VNI_TO_UNICODE.length);
    expect(TO_VNI.size).toBe(VNI_TO_UNICODE.length);
  });

  it('covers every letter of the alphabet that is not plain ASCII', () => {
    const missing = CHARACTERS.filter((ch) => ch > '\u007f' && !TO_VNI.has(ch));
    expect(missing).toEqual([]);
  });
});

describe('convertVni on random Vietnamese text', () => {
  it('reads back the Unicode text it was encoded from', () => {
    const text = fc.array(fc.constantFrom(...CHARACTERS), { maxLength: 60 }).map((chars) => chars.join(''));
    fc.assert(
      fc.property(text, (unicode) => {
        expect(convertVni(toVni(unicode))).toBe(unicode.normalize('NFC'));
      }),
      { numRuns: 500 },
    );
  });
});
