import type { Lang } from './types';

/**
 * The UI language from Office's display language ("vi-VN", "en-US" …): English for any English locale,
 * Vietnamese otherwise, since the officers this is for work in Vietnamese.
 * @example languageFor('en-GB') === 'en'; languageFor(undefined) === 'vi'
 */
export function languageFor(displayLanguage: string | undefined): Lang {
  return displayLanguage?.toLowerCase().startsWith('en') ? 'en' : 'vi';
}
