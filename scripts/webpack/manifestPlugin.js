'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { checkManifest } = require('../manifest/checkManifest');
const { rewriteManifestUrls } = require('../manifest/publicUrl');

/**
 * Emits manifest.xml with every development URL rewritten to `publicUrl`, and the icons it points at, then
 * runs the offline manifest check on the result so a bad ADDIN_PUBLIC_URL (http, no trailing path) fails
 * the build instead of the sideload.
 */
class ManifestPlugin {
  /** @param {{ manifest: string, assetsDir: string, publicUrl: string }} options */
  constructor(options) {
    this.options = options;
  }

  apply(compiler) {
    const { webpack } = compiler;
    const { RawSource } = webpack.sources;
    compiler.hooks.thisCompilation.tap('ManifestPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'ManifestPlugin', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const { manifest, assetsDir, publicUrl } = this.options;
          compilation.fileDependencies.add(manifest);
          compilation.contextDependencies.add(assetsDir);
          const xml = rewriteManifestUrls(fs.readFileSync(manifest, 'utf8'), publicUrl);
          compilation.emitAsset('manifest.xml', new RawSource(xml));
          const icons = fs.readdirSync(assetsDir).filter((name) => name.endsWith('.png'));
          for (const name of icons) {
            compilation.emitAsset(
              `assets/${name}`,
              new RawSource(fs.readFileSync(path.join(assetsDir, name))),
            );
          }
          for (const problem of checkManifest(xml, { assetsDir })) {
            compilation.errors.push(new webpack.WebpackError(`manifest.xml (${publicUrl}): ${problem}`));
          }
        },
      );
    });
  }
}

module.exports = { ManifestPlugin };
