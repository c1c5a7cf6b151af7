import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { ListSheetSpec } from '../domain';
import { excelWorkbook, hostCapabilities, runSelfTest } from '../excel';
import { App } from './App';
import { isDarkOffice, languageFor } from './hostFacts';

// The composition root: the only task pane module that knows the port is Office.js.

/** "Xuất danh sách cơ quan này": ExcelJS draws the file, loaded only when an officer exports (a lazy chunk). */
const buildBytes = (spec: ListSheetSpec) =>
  import('../xlsx').then((xlsx) => xlsx.workbookBytes(xlsx.listWorkbook(spec)));

// Outside Excel — office.js not loaded (offline, blocked) or loaded in a plain browser, where it names no
// host — the page keeps its own text, which links to the workbench, instead of a blank pane.
if (typeof Office !== 'undefined') void Office.onReady((info) => info.host && start());

function start(): void {
  const container = document.getElementById('root');
  if (!container) throw new Error('taskpane.html has no #root element');
  // A host may leave out the display language, theme or requirement sets: Vietnamese, light, and a host
  // without the optional features.
  const lang = languageFor(Office.context?.displayLanguage);
  const theme = isDarkOffice(Office.context?.officeTheme) ? webDarkTheme : webLightTheme;
  const isSetSupported = (set: string, version: string) =>
    Office.context?.requirements?.isSetSupported(set, version) ?? false;
  const port = excelWorkbook(hostCapabilities(isSetSupported), { buildBytes });
  // "Tự kiểm tra" (README: for IT after deploying); `taskpane.html?selftest` runs it on opening.
  const diagnostics = Office.context?.diagnostics;
  const selfTest = {
    run: () =>
      runSelfTest({
        diagnostics: {
          application: String(diagnostics?.host ?? '?'),
          platform: String(diagnostics?.platform ?? '?'),
          version: diagnostics?.version ?? '?',
        },
        isSetSupported,
      }),
    startNow: new URLSearchParams(window.location.search).has('selftest'),
  };
  document.documentElement.lang = lang;
  createRoot(container).render(
    <StrictMode>
      <FluentProvider theme={theme}>
        <App port={port} lang={lang} selfTest={selfTest} />
      </FluentProvider>
    </StrictMode>,
  );
}
