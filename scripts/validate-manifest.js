#!/usr/bin/env node
/**
 * `npm run validate:offline`: checks an add-in manifest without the network (the online
 * `office-addin-manifest validate` posts the file to Microsoft). Icons are looked up in the `assets/`
 * folder next to the manifest, so it works for both manifest.xml and dist/manifest.xml.
 *
 * Usage: node scripts/validate-manifest.js [manifest.xml]
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { checkManifest } = require('./manifest/checkManifest');

function main() {
  const file = path.resolve(process.argv[2] ?? 'manifest.xml');
  const problems = checkManifest(fs.readFileSync(file, 'utf8'), {
    assetsDir: path.join(path.dirname(file), 'assets'),
  });
  const name = path.relative(process.cwd(), file);
  if (problems.length === 0) {
    console.log(`${name}: manifest passes the offline checks`);
    return;
  }
  console.error(`${name}: ${problems.length} problem(s)`);
  for (const problem of problems) console.error(`  - ${problem}`);
  process.exitCode = 1;
}

main();
