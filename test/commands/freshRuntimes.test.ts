import type { FakeWorkbook } from '../excel/fakeWorkbook';
import { fakeWorkbook, seedFromGrid } from '../excel/fakeWorkbook';
import { fixtureGrid } from '../excel/workbooks';

type Handler = (event: { completed(): void }) => Promise<void>;
const global = globalThis as unknown as { Office?: unknown; Excel?: unknown };
afterEach(() => {
  delete global.Office;
  delete global.Excel;
});

/**
 * One click of a ribbon command as Office runs it without a shared runtime: a new runtime, so the
 * command's modules are loaded afresh (a fresh module registry) and nothing of an earlier click survives
 * (learn.microsoft.com/office/dev/add-ins/testing/runtimes: the runtime "shuts down when … the function
 * command calls the `completed` method").
 */
async function click(fake: FakeWorkbook, name: string): Promise<void> {
  const handlers: Record<string, Handler> = {};
  global.Excel = fake.excel;
  global.Office = {
    onReady: (ready: () => void) => Promise.resolve(ready()),
    actions: { associate: (action: string, handler: Handler) => (handlers[action] = handler) },
    context: { displayLanguage: 'vi-VN', requirements: { isSetSupported: () => false } },
  };
  await jest.isolateModulesAsync(async () => {
    await import('../../src/commands/commands');
  });
  const handler = handlers[name];
  if (!handler) throw new Error(`no ${name}`);
  const completed = jest.fn();
  await handler({ completed });
  expect(completed).toHaveBeenCalledTimes(1);
}

describe('ribbon commands, one fresh runtime per click', () => {
  it('checks twice on a ";" desktop, learning the list separator again on the second click', async () => {
    const fake = fakeWorkbook([seedFromGrid(await fixtureGrid())], { listSeparator: ';' });
    await click(fake, 'checkActiveSheet');
    const first = fake.syncs.filter((sync) => sync.error === 'InvalidArgument').length;
    const marks = fake.sheet('Phụ lục 1').conditionalFormats.length;
    fake.model.activeSheet = 'Phụ lục 1'; // the officer goes back from the result sheet to the appendix
    await click(fake, 'checkActiveSheet');

    // Each click probes "A1,A2" (refused on this host) before writing: nothing was kept from the first.
    expect(first).toBe(1);
    expect(fake.syncs.filter((sync) => sync.error === 'InvalidArgument')).toHaveLength(2);
    expect(marks).toBeGreaterThan(0);
    // The second check replaced the first one's marks rather than adding to them.
    expect(fake.sheet('Phụ lục 1').conditionalFormats).toHaveLength(marks);
    expect(fake.model.sheets.map((sheet) => sheet.name)).toContain('Kết quả kiểm tra');
  });

  it('makes the agency lists twice, the second click reusing the first one’s sheets', async () => {
    const fake = fakeWorkbook([seedFromGrid(await fixtureGrid())]);
    await click(fake, 'generateAgencyLists');
    const names = fake.model.sheets.map((sheet) => sheet.name);
    await click(fake, 'generateAgencyLists');
    expect(fake.model.sheets.map((sheet) => sheet.name)).toEqual(names);
    expect(names.length).toBeGreaterThan(5);
  });
});
