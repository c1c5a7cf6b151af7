import { ACTION } from './actionWords';

/** Who leads a task and who supports it, as a plan's sentence gives them. */
export interface Performers {
  lead: string;
  partners: string;
}

// "X chủ trì, phối hợp với Y", "X chủ trì và phối hợp Y", "X chủ trì." — "chủ trì" followed by anything
// else ("Các cơ quan được giao chủ trì tổ chức đoàn …") is a sentence, kept whole.
const LEAD_FIRST = /^(.+?)\s+chủ trì\s*(?:[,;.]\s*|\s+|$)(?:(?:và\s+)?phối hợp(?:\s+với)?\s+(.+))?$/iu;
const END_STOP = /[\s.;,]+$/u;

/**
 * The lead and partners of a sentence naming who carries a task out, the bodies kept as written.
 * @example splitPerformers('Sở Ngoại vụ chủ trì, phối hợp với Sở Công Thương, các cơ quan liên quan tham mưu thực hiện.')
 *   → { lead: 'Sở Ngoại vụ', partners: 'Sở Công Thương, các cơ quan liên quan' }
 * @example splitPerformers('Công an tỉnh, các cơ quan liên quan.') → { lead: 'Công an tỉnh, các cơ quan liên quan', partners: '' }
 */
export function splitPerformers(sentence: string): Performers {
  const text = sentence.trim();
  const match = LEAD_FIRST.exec(text);
  const rest = match?.[2];
  if (match && (rest !== undefined || /chủ trì\s*[.;]?\s*$/iu.test(text)))
    return { lead: bodies(match[1] ?? ''), partners: rest ? bodies(rest) : '' };
  return { lead: bodies(text), partners: '' };
}

function bodies(text: string): string {
  // The action after the bodies: "… các cơ quan liên quan tham mưu thực hiện.", "… thực hiện các hoạt động …".
  const action = ACTION.exec(text);
  return (action ? text.slice(0, action.index) : text).replace(END_STOP, '');
}
