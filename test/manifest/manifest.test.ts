import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkManifest } from '../../scripts/manifest/checkManifest';
import { PLACEHOLDER_URL, publicUrlFromEnv, rewriteManifestUrls } from '../../scripts/manifest/publicUrl';

const ROOT = join(__dirname, '..', '..');
const MANIFEST = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
const ASSETS = join(ROOT, 'assets');

/** The manifest with one text replaced; fails loudly if the text is not there (a stale test). */
function broken(find: string | RegExp, replace: string): string {
  const result = MANIFEST.replace(find, replace);
  if (result === MANIFEST) throw new Error(`test setup: ${String(find)} not found in manifest.xml`);
  return result;
}

describe('manifest.xml', () => {
  it('passes the offline checks', () => {
    expect(checkManifest(MANIFEST, { assetsDir: ASSETS })).toEqual([]);
  });

  it('passes them after the production build points it at ADDIN_PUBLIC_URL', () => {
    const production = rewriteManifestUrls(MANIFEST, 'https://so-ngoai-vu.example.gov.vn/mtnv/');
    expect(production).not.toContain('localhost');
    expect(checkManifest(production, { assetsDir: ASSETS })).toEqual([]);
  });

  it('declares ExcelApi 1.13, the set of getMergedAreasOrNullObject', () => {
    expect(MANIFEST).toMatch(/<Set Name="ExcelApi" MinVersion="1.13"\/>/);
  });

  it('puts Kiểm tra and Danh sách theo cơ quan (function commands) and Mở bảng in one group on the Home tab', () => {
    const group = /<OfficeTab id="TabHome">[\s\S]*?<\/OfficeTab>/.exec(MANIFEST)?.[0] ?? '';
    const controls = [...group.matchAll(/<Control xsi:type="Button" id="([^"]+)">/g)].map((m) => m[1]);
    expect(controls).toEqual(['MaTranNhiemVu.Check', 'MaTranNhiemVu.AgencyLists', 'MaTranNhiemVu.OpenPane']);
    const functions = [...group.matchAll(/<FunctionName>([^<]+)<\/FunctionName>/g)].map((m) => m[1]);
    expect(functions).toEqual(['checkActiveSheet', 'generateAgencyLists']);
    expect(MANIFEST).toMatch(/<bt:String id="Check.Label" DefaultValue="Kiểm tra">/);
    expect(MANIFEST).toMatch(/<bt:String id="AgencyLists.Label" DefaultValue="Danh sách theo cơ quan">/);
  });

  it('names the functions the command page registers, on the page webpack builds', () => {
    const commands = readFileSync(join(ROOT, 'src', 'commands', 'commands.ts'), 'utf8');
    expect(commands).toContain("Office.actions.associate('checkActiveSheet'");
    expect(commands).toContain("Office.actions.associate('generateAgencyLists'");
    expect(MANIFEST).toMatch(
      /<bt:Url id="Commands.Url" DefaultValue="https:\/\/localhost:3000\/commands.html">/,
    );
    expect(readFileSync(join(ROOT, 'webpack.config.js'), 'utf8')).toContain("filename: 'commands.html'");
  });
});

describe('the offline manifest check', () => {
  it.each([
    [
      'a required element that is missing',
      broken(/<Permissions>.*<\/Permissions>/, ''),
      /<Permissions> is missing/,
    ],
    [
      'Permissions moved before DefaultSettings',
      broken(/\s*<Permissions>ReadWriteDocument<\/Permissions>/, '').replace(
        '<DefaultSettings>',
        '<Permissions>ReadWriteDocument</Permissions><DefaultSettings>',
      ),
      /<Permissions> is out of order|<DefaultSettings> is out of order/,
    ],
    [
      'a resid with no resource',
      broken('resid="OpenPane.Title"', 'resid="OpenPane.Nothing"'),
      /"OpenPane.Nothing" is not in Resources > ShortStrings/,
    ],
    [
      'a string without its en-US override',
      broken('<bt:Override Locale="en-US" Value="Open pane"/>', ''),
      /OpenPane.Label: no <Override Locale="en-US">/,
    ],
    [
      'an http URL',
      broken('https://localhost:3000/taskpane.html"/>', 'http://localhost:3000/taskpane.html"/>'),
      /is not an https URL/,
    ],
    [
      'a control id over 125 characters',
      broken('id="MaTranNhiemVu.OpenPane"', `id="${'x'.repeat(126)}"`),
      /id must be 1..125 characters/,
    ],
    [
      'a label over 125 characters',
      broken('DefaultValue="Mở bảng"', `DefaultValue="${'M'.repeat(126)}"`),
      /DefaultValue must be 1..125 characters/,
    ],
    [
      'an icon file that does not exist',
      broken('assets/icon-80.png', 'assets/icon-81.png'),
      /icon-81.png does not exist/,
    ],
    [
      'an icon of the wrong size',
      broken('assets/icon-80.png', 'assets/icon-64.png'),
      /icon-64.png is 64×64, expected 80×80/,
    ],
    ['an Id that is not a GUID', broken(/<Id>[^<]+<\/Id>/, '<Id>ma-tran</Id>'), /Id "ma-tran" is not a GUID/],
    ['XML that is not well formed', broken('</OfficeApp>', '</OfficeAp>'), /not well-formed XML/],
    [
      'an ExecuteFunction without a FunctionFile',
      broken(/<FunctionFile resid="Commands.Url"\/>/, ''),
      /ExecuteFunction action needs a <FunctionFile>/,
    ],
  ])('reports %s', (_, xml, problem) => {
    const problems = checkManifest(xml, { assetsDir: ASSETS });
    expect(problems).toEqual(expect.arrayContaining([expect.stringMatching(problem)]));
  });

  describe('as the validate:offline command', () => {
    let dir: string;
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'manifest-'));
      cpSync(ASSETS, join(dir, 'assets'), { recursive: true });
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    const run = (xml: string) => {
      const file = join(dir, 'manifest.xml');
      writeFileSync(file, xml);
      try {
        execFileSync(process.execPath, [join(ROOT, 'scripts', 'validate-manifest.js'), file], {
          stdio: 'pipe',
        });
        return { code: 0, output: '' };
      } catch (error) {
        const failure = error as { status: number; stderr: Buffer };
        return { code: failure.status, output: failure.stderr.toString() };
      }
    };

    it('exits 0 for the real manifest', () => {
      expect(run(MANIFEST).code).toBe(0);
    });

    it('exits 1 and lists the problem for a broken copy', () => {
      const result = run(broken('<bt:Override Locale="en-US" Value="Open pane"/>', ''));
      expect(result.code).toBe(1);
      expect(result.output).toContain('OpenPane.Label: no <Override Locale="en-US">');
    });
  });
});

describe('publicUrlFromEnv', () => {
  it('defaults to a placeholder that is obviously not a real host', () => {
    expect(publicUrlFromEnv({})).toBe(PLACEHOLDER_URL);
    expect(PLACEHOLDER_URL).toContain('example');
  });

  it('adds the trailing slash relative asset paths need', () => {
    expect(publicUrlFromEnv({ ADDIN_PUBLIC_URL: ' https://so.gov.vn/mtnv ' })).toBe(
      'https://so.gov.vn/mtnv/',
    );
  });
});
