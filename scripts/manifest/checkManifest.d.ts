/** Offline structural check of an XML add-in manifest; returns the problems found (empty when it passes). */
export function checkManifest(xml: string, options: { assetsDir: string }): string[];
