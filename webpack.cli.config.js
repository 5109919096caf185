/* eslint-disable no-undef */
/**
 * The command line as one file: dist/dangjian.js, bundled from what
 * `tsc -p tsconfig.cli.json` compiled into dist/. One file to read and
 * compile instead of some three hundred modules to find, read and wrap;
 * what only some commands use (a pack's validation, globbing, the register)
 * sits in chunks beside it, loaded when a command needs it.
 *
 *   tsc -p tsconfig.cli.json && webpack -c webpack.cli.config.js   (npm run build:cli)
 */
const path = require('node:path');

module.exports = {
  mode: 'production',
  target: 'node20',
  context: __dirname,
  entry: { dangjian: './dist/cli/main.js' },
  output: {
    path: path.resolve(__dirname, 'dist'),
    filename: '[name].js',
    chunkFilename: 'dangjian-[name].js',
    library: { type: 'commonjs2' },
    clean: false,
  },
  // package.json is read at run time for --version, from beside dist/.
  externals: { '../../package.json': 'commonjs ../package.json' },
  resolve: { extensions: ['.js'], mainFields: ['main', 'module'] },
  optimization: { minimize: true, moduleIds: 'deterministic', chunkIds: 'named' },
  devtool: false,
  performance: { hints: false },
  stats: 'errors-warnings',
};
