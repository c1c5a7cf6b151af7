'use strict';

/** The origin manifest.xml is written for: its one configuration point, rewritten by `npm run build`. */
const DEV_URL = 'https://localhost:3000/';

/** Placeholder production origin: obviously not real, so a deployment that forgot ADDIN_PUBLIC_URL shows. */
const PLACEHOLDER_URL = 'https://addin.example.gov.vn/ma-tran-nhiem-vu/';

/**
 * The production origin from ADDIN_PUBLIC_URL (or the placeholder), ending with "/" so relative paths
 * such as "assets/icon-32.png" append cleanly.
 * @example publicUrlFromEnv({ ADDIN_PUBLIC_URL: 'https://so.gov.vn/mtnv' }) === 'https://so.gov.vn/mtnv/'
 */
function publicUrlFromEnv(env = process.env) {
  const url = env.ADDIN_PUBLIC_URL?.trim() || PLACEHOLDER_URL;
  return url.endsWith('/') ? url : `${url}/`;
}

/** The manifest with every development URL pointing at `publicUrl` instead. */
function rewriteManifestUrls(xml, publicUrl) {
  return xml.split(DEV_URL).join(publicUrl);
}

module.exports = { DEV_URL, PLACEHOLDER_URL, publicUrlFromEnv, rewriteManifestUrls };
