import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { Lang, WorkbookPort } from '../../src/domain';
import { App } from '../../src/taskpane/App';

/** 23/11/2026 09:05, the clock the pane is given. */
export const NOW = () => new Date(2026, 10, 23, 9, 5);

export function renderPane(port: WorkbookPort, lang: Lang = 'vi') {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App port={port} lang={lang} now={NOW} />
    </FluentProvider>,
  );
}

/** Presses the check button and waits for the result region. */
export async function checkNow(lang: Lang = 'vi') {
  fireEvent.click(screen.getByRole('button', { name: lang === 'vi' ? 'Kiểm tra' : 'Check' }));
  return within(
    await screen.findByRole('region', { name: lang === 'vi' ? 'Kết quả kiểm tra' : 'Check result' }),
  );
}

/** The texts of the summary's counts. */
export function countTexts(lang: Lang = 'vi'): string[] {
  const list = screen.getByRole('list', { name: lang === 'vi' ? 'Tổng hợp' : 'Summary' });
  return within(list)
    .getAllByRole('listitem')
    .map((li) => li.textContent ?? '');
}

/** The finding groups' header buttons, as their accessible names. */
export function groupNames(): string[] {
  return screen
    .getAllByRole('heading', { level: 3 })
    .map((heading) => within(heading).getByRole('button').textContent ?? '');
}

/** The text of the error MessageBar with this title. */
/** The pane's one status line: what is under way or what just happened. */
export function statusLine() {
  return within(screen.getByRole('status', { name: 'Trạng thái' }));
}

/** Waits for the status line to say something matching `text`. */
export async function expectStatus(text: string | RegExp): Promise<void> {
  await waitFor(() => expect(statusLine().getByText(text)).toBeTruthy());
}

export async function failureText(title: string): Promise<string> {
  await waitFor(() => expect(screen.getByText(title)).toBeTruthy());
  return screen.getByText(title).parentElement?.textContent ?? '';
}
