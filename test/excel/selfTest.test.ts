import type { SelfTestReport } from '../../src/domain';
import { SELF_TEST_IDS, selfTestText } from '../../src/domain';
import { runSelfTest } from '../../src/excel';
import type { SelfTestEnvironment } from '../../src/excel';
import type { FakeWorkbook, FakeWorkbookOptions } from './fakeWorkbook';
import { fakeWorkbook } from './fakeWorkbook';

const global = globalThis as unknown as { Excel?: unknown };
afterEach(() => delete global.Excel);

function installFake(options: FakeWorkbookOptions = {}): FakeWorkbook {
  const fake = fakeWorkbook(
    [{ name: 'Phụ lục 1', rows: [['TT', 'Nhiệm vụ']] }, { name: 'Tự kiểm tra' }],
    options,
  );
  global.Excel = fake.excel;
  return fake;
}

function environment(fake: FakeWorkbook, extra: string[] = []): SelfTestEnvironment {
  return {
    diagnostics: {
      application: 'Excel',
      platform: fake.host.platform === 'web' ? 'OfficeOnline' : 'PC',
      version: '16.0.19127.20000',
    },
    isSetSupported: (set, version) =>
      (set === 'ExcelApi' && Number(version.split('.')[1]) <= (fake.host.notes ? 20 : 17)) ||
      extra.includes(`${set} ${version}`) ||
      (set === 'ExcelApiOnline' && fake.host.sheetViews === true),
    canCreateWorkbook: fake.excel.createWorkbook !== undefined,
  };
}

const statuses = (report: SelfTestReport) => Object.fromEntries(report.checks.map((c) => [c.id, c.status]));

describe('Tự kiểm tra on the fake Excel', () => {
  it('passes every check a desktop Excel offers, reports sheet views as not available, and leaves no trace', async () => {
    const fake = installFake();
    const before = JSON.stringify(fake.model);
    const report = await runSelfTest(environment(fake));

    expect(report.checks.map((c) => c.id)).toEqual([...SELF_TEST_IDS]);
    expect(report.checks.filter((c) => c.status === 'failed')).toEqual([]);
    expect(statuses(report)['sheet-views']).toBe('unavailable');
    // Its sheet was named around the officer's "Tự kiểm tra", then removed; the officer's sheets untouched.
    expect(JSON.stringify(fake.model)).toBe(before);
    expect(report.host).toMatchObject({ application: 'Excel', platform: 'PC', version: '16.0.19127.20000' });
  });

  it('passes the temporary sheet view on Excel on the web', async () => {
    const fake = installFake({ sheetViews: true, platform: 'web' });
    const report = await runSelfTest(environment(fake));
    expect(statuses(report)['sheet-views']).toBe('passed');
    expect(report.checks.filter((c) => c.status === 'failed')).toEqual([]);
  });

  it('passes on a host whose list separator is ";" and whose text cells keep apostrophes', async () => {
    const fake = installFake({ listSeparator: ';', textCells: { quotePrefix: 'kept', formulas: 'text' } });
    const report = await runSelfTest(environment(fake));
    expect(report.checks.filter((c) => c.status === 'failed')).toEqual([]);
  });

  it('reports notes, the undo group and new workbooks as not available where the host lacks them', async () => {
    const fake = installFake({ notes: false, createWorkbook: false });
    const report = await runSelfTest(environment(fake));
    expect(statuses(report)).toMatchObject({
      notes: 'unavailable',
      'undo-group': 'unavailable',
      'create-workbook': 'unavailable',
    });
    expect(report.checks.filter((c) => c.status === 'failed')).toEqual([]);
  });

  it('gives a report to copy: host, sets, one line per check, a summary', async () => {
    const fake = installFake();
    const text = selfTestText(await runSelfTest(environment(fake)), 'vi');
    expect(text.split('\n').slice(0, 2)).toEqual([
      'Ma trận nhiệm vụ — Tự kiểm tra',
      'Ứng dụng: Excel · Nền tảng: PC · Phiên bản: 16.0.19127.20000',
    ]);
    expect(text).toContain('[Đạt] Ghi chữ nguyên văn');
    expect(text).toContain('[Không có trên Excel này] Chế độ xem tạm');
    expect(text.trim().split('\n').pop()).toBe('Tất cả các mục có trên Excel này đều đạt (1 mục không có).');
  });
});

/**
 * Each assumption broken in the fake on purpose, as a real Excel might break it: the self-test must report
 * that check, and only it, as failed.
 */
