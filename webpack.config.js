/* eslint-disable no-undef */
/**
 * Builds the Word task pane, the ribbon's function file, the batch page
 * (batch.html, with its worker), the WPS加载项 (index.html, ribbon.xml,
 * wps-taskpane.html, jsplugins.xml / publish.xml) and the browser harness
 * (Office-Addin-TaskPane-React layout). `ADDIN_URL` replaces
 * https://localhost:3000/ in the manifest and pages of a production build.
 *
 *   webpack --mode development | production
 *   webpack serve --mode development          (npm run dev-server)
 */
const fs = require('node:fs');
const path = require('node:path');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');

const URL_DEV = 'https://localhost:3000/';
const PORT = Number(process.env.PORT || 3000);
const REGISTER_PANEL = path.resolve(__dirname, 'src/register/ui/RegisterPanel.tsx');
const BATCH_WORKER = 'batch-worker';
const REGISTER_PENDING = path.resolve(__dirname, 'src/taskpane/components/RegisterPending.tsx');
/** Modules that only build data (a catalog template, a format profile): run at build time, shipped as JSON. */
const DATA_MODULE = /[\\/]src[\\/]templates[\\/](catalog[\\/](?!index\.ts$|shared\.ts$)[^\\/]+|profiles[\\/][^\\/]+)\.ts$/;
/** Our own modules do their work when called, not when imported (this one excepted), so unused ones are left out. */
const SRC_WITH_SIDE_EFFECTS = /[\\/]src[\\/]dev[\\/]harness[\\/]register-setup\.ts$/;

function productionUrl() {
  const url = process.env.ADDIN_URL || 'https://localhost:3000/';
  return url.endsWith('/') ? url : `${url}/`;
}

/** HTTPS with the Office dev certificates where Word runs; plain HTTP for the harness on Linux. */
async function serverOptions() {
  if (process.platform !== 'win32' && process.platform !== 'darwin') return { type: 'http' };
  const devCerts = require('office-addin-dev-certs');
  return { type: 'https', options: await devCerts.getHttpsServerOptions() };
}

module.exports = async (env, options) => {
  const dev = options.mode !== 'production';
  const urlProd = productionUrl();
  const entries = {
    taskpane: './src/taskpane/index.tsx',
    commands: './src/commands/commands.ts',
    harness: './src/dev/harness/index.tsx',
    batch: './src/batch/index.tsx',
    // WPS 文字: the add-in's entry page (ribbon callbacks) and the same pane over the WPS host.
    'wps-entry': './src/wps/addin/entry.ts',
    'wps-taskpane': './src/wps/addin/pane.tsx',
    // The batch page's worker: one self-contained script under a fixed name the page starts it by.
    [BATCH_WORKER]: { import: './src/batch/worker.ts', filename: 'batch-worker.js' },
  };
  if (env && env.bench) entries.bareFluent = './bench/pane-size.bare.tsx';

  const config = {
    devtool: dev ? 'source-map' : false,
    entry: entries,
    output: {
      path: path.resolve(__dirname, 'dist', 'addin'),
      filename: '[name].[contenthash:8].js',
      chunkFilename: '[name].[contenthash:8].js',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js'],
      // The register panel is its own area; a build without it shows the 台账 place's note instead.
      alias: fs.existsSync(REGISTER_PANEL) ? {} : { [REGISTER_PANEL.replace(/\.tsx$/, '')]: REGISTER_PENDING },
    },
    module: {
      rules: [
        {
          // Checked by its schema in Node during the build; the page gets the result, without zod.
          test: DATA_MODULE,
          use: { loader: path.resolve(__dirname, 'scripts/webpack/data-module-loader.js') },
        },
        {
          test: /[\\/]src[\\/].*\.tsx?$/,
          sideEffects: false,
          exclude: SRC_WITH_SIDE_EFFECTS,
        },
        {
          test: /\.tsx?$/,
          exclude: [/node_modules/, DATA_MODULE],
          use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { module: 'esnext', sourceMap: dev } } },
        },
      ],
    },
    optimization: {
      // React and Fluent UI shared by the pages; the register panel stays a lazy chunk of its own.
      // The batch worker loads no chunks (a worker cannot take the pages' script tags): it keeps all it needs.
      splitChunks: { chunks: (chunk) => chunk.name !== BATCH_WORKER },
    },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/taskpane/taskpane.html', chunks: ['taskpane'] }),
      new HtmlWebpackPlugin({ filename: 'commands.html', template: './src/commands/commands.html', chunks: ['commands'] }),
      new HtmlWebpackPlugin({ filename: 'batch.html', template: './src/batch/batch.html', chunks: ['batch'] }),
      // WPS loads index.html and ribbon.xml from the add-in's root URL (wpsjs's online mode).
      new HtmlWebpackPlugin({ filename: 'index.html', template: './src/wps/addin/entry.html', chunks: ['wps-entry'] }),
      new HtmlWebpackPlugin({ filename: 'wps-taskpane.html', template: './src/wps/addin/taskpane.html', chunks: ['wps-taskpane'] }),
      new HtmlWebpackPlugin({ filename: 'harness.html', template: './src/dev/harness/harness.html', chunks: ['harness'] }),
      ...(env && env.bench
        ? [new HtmlWebpackPlugin({ filename: 'bare-fluent.html', template: './bench/pane-size.bare.html', chunks: ['bareFluent'] })]
        : []),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          // msw's worker serves the harness's Graph stand-in (?register=standin); its scope is the site root.
          { from: 'assets/mockServiceWorker.js', to: 'mockServiceWorker.js' },
          { from: 'src/wps/addin/ribbon.xml', to: 'ribbon.xml' },
          {
            from: 'src/wps/addin/jsplugins.xml',
            to: 'jsplugins.xml',
            transform(content) {
              return dev ? content : content.toString().replace(new RegExp(URL_DEV, 'g'), urlProd);
            },
          },
          {
            from: 'src/wps/addin/publish.xml',
            to: 'publish.xml',
            transform(content) {
              return content.toString().replace(/VERSION/g, require('./package.json').version);
            },
          },
          {
            from: 'manifest*.xml',
            to: '[name][ext]',
            transform(content) {
              return dev ? content : content.toString().replace(new RegExp(URL_DEV, 'g'), urlProd);
            },
          },
        ],
      }),
    ],
    devServer: {
      port: PORT,
      static: { directory: path.resolve(__dirname, 'dist', 'addin') },
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: await serverOptions(),
      client: { overlay: { warnings: false, errors: true } },
    },
  };
  return config;
};
