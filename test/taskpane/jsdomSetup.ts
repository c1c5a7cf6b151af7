import { configure } from '@testing-library/dom';

// jsdom has no layout engine and so no ResizeObserver; Fluent's MessageBar observes its own size to decide
// whether its actions wrap. An observer that never reports matches jsdom, where nothing ever resizes.
class NoLayoutResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

if (!('ResizeObserver' in globalThis)) {
  Object.defineProperty(globalThis, 'ResizeObserver', { value: NoLayoutResizeObserver, writable: true });
}

// `findBy…` and `waitFor` give up after 1 s by default: on a loaded CI machine a check of the pane's sample can
// take longer (reviewPane failed so, session 19). They return as soon as the awaited state is there, so a
// generous limit costs nothing when the machine is quick.
configure({ asyncUtilTimeout: 15_000 });
