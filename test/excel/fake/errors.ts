/**
 * An Office.js error as a sync rejects with it (OfficeExtension.Error, shown as "RichApi.Error"): the
 * adapter looks only at `code`.
 */
export class FakeOfficeError extends Error {
  override readonly name = 'RichApi.Error';

  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** What Office.js throws when a property is read that was not loaded and synced. */
export function notLoaded(property: string): FakeOfficeError {
  return new FakeOfficeError(
    'PropertyNotLoaded',
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}
