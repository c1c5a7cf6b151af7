// The language rule is the core's (the ribbon command uses it too); the pane re-exports it with its other
// host facts.
export { languageFor } from '../domain';

/**
 * Whether Office shows a dark theme. `isDarkTheme` is recent, so older hosts are judged by the luminance
 * of the body background colour; without a theme (a browser), light.
 * @example isDarkOffice({ bodyBackgroundColor: '#262626' }) === true
 */
export function isDarkOffice(
  theme: Partial<Pick<Office.OfficeTheme, 'isDarkTheme' | 'bodyBackgroundColor'>> | undefined,
): boolean {
  if (!theme) return false;
  if (typeof theme.isDarkTheme === 'boolean') return theme.isDarkTheme;
  const hex = /^#?([0-9a-f]{6})$/i.exec(theme.bodyBackgroundColor ?? '')?.[1];
  if (!hex) return false;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}
