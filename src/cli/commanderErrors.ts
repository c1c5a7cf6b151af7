import type { Lang } from '../domain';

/**
 * Commander's own error lines ("error: unknown option '--jsn'") in the officer's language; a line it does not
 * know is left as it is. English is commander's wording.
 * @example commanderError("error: missing required argument 'file'\n", 'vi') === 'Lỗi: thiếu tham số bắt buộc "file".\n'
 */
export function commanderError(text: string, lang: Lang): string {
  if (lang === 'en') return text;
  return text
    .split('\n')
    .map((line) => {
      for (const [pattern, say] of VIETNAMESE) {
        const match = pattern.exec(line);
        if (match) return say(...match.slice(1).map((group) => group ?? ''));
      }
      return line;
    })
    .join('\n');
}

const VIETNAMESE: ReadonlyArray<[RegExp, (...groups: string[]) => string]> = [
  [/^error: missing required argument '(.+)'$/u, (name) => `Lỗi: thiếu tham số bắt buộc "${name}".`],
  [/^error: unknown option '(.+)'$/u, (option) => `Lỗi: không có tùy chọn "${option}".`],
  [/^\(Did you mean (.+)\?\)$/u, (option) => `(Có phải ý bạn là ${option}?)`],
  [/^error: unknown command '(.+)'$/u, (command) => `Lỗi: không có lệnh "${command}".`],
  [
    /^error: too many arguments for '(.+)'\. Expected (\d+) arguments? but got (\d+)\.$/u,
    (command, expected, got) => `Lỗi: lệnh "${command}" nhận ${expected} tham số, nhưng được đưa ${got}.`,
  ],
  [
    /^error: option '(.+)' argument '(.*)' is invalid\. Allowed choices are (.+)\.$/u,
    (option, value, choices) =>
      `Lỗi: tùy chọn "${option}" không nhận "${value}"; chọn một trong: ${choices}.`,
  ],
  [
    /^error: option '(.+)' argument '(.*)' is invalid\. (.+)$/u,
    (option, value, why) => `Lỗi: tùy chọn "${option}" không nhận "${value}": ${why}`,
  ],
  [/^error: option '(.+)' argument missing$/u, (option) => `Lỗi: tùy chọn "${option}" thiếu giá trị.`],
];
