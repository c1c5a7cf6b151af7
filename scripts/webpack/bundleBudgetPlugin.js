'use strict';
const zlib = require('node:zlib');

/**
 * Prints the gzipped size of every emitted JS/CSS asset and fails the build when an entry point's gzipped
 * JS+CSS exceeds its budget, or when a forbidden package (ExcelJS, which only the CLI needs) was bundled.
 * Sizes are measured on what is emitted, at gzip level 9, which is close to what a static host serves.
 */
class BundleBudgetPlugin {
  /** @param {{ budgets: Record<string, number>, forbiddenPackages: string[] }} options budgets in bytes */
  constructor(options) {
    this.options = options;
  }

  apply(compiler) {
    const { webpack } = compiler;
    compiler.hooks.thisCompilation.tap('BundleBudgetPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'BundleBudgetPlugin', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT },
        (assets) => {
          const sizes = gzippedSizes(assets);
          for (const [name, size] of sizes) console.log(`  ${name.padEnd(24)} ${formatKb(size)} gzipped`);
          for (const error of this.budgetErrors(compilation, sizes)) {
            compilation.errors.push(new webpack.WebpackError(error));
          }
          for (const error of this.forbiddenErrors(compilation)) {
            compilation.errors.push(new webpack.WebpackError(error));
          }
        },
      );
    });
  }

  budgetErrors(compilation, sizes) {
    const errors = [];
    for (const [entry, budget] of Object.entries(this.options.budgets)) {
      const entrypoint = compilation.entrypoints.get(entry);
      if (!entrypoint) {
        errors.push(`bundle budget: no entry point "${entry}"`);
        continue;
      }
      const files = [...new Set(entrypoint.getFiles())].filter((file) => sizes.has(file));
      const total = files.reduce((sum, file) => sum + (sizes.get(file) ?? 0), 0);
      console.log(`  entry "${entry}": ${formatKb(total)} gzipped (budget ${formatKb(budget)})`);
      if (total > budget) {
        errors.push(
          `bundle budget: entry "${entry}" is ${formatKb(total)} gzipped, over its ${formatKb(budget)}`,
        );
      }
    }
    return errors;
  }

  forbiddenErrors(compilation) {
    const errors = [];
    for (const module of compilation.modules) {
      const resource = module.resource ?? '';
      for (const name of this.options.forbiddenPackages) {
        if (new RegExp(`[\\/]node_modules[\\/]${name}[\\/]`).test(resource)) {
          errors.push(`bundle: ${name} must not be bundled (found ${resource})`);
        }
      }
    }
    return [...new Set(errors)];
  }
}

function gzippedSizes(assets) {
  const sizes = new Map();
  for (const [name, source] of Object.entries(assets)) {
    if (!/\.(js|css)$/.test(name)) continue;
    sizes.set(name, zlib.gzipSync(source.buffer(), { level: 9 }).length);
  }
  return sizes;
}

function formatKb(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

module.exports = { BundleBudgetPlugin };
