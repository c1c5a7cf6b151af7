import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { excelWorkbook } from '../excel';
import { App } from './App';
import { isDarkOffice, languageFor } from './hostFacts';
import type { WorkbookPort } from './port';

// The composition root: the only task pane module that knows the port is Office.js.
const workbook: WorkbookPort = excelWorkbook;

void Office.onReady(() => {
  const container = document.getElementById('root');
  if (!container) throw new Error('taskpane.html has no #root element');
  // Outside Office (a plain browser) Office.context has no display language or theme: Vietnamese, light.
  const lang = languageFor(Office.context?.displayLanguage);
  const theme = isDarkOffice(Office.context?.officeTheme) ? webDarkTheme : webLightTheme;
  document.documentElement.lang = lang;
  createRoot(container).render(
    <StrictMode>
      <FluentProvider theme={theme}>
        <App port={workbook} lang={lang} />
      </FluentProvider>
    </StrictMode>,
  );
});
