import { attribute, decodeXml, runText } from './packageXml';

/**
 * Comment threads (Excel 365's threaded comments) kept on a sheet the workbench carries. Excel stores a
 * thread twice: in the sheet's threaded-comments part (`<threadedComment ref id [parentId]>`, one element per
 * comment and reply), and as a placeholder note in the legacy comments part whose author is "tc={id}" of
 * the thread's first comment (documented by the format's users: exceljs/exceljs#2070,
 * PHPOffice/PhpSpreadsheet#2184). ExcelJS reads the placeholder as an ordinary note and writes it back
 * under its own author, which unlinks it. Here the officer's placeholder is put back in ExcelJS's comments
 * part where its note went (the cell may have moved down with an inserted row), and the threads follow it.
 */

export const THREAD_TYPE = 'http://schemas.microsoft.com/office/2017/10/relationships/threadedComment';
export const COMMENTS_TYPE = /\/relationships\/comments$/u;

export interface LegacyComment {
  ref: string;
  element: string;
  author: string;
  text: string;
}

const COMMENT = /<((?:\w+:)?comment)\b[^>]*?(?:\/>|>[\s\S]*?<\/\1>)/gu;

/** The comments of a legacy comments part, each with its author's name and its text as Excel shows it. */
export function legacyComments(xml: string): LegacyComment[] {
  const authors = [
    ...xml.matchAll(/<(?:\w+:)?author>([\s\S]*?)<\/(?:\w+:)?author>|<(?:\w+:)?author\/>/gu),
  ].map((match) => decodeXml(match[1] ?? ''));
  return [...xml.matchAll(COMMENT)].map((match) => ({
    ref: attribute(match[0], 'ref') ?? '',
    element: match[0],
    author: authors[Number(attribute(match[0], 'authorId') ?? -1)] ?? '',
    text: runText(match[0]).replace(/\r\n?/gu, '\n'),
  }));
}

const isThreadAuthor = (author: string) => /^tc=\{[^}]+\}$/u.test(author);

export interface CarriedThreads {
  /** ExcelJS's comments part with the officer's placeholders in place of their notes. */
  comments: string;
  /** The officer's threaded-comments part, its threads at their cells' new places. */
  threads: string;
  /** Threads whose placeholder note is no longer on the sheet, left out. */
  lost: number;
}

/**
 * The officer's threads carried into ExcelJS's save of their sheet: each placeholder is matched to the
 * note ExcelJS wrote with the same text (the one at the same cell first), which gives the thread's cell now.
 * `undefined` when the officer's comments part holds no thread placeholder.
 */
export function carryThreads(
  officerComments: string,
  officerThreads: string,
  savedComments: string,
): CarriedThreads | undefined {
  const placeholders = legacyComments(officerComments).filter((comment) => isThreadAuthor(comment.author));
  if (placeholders.length === 0) return undefined;
  const saved = legacyComments(savedComments);
  const used = new Set<number>();
  const placed = new Map<number, LegacyComment>();
  const moved = new Map<string, string>();
  const lost = new Set<string>();
  for (const placeholder of placeholders) {
    const same = (i: number) => !used.has(i) && saved[i]?.text === placeholder.text;
    const here = saved.findIndex((note, i) => same(i) && note.ref === placeholder.ref);
    const at = here >= 0 ? here : saved.findIndex((_, i) => same(i));
    if (at < 0) {
      lost.add(placeholder.ref);
      continue;
    }
    used.add(at);
    placed.set(at, placeholder);
    moved.set(placeholder.ref, saved[at]?.ref ?? placeholder.ref);
  }

  const authorsClose = /<\/(?:\w+:)?authors>/u.exec(savedComments);
  const prefix = /<(\w+:)?comments\b/u.exec(savedComments)?.[1] ?? '';
  const existing = (savedComments.match(/<(?:\w+:)?author\b/gu) ?? []).length;
  const added = [...new Set([...placed.values()].map((p) => p.author))];
  let index = 0;
  let comments = savedComments.replace(COMMENT, (element) => {
    const placeholder = placed.get(index++);
    if (!placeholder) return element;
    const authorId = existing + added.indexOf(placeholder.author);
    return placeholder.element
      .replace(/(\sref=")[^"]*"/u, `$1${attribute(element, 'ref') ?? placeholder.ref}"`)
      .replace(/(\sauthorId=")\d+"/u, `$1${authorId}"`);
  });
  const authors = added.map((author) => `<${prefix}author>${author}</${prefix}author>`).join('');
  comments =
    authorsClose === null
      ? comments.replace(
          /<(?:\w+:)?comments\b[^>]*>/u,
          (root) => `${root}<${prefix}authors>${authors}</${prefix}authors>`,
        )
      : comments.replace(/<\/(?:\w+:)?authors>/u, (close) => `${authors}${close}`);
  comments = withNamespacesOf(officerComments, comments);

  const threads = officerThreads.replace(
    /<((?:\w+:)?threadedComment)\b[^>]*?(?:\/>|>[\s\S]*?<\/\1>)/gu,
    (element) => {
      const ref = attribute(element, 'ref') ?? '';
      if (lost.has(ref)) return '';
      const to = moved.get(ref);
      return to === undefined || to === ref ? element : element.replace(/(\sref=")[^"]*"/u, `$1${to}"`);
    },
  );
  return { comments, threads, lost: lost.size };
}

/** The comments part with the namespace declarations (and mc:Ignorable) of the officer's part it lacks. */
function withNamespacesOf(officer: string, saved: string): string {
  const officerRoot = /<(?:\w+:)?comments\b[^>]*>/u.exec(officer)?.[0] ?? '';
  return saved.replace(/<(?:\w+:)?comments\b[^>]*>/u, (root) => {
    const missing = [...officerRoot.matchAll(/\s(xmlns:\w+|mc:Ignorable)="[^"]*"/gu)]
      .filter((match) => !root.includes(` ${match[1]}=`))
      .map((match) => match[0]);
    return missing.length === 0 ? root : root.replace(/\/?>$/u, (end) => `${missing.join('')}${end}`);
  });
}
