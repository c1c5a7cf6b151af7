/**
 * Builds the Excel add-in: dist/taskpane.html + taskpane.js (the pane), dist/commands.html + commands.js (the
 * ribbon's function commands), and dist/manifest.xml with its icons; and the browser workbench:
 * dist/workbench.html + workbench.js (the same task pane over an .xlsx file, with ExcelJS) and the sample
 * appendix it opens, dist/samples/.
 *
 * - office.js is not bundled: taskpane.html loads it from Microsoft's CDN (the npm package is unsupported).
 *   The workbench does not load it at all.
 * - ExcelJS may be in the workbench, and in chunks the add-in loads later with import(); never in the task
 *   pane's or the commands' initial chunks (BundleBudgetPlugin fails the build).
 * - `--mode production` needs no certificates and no network, so CI can run it; the manifest's URLs are
 *   rewritten to ADDIN_PUBLIC_URL there. Development keeps https://localhost:3000/.
 * - `webpack serve` uses the office-addin-dev-certs certificate when one is installed, else plain http.
 */
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const { devCertificates } = require('./scripts/devCertificates');
const { DEV_URL, publicUrlFromEnv } = require('./scripts/manifest/publicUrl');
const { BundleBudgetPlugin } = require('./scripts/webpack/bundleBudgetPlugin');
const { CopyFilesPlugin } = require('./scripts/webpack/copyFilesPlugin');
const { ManifestPlugin } = require('./scripts/webpack/manifestPlugin');

const DEV_PORT = 3000;
const TASKPANE_BUDGET_BYTES = 300 * 1024;
// The workbench carries ExcelJS (~250 KB gzipped) besides the pane; it is a tool for a desk, not a pane
// that opens inside Excel. The budget only catches an accident (a second copy of a library).
const WORKBENCH_BUDGET_BYTES = 700 * 1024;
const SAMPLE = path.resolve(__dirname, 'test', 'fixtures', 'ke-hoach-58-2024-phu-luc.xlsx');

/**
 * swc options for TypeScript + React 18's automatic JSX runtime, for hosts that run ExcelApi 1.13. Only
 * .tsx is parsed with JSX, so `<T>value` assertions in .ts files keep their TypeScript meaning.
 */
const swcOptions = (production, tsx) => ({
  jsc: {
    parser: { syntax: 'typescript', tsx },
    transform: { react: { runtime: 'automatic', development: !production } },
    target: 'es2019',
  },
});

/** HTTPS options from an installed Office dev certificate, or null (then the dev server uses http). */
async function serverCertificates() {
  const { options, reason } = await devCertificates();
  if (!options) {
    console.warn(
      `\n[dev-server] No Office development certificate (${reason}).\n` +
        `[dev-server] Serving plain http://localhost:${DEV_PORT}/ — fine for a browser, but Excel only loads ` +
        `https task panes. Run "npx office-addin-dev-certs install" and restart for https.\n`,
    );
  }
  return options;
}

module.exports = async (env, argv) => {
  const production = argv.mode === 'production';
  const serving = Boolean(env.WEBPACK_SERVE);
  const certificates = serving ? await serverCertificates() : null;
  return {
    mode: production ? 'production' : 'development',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
      message: './src/commands/message.ts',
      workbench: './src/workbench/index.tsx',
    },
    output: { path: path.resolve(__dirname, 'dist'), filename: '[name].js', clean: true },
    resolve: { extensions: ['.tsx', '.ts', '.js'] },
    // No eval-based source maps: the workbench page's Content-Security-Policy has no 'unsafe-eval'.
    devtool: production ? 'source-map' : 'cheap-module-source-map',
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: { loader: 'swc-loader', options: swcOptions(production, false) },
        },
        {
          test: /\.tsx$/,
          exclude: /node_modules/,
          use: { loader: 'swc-loader', options: swcOptions(production, true) },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        template: './src/taskpane/taskpane.html',
        filename: 'taskpane.html',
        chunks: ['taskpane'],
        // Appends ?<hash> to the script URL: Office's WebView caches aggressively (office-js#3059).
        hash: true,
      }),
      new HtmlWebpackPlugin({
        template: './src/commands/commands.html',
        filename: 'commands.html',
        chunks: ['commands'],
        hash: true,
      }),
      new HtmlWebpackPlugin({
        template: './src/commands/message.html',
        filename: 'message.html',
        chunks: ['message'],
        hash: true,
      }),
      new HtmlWebpackPlugin({
        template: './src/workbench/workbench.html',
        filename: 'workbench.html',
        chunks: ['workbench'],
        hash: true,
      }),
      new CopyFilesPlugin({ files: { 'samples/ke-hoach-58-2024-phu-luc.xlsx': SAMPLE } }),
      new ManifestPlugin({
        manifest: path.resolve(__dirname, 'manifest.xml'),
        assetsDir: path.resolve(__dirname, 'assets'),
        publicUrl: production ? publicUrlFromEnv() : DEV_URL,
      }),
      new BundleBudgetPlugin({
        // Development bundles are unminified; the budget is about what officers download.
        budgets: production
          ? {
              taskpane: TASKPANE_BUDGET_BYTES,
              commands: TASKPANE_BUDGET_BYTES,
              workbench: WORKBENCH_BUDGET_BYTES,
            }
          : {},
        forbidden: { taskpane: ['exceljs'], commands: ['exceljs'] },
      }),
    ],
    // BundleBudgetPlugin measures gzipped sizes; webpack's own hint measures raw bytes.
    performance: { hints: false },
    devServer: {
      port: DEV_PORT,
      server: certificates ? { type: 'https', options: certificates } : { type: 'http' },
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: false,
    },
  };
};
