'use strict';
const zlib = require('node:zlib');

/**
 * Prints the gzipped size of every emitted JS/CSS asset and of every entry point (its initial JS+CSS, what a
 * page loads before it can work), and fails the build when an entry exceeds its budget or when a package
 * forbidden to an entry sits in one of that entry's initial chunks. ExcelJS is forbidden to the add-in's
 * task pane and commands, but only initially: a chunk they load later with `import()` (an export that
 * needs ExcelJS) is allowed, since officers who never use it never download it.
 * Sizes are measured on what is emitted, at gzip level 9, which is close to what a static host serves.
 */
class BundleBudgetPlugin {
  /**
   * @param {{
   *   budgets: Record<string, number>,
   *   forbidden: Record<string, string[]>,
   * }} options budgets in bytes, by entry; forbidden package names, by entry
   */
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
          for (const [name, size] of sizes) console.log(`  ${name.padEnd(28)} ${formatKb(size)} gzipped`);
          const errors = [...this.entryErrors(compilation, sizes), ...this.forbiddenErrors(compilation)];
          for (const error of errors) compilation.errors.push(new webpack.WebpackError(error));
        },
      );
    });
  }

  entryErrors(compilation, sizes) {
    const errors = [];
    for (const entry of Object.keys(this.options.budgets)) {
      if (!compilation.entrypoints.has(entry)) errors.push(`bundle budget: no entry point "${entry}"`);
    }
    for (const [entry, entrypoint] of compilation.entrypoints) {
      const files = [...new Set(entrypoint.getFiles())].filter((file) => sizes.has(file));
      const total = files.reduce((sum, file) => sum + (sizes.get(file) ?? 0), 0);
      const budget = this.options.budgets[entry];
      const limit = budget === undefined ? 'no budget' : `budget ${formatKb(budget)}`;
      console.log(`  entry "${entry}": ${formatKb(total)} gzipped, JS+CSS loaded at start (${limit})`);
      if (budget !== undefined && total > budget) {
        errors.push(
          `bundle budget: entry "${entry}" is ${formatKb(total)} gzipped, over its ${formatKb(budget)}`,
        );
      }
    }
    return errors;
  }

  forbiddenErrors(compilation) {
    const errors = new Set();
    for (const [entry, packages] of Object.entries(this.options.forbidden)) {
      const entrypoint = compilation.entrypoints.get(entry);
      if (!entrypoint) continue;
      // An entry point's chunks are its initial ones; chunks loaded by import() are not among them.
      for (const chunk of entrypoint.chunks) {
        for (const module of compilation.chunkGraph.getChunkModulesIterable(chunk)) {
          for (const resource of resourcesOf(module)) {
            const name = packages.find((p) =>
              new RegExp(`[\\\\/]node_modules[\\\\/]${p}[\\\\/]`).test(resource),
            );
            if (name) {
              errors.add(
                `bundle: ${name} must not be in the initial chunks of "${entry}" (found ${resource})`,
              );
            }
          }
        }
      }
    }
    return [...errors];
  }
}

/** The files a module was built from; a concatenated module (production scope hoisting) holds several. */
function resourcesOf(module) {
  if (Array.isArray(module.modules)) return module.modules.flatMap(resourcesOf);
  return module.resource ? [module.resource] : [];
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
