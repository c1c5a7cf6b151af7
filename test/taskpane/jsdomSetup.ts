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
