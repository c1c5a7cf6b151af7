import fc from 'fast-check';
import { foldKey, normalizeText, parseVietnameseDate } from '../../../src/domain';
import { isBlank } from '../../../src/domain/text';

describe('normalizeText', () => {
  it('composes NFD to NFC and collapses whitespace, NBSP and zero-width spaces', () => {
    expect(normalizeText(' Sở\u00a0Ngoa\u0323i\u200b  vu\u0323 \n')).toBe('Sở Ngoại vụ');
  });

  it('treats the three spellings of ệ alike', () => {
    const forms = ['\u1ec7', 'e\u0323\u0302', '\u00ea\u0323'];
    expect(new Set(forms.map(normalizeText)).size).toBe(1);
  });

  // Both shortcuts (normalizeText's clean-text scan, isBlank's ASCII test) against the full clean-up.
  it('returns a clean text as it is, cleans any other as the full clean-up would, and calls blank what it empties', () => {
    const full = (text: string) =>
      text
        .normalize('NFC')
        .replace(/\u200b|\u200c|\u200d|\u2060/g, '')
        .replace(/\s+/g, ' ')
        .trim();
    const pieces = [
      ...[
        'Sở',
        'Nội vụ',
        ' ',
        '  ',
        '\n',
        '\t',
        '\u00a0',
        '\u200b',
        '\u2060',
        '\ufeff',
        'e\u0323\u0302',
        'x',
      ],
      ...['\u007f', '!', '~', 'Đ', '\u0301'],
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        expect(normalizeText(text)).toBe(full(text));
        expect(isBlank(text)).toBe(full(text) === '');
      }),
    );
    const clean = 'Sở Nội vụ chủ trì';
    expect(normalizeText(clean)).toBe(clean);
  });
});

describe('foldKey', () => {
  it('drops diacritics, case, đ and punctuation', () => {
    expect(foldKey('Đơn vị chủ trì:')).toBe('don vi chu tri');
  });

  it('makes tone placement irrelevant (Hòa/Hoà, Ủy/Uỷ)', () => {
    expect(foldKey('Hòa')).toBe(foldKey('Hoà'));
    expect(foldKey('Ủy ban')).toBe(foldKey('Uỷ ban'));
  });
});

describe('parseVietnameseDate', () => {
  it.each([
    ['ngày 11 tháng 03 năm 2024', '2024-03-11'],
    ['Ngày 5 tháng 1 năm 2025', '2025-01-05'],
    ['ngày 31/12/2021', '2021-12-31'],
    ['05-01-2022', '2022-01-05'],
    ['11.03.2024', '2024-03-11'],
    ['29/2/2024', '2024-02-29'],
  ])('reads %j as %s', (text, iso) => {
    expect(parseVietnameseDate(text)?.iso).toBe(iso);
  });

  it.each(['31/02/2024', '29/02/2023', 'ngày 32 tháng 1 năm 2024', '10/13/2024'])(
    'marks %j impossible',
    (text) => {
      const date = parseVietnameseDate(text);
      expect(date?.valid).toBe(false);
      expect(date?.iso).toBeUndefined();
    },
  );

  it('finds no date in a bare symbol or a year range', () => {
    expect(parseVietnameseDate('217/KH-UBND')).toBeUndefined();
    expect(parseVietnameseDate('giai đoạn 2021 - 2025')).toBeUndefined();
  });

  it('returns the earliest date in the text', () => {
    expect(parseVietnameseDate('Kế hoạch 124-KH/TU ngày 29/4/2022; ngày 24 tháng 8 năm 2022')?.iso).toBe(
      '2022-04-29',
    );
  });
});
