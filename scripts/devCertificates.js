'use strict';

/**
 * HTTPS options from the Office development certificate (office-addin-dev-certs), or null with the reason.
 * With `install`, a missing certificate is created and installed as Office's own template does — which asks
 * the officer's machine to trust a new local certificate authority (a prompt; on Windows an admin one).
 * Without it nothing is installed, and on a machine without a valid certificate the pages are served over
 * plain http (a Linux machine has no trust store office-addin-dev-certs can prompt for).
 * @param {{ install?: boolean }} [options]
 * @returns {Promise<{ options: { key: Buffer, cert: Buffer, ca: Buffer } | null, reason?: string }>}
 */
async function devCertificates({ install = false } = {}) {
  try {
    const devCerts = require('office-addin-dev-certs');
    if (!install && !devCerts.verifyCertificates()) {
      return { options: null, reason: 'no valid certificate installed' };
    }
    return { options: await devCerts.getHttpsServerOptions() };
  } catch (error) {
    return { options: null, reason: error instanceof Error ? error.message : String(error) };
  }
}

module.exports = { devCertificates };
