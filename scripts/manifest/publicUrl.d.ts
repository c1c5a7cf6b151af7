export const DEV_URL: string;
export const PLACEHOLDER_URL: string;
/** The production origin from ADDIN_PUBLIC_URL (or the placeholder), always ending with "/". */
export function publicUrlFromEnv(env?: Record<string, string | undefined>): string;
/** The manifest with every development URL pointing at `publicUrl` instead. */
export function rewriteManifestUrls(xml: string, publicUrl: string): string;
