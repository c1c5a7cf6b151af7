import { STRINGS } from '../../src/taskpane/strings';

/** Every key path of a catalogue, nested objects included. */
function keyPaths(value: object, prefix = ''): string[] {
  return Object.entries(value).flatMap(([key, entry]) =>
    typeof entry === 'object' && entry !== null
      ? keyPaths(entry as object, `${prefix}${key}.`)
      : [`${prefix}${key}`],
  );
}

describe('the pane’s wording', () => {
  it('has the same keys in Vietnamese and English', () => {
    expect(keyPaths(STRINGS.en).sort()).toEqual(keyPaths(STRINGS.vi).sort());
  });

  it.each(['vi', 'en'] as const)('has no empty wording in %s', (lang) => {
    const texts = Object.values(STRINGS[lang]).flatMap((entry) =>
      typeof entry === 'function'
        ? [String((entry as (...args: unknown[]) => unknown)('X', 1))]
        : typeof entry === 'string'
          ? [entry]
          : Object.values(entry as Record<string, string>),
    );
    for (const text of texts) expect(text.trim()).not.toBe('');
  });

  it('differs between the languages where it is prose', () => {
    expect(STRINGS.en.checkButton).not.toBe(STRINGS.vi.checkButton);
    expect(STRINGS.en.notesUnsupported).not.toBe(STRINGS.vi.notesUnsupported);
  });
});
