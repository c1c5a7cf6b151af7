import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const PAGES = [
  'src/taskpane/taskpane.html',
  'src/commands/commands.html',
  'src/commands/message.html',
  'src/workbench/workbench.html',
];
const OFFICE_HOSTS = [
  'https://appsforoffice.microsoft.com',
  'https://ajax.aspnetcdn.com',
  'https://browser.pipe.aria.microsoft.com',
];

/** The directives of the page's Content-Security-Policy meta tag. */
function policyOf(page: string): Map<string, string[]> {
  const html = readFileSync(join(__dirname, '../..', page), 'utf8');
  const content = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/u.exec(html)?.[1];
  if (!content) throw new Error(`${page}: no Content-Security-Policy`);
  return new Map(
    content
      .split(';')
      .map((part) => part.trim().split(/\s+/u))
      .filter((words) => words[0])
      .map(([name = '', ...values]) => [name, values]),
  );
}

describe('Content-Security-Policy on every page', () => {
  it.each(PAGES)('%s runs scripts only from itself and office.js hosts, never inline or eval', (page) => {
    const policy = policyOf(page);
    const scripts = policy.get('script-src') ?? policy.get('default-src');
    expect(scripts).toBeDefined();
    expect(scripts).toContain("'self'");
    for (const source of scripts ?? []) expect(["'self'", ...OFFICE_HOSTS]).toContain(source);
    const objects = policy.get('object-src') ?? policy.get('default-src');
    expect(objects?.includes("'none'") || objects?.join(' ') === "'self'").toBe(true);
  });

  it('loads office.js only from Microsoft, where its policy allows it', () => {
    for (const page of PAGES.slice(0, 3)) {
      const html = readFileSync(join(__dirname, '../..', page), 'utf8');
      const sources = [...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/gu)].map((m) => m[1] ?? '');
      expect(sources).toEqual(['https://appsforoffice.microsoft.com/lib/1/hosted/office.js']);
      expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/u);
    }
  });
});
