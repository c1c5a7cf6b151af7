import { screen, within } from '@testing-library/react';
import type { CellGrid } from '../../src/domain';
import { fixtureGrids } from '../helpers/grid';
import { memoryWorkbook } from './memoryPort';
import { checkNow, countTexts, renderPane } from './renderPane';

/** The one-click check on "Phụ lục 2" of Kế hoạch 58/KH-UBND, the delegations list (issue 14). */
describe('the check of a delegations list in the task pane', () => {
  let phuLuc2: CellGrid;
  beforeAll(async () => {
    phuLuc2 = (await fixtureGrids()).find((g) => g.sheetName === 'Phụ lục 2') as CellGrid;
  });

  it('counts delegations, not tasks, and names the columns as the list does', async () => {
    renderPane(memoryWorkbook({ sheets: [phuLuc2] }).port);
    const result = await checkNow();
    expect(countTexts().at(-1)).toBe('Đoàn: 15');
    expect(result.getByText(/Mục đích: E/)).toBeTruthy();
  });

  it('shows the totals, a bar per quarter with its count, the table by quarter and by lead', async () => {
    renderPane(memoryWorkbook({ sheets: [phuLuc2] }).port);
    await checkNow();
    const section = within(screen.getByRole('region', { name: 'Đoàn ra' }));
    expect(
      section.getByText(
        /15 đoàn · 182 người, 766 người-ngày; kinh phí ghi bằng số: 28\.709\.465\.000 đồng\./,
      ),
    ).toBeTruthy();
    const bars = within(section.getByRole('list', { name: 'Số đoàn và số người theo quý' }))
      .getAllByRole('listitem')
      .map((item) => item.getAttribute('aria-label'));
    expect(bars).toHaveLength(4);
    expect(bars.every((label) => /^Quý (I|II|III|IV): \d+ đoàn$/u.test(label ?? ''))).toBe(true);
    const byQuarter = section.getByRole('table', { name: 'Số đoàn và số người theo quý' });
    const counts = within(byQuarter)
      .getAllByRole('row')
      .slice(1)
      .map((row) => Number(within(row).getAllByRole('cell')[1]?.textContent));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(15);
    const byLead = section.getByRole('table', { name: 'Theo cơ quan chủ trì tham mưu' });
    expect(within(byLead).getByText('Sở Ngoại vụ')).toBeTruthy();
  });
});
