'use strict';
const fs = require('node:fs');

/**
 * Emits files as they are, under the names given (the workbench's sample workbook → samples/…), and
 * watches them, so the dev server and `npm start` serve them from the same origin as the pages.
 */
class CopyFilesPlugin {
  /** @param {{ files: Record<string, string> }} options asset name → source path */
  constructor(options) {
    this.options = options;
  }

  apply(compiler) {
    const { webpack } = compiler;
    const { RawSource } = webpack.sources;
    compiler.hooks.thisCompilation.tap('CopyFilesPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'CopyFilesPlugin', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          for (const [name, source] of Object.entries(this.options.files)) {
            compilation.fileDependencies.add(source);
            compilation.emitAsset(name, new RawSource(fs.readFileSync(source)));
          }
        },
      );
    });
  }
}

module.exports = { CopyFilesPlugin };
