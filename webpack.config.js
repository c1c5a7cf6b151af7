/**
 * Builds the Excel add-in: dist/taskpane.html + taskpane.js (the pane), dist/commands.html + commands.js (the
 * ribbon's function commands), and dist/manifest.xml with its icons.
 *
 * - office.js is not bundled: taskpane.html loads it from Microsoft's CDN (the npm package is unsupported).
 * - `--mode production` needs no certificates and no network, so CI can run it; the manifest's URLs are
 *   rewritten to ADDIN_PUBLIC_URL there. Development keeps https://localhost:3000/.
 * - `webpack serve` uses the office-addin-dev-certs certificate when one is installed, else plain http.
 */
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const { BundleBudgetPlugin } = require('./scripts/webpack/bundleBudgetPlugin');
const { DEV_URL, publicUrlFromEnv } = require('./scripts/manifest/publicUrl');
const { ManifestPlugin } = require('./scripts/webpack/manifestPlugin');

const DEV_PORT = 3000;
const TASKPANE_BUDGET_BYTES = 300 * 1024;

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
async function devCertificates() {
  try {
    const devCerts = require('office-addin-dev-certs');
    if (!devCerts.verifyCertificates()) throw new Error('no valid certificate installed');
    return await devCerts.getHttpsServerOptions();
  } catch (error) {
    console.warn(
      `\n[dev-server] No Office development certificate (${error.message}).\n` +
        `[dev-server] Serving plain http://localhost:${DEV_PORT}/ — fine for a browser, but Excel only loads ` +
        `https task panes. Run "npx office-addin-dev-certs install" and restart for https.\n`,
    );
    return null;
  }
}

module.exports = async (env, argv) => {
  const production = argv.mode === 'production';
  const serving = Boolean(env.WEBPACK_SERVE);
  const certificates = serving ? await devCertificates() : null;
  return {
    mode: production ? 'production' : 'development',
    entry: { taskpane: './src/taskpane/index.tsx', commands: './src/commands/commands.ts' },
    output: { path: path.resolve(__dirname, 'dist'), filename: '[name].js', clean: true },
    resolve: { extensions: ['.tsx', '.ts', '.js'] },
    devtool: production ? 'source-map' : 'eval-cheap-module-source-map',
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
      new ManifestPlugin({
        manifest: path.resolve(__dirname, 'manifest.xml'),
        assetsDir: path.resolve(__dirname, 'assets'),
        publicUrl: production ? publicUrlFromEnv() : DEV_URL,
      }),
      new BundleBudgetPlugin({
        // Development bundles are unminified; the budget is about what officers download.
        budgets: production ? { taskpane: TASKPANE_BUDGET_BYTES, commands: TASKPANE_BUDGET_BYTES } : {},
        forbiddenPackages: ['exceljs'],
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
