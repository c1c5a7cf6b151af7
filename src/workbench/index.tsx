// First: see noEval.ts.
import './noEval';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { languageFor } from '../domain';
import { WORKBENCH_STRINGS } from './strings';
import { Workbench } from './Workbench';

// The composition root of the workbench page: no Office here; the task pane works through the xlsx port.
const lang = languageFor(new URLSearchParams(window.location.search).get('lang') ?? undefined);
const container = document.getElementById('root');
if (!container) throw new Error('workbench.html has no #root element');
document.documentElement.lang = lang;
document.title = WORKBENCH_STRINGS[lang].pageTitle;
createRoot(container).render(
  <StrictMode>
    <FluentProvider theme={webLightTheme}>
      <Workbench lang={lang} />
    </FluentProvider>
  </StrictMode>,
);
