import { isDarkOffice, languageFor } from '../../src/taskpane/hostFacts';

describe('languageFor', () => {
  it.each([
    ['vi-VN', 'vi'],
    ['en-US', 'en'],
    ['en-GB', 'en'],
    ['EN-us', 'en'],
    ['fr-FR', 'vi'],
    [undefined, 'vi'],
  ])('gives %s the %s wording', (displayLanguage, lang) => {
    expect(languageFor(displayLanguage)).toBe(lang);
  });
});

describe('isDarkOffice', () => {
  it.each([
    [{ isDarkTheme: true, bodyBackgroundColor: '#ffffff' }, true],
    [{ isDarkTheme: false, bodyBackgroundColor: '#000000' }, false],
    [{ bodyBackgroundColor: '#262626' }, true],
    [{ bodyBackgroundColor: '#FFFFFF' }, false],
    [{ bodyBackgroundColor: 'not a colour' }, false],
    [undefined, false],
  ])('judges %j dark: %s', (theme, dark) => {
    expect(isDarkOffice(theme)).toBe(dark);
  });
});