describe('Tự kiểm tra catches each broken assumption', () => {
  const proto = (fake: FakeWorkbook, path: (context: Excel.RequestContext) => object): object =>
    Object.getPrototypeOf(path(fake.newContext())) as object;

  /** Replaces a setter or method of a fake proxy class for one test. */
  function patch(target: object, name: string, descriptor: PropertyDescriptor): () => void {
    const original = Object.getOwnPropertyDescriptor(target, name);
    if (!original) throw new Error(`no ${name} to patch`);
    Object.defineProperty(target, name, { ...original, ...descriptor });
    return () => Object.defineProperty(target, name, original);
  }

  const sheet = (context: Excel.RequestContext) => context.workbook.worksheets.getItem('Phụ lục 1');
  /** A key/value store (custom properties, settings) that keeps another value than the one given. */
  const storesOtherValue = (collection: object) => {
    const original = Object.getOwnPropertyDescriptor(collection, 'add');
    return patch(collection, 'add', {
      value(this: unknown, key: string) {
        return original?.value.call(this, key, 'khác') as unknown;
      },
    });
  };
  const breakages: Array<[string, (fake: FakeWorkbook) => () => void, FakeWorkbookOptions?]> = (
    [
      [
        'literal-text',
        (fake) => {
          // A host where a string-constant formula does not give its text.
          const range = proto(fake, (c) => sheet(c).getRange('A1'));
          const original = Object.getOwnPropertyDescriptor(range, 'values');
          return patch(range, 'values', {
            set(this: unknown, input: unknown) {
              const garbled = Array.isArray(input)
                ? input.map((row: unknown[]) =>
                    row.map((v) => (typeof v === 'string' && v.startsWith('="') ? '#NAME?' : v)),
                  )
                : input;
              original?.set?.call(this, garbled);
            },
          });
        },
      ],
      [
        'list-separator',
        (fake) => {
          fake.host.addressListLimit = 2; // every list of two areas refused
          return () => delete fake.host.addressListLimit;
        },
      ],
      [
        'conditional-formats',
        (fake) => {
          const format = proto(fake, (c) => sheet(c).getRange().conditionalFormats.getItem('0'));
          return patch(format, 'delete', { value: () => undefined });
        },
      ],
      [
        'merged-areas',
        (fake) =>
          patch(
            proto(fake, (c) => sheet(c).getRange('A1')),
            'merge',
            { value: () => undefined },
          ),
      ],
      [
        'notes',
        (fake) => {
          const note = proto(fake, (c) => sheet(c).notes.getItem('A1'));
          const original = Object.getOwnPropertyDescriptor(note, 'content');
          return patch(note, 'content', {
            get(this: unknown) {
              return `${String(original?.get?.call(this))} (đã đổi)`;
            },
          });
        },
      ],
      [
        'row-hiding',
        (fake) =>
          patch(
            proto(fake, (c) => sheet(c).getRange('A1')),
            'rowHidden',
            { set: () => undefined },
          ),
      ],
      [
        'sheet-views',
        (fake) =>
          patch(
            proto(fake, (c) => sheet(c).namedSheetViews),
            'enterTemporary',
            { value: () => undefined },
          ),
        { sheetViews: true, platform: 'web' },
      ],
      ['custom-properties', (fake) => storesOtherValue(proto(fake, (c) => sheet(c).customProperties))],
      ['settings', (fake) => storesOtherValue(proto(fake, (c) => c.workbook.settings))],
      [
        'page-layout',
        (fake) => {
          const layout = proto(fake, (c) => sheet(c).pageLayout);
          const original = Object.getOwnPropertyDescriptor(layout, 'zoom');
          return patch(layout, 'zoom', {
            set(this: unknown) {
              original?.set?.call(this, { scale: 100 });
            },
          });
        },
      ],
    ] as Array<[string, (fake: FakeWorkbook) => () => void, FakeWorkbookOptions?]>
  ).map(([id, breakIt, options]) => [id, breakIt, options ?? {}]); // it.each takes a missing last one for `done`

  it.each(breakages)('reports "%s" as failed, and only it', async (id, breakIt, options) => {
    const fake = installFake(options);
    const restore = breakIt(fake);
    try {
      const report = await runSelfTest(environment(fake));
      const failed = report.checks.filter((c) => c.status === 'failed');
      expect(failed.map((c) => c.id)).toEqual([id]);
      expect(failed[0]?.detail).toBeTruthy();
      expect(fake.model.sheets.map((s) => s.name)).toEqual(['Phụ lục 1', 'Tự kiểm tra']);
    } finally {
      restore();
    }
  });

  it('reports a host that refuses the undo group', async () => {
    const fake = installFake();
    const run = fake.excel.run;
    fake.excel.run = (...args: unknown[]) => {
      const options = args.length > 1 ? (args[0] as { mergeUndoGroup?: boolean }) : {};
      return options.mergeUndoGroup ? Promise.reject(new Error('ApiNotFound')) : run(...args);
    };
    const report = await runSelfTest(environment(fake));
    expect(report.checks.filter((c) => c.status === 'failed').map((c) => c.id)).toEqual(['undo-group']);
  });
});
