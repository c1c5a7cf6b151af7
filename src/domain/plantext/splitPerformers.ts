import { DEFAULT_REGISTRY, splitAgencies } from '../agencies';
import { firstAction } from './actionWords';

/** Who leads a task and who supports it, as a plan's sentence gives them. */
export interface Performers {
  lead: string;
  partners: string;
}

// "X chủ trì, phối hợp với Y …", "X chủ trì và phối hợp Y", "X chủ trì tham mưu …" (TP HCM 172/KH-UBND 2025):
// the lead before "chủ trì", the partners after a "phối hợp" that follows it at once.
const LEADS = /^(.+?)\s+chủ trì(?=[\s,.;]|$)(.*)$/su;
// "Bộ Tài chính chủ trì cùng Bộ Xây dựng và các bộ, ngành liên quan rà soát …" (224/CĐ-TTg 2025).
const PARTNERS = /^[\s,;.]*(?:(?:và\s+)?phối hợp(?:\s+với)?|cùng(?:\s+với)?)\s+(.+)$/su;
const BY_MANDATE = /\s+theo (?:nhiệm vụ|chức năng)(?=\s|$).*$/u;
const END_STOP = /[\s.;,]+$/u;

/**
 * The lead and partners of a sentence naming who carries a task out, the bodies kept as written.
 * @example splitPerformers('Sở Ngoại vụ chủ trì, phối hợp với Sở Công Thương, các cơ quan liên quan tham mưu thực hiện.')
 *   → { lead: 'Sở Ngoại vụ', partners: 'Sở Công Thương, các cơ quan liên quan' }
 * @example splitPerformers('Công an tỉnh, các cơ quan liên quan.') → { lead: 'Công an tỉnh, các cơ quan liên quan', partners: '' }
 */
export function splitPerformers(sentence: string): Performers {
  const text = sentence.trim();
  const match = LEADS.exec(text);
  if (!match) return { lead: bodies(text), partners: '' };
  const partners = PARTNERS.exec(match[2] ?? '')?.[1];
  return { lead: bodies(match[1] ?? ''), partners: partners ? bodies(partners) : '' };
}

function bodies(text: string): string {
  // The action after the bodies: "… các cơ quan liên quan tham mưu thực hiện.", "… thực hiện các hoạt động …".
  const action = firstAction(text, knownNames(text));
  const bodies = action >= 0 ? text.slice(0, action) : text;
  // "… theo nhiệm vụ được giao tại Kế hoạch số 82/KH-UBND": what they act by, not who they are.
  return bodies.replace(BY_MANDATE, '').replace(END_STOP, '');
}

/**
 * The spans of the bodies the registry names in a text, whose words are never its action. Collectives are
 * left out: the splitter reads any "các …" piece as one, action words and all.
 */
export function knownNames(text: string): Array<{ start: number; end: number }> {
  return splitAgencies(text, DEFAULT_REGISTRY).filter((m) => m.entry !== undefined && !m.collective);
}
