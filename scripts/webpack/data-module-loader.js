/* eslint-disable no-undef */
/**
 * Turns a module that builds plain data (a catalog template, a format
 * profile) into that data, for the browser build. The module is run in Node
 * at build time, so its schema validates it there exactly as at run time,
 * and the page receives only the result as JSON: zod and the builders stay
 * out of the pane's first download.
 *
 * Every export must survive JSON unchanged (no functions, no undefined, no
 * dates); anything else stops the build, so nothing is silently dropped.
 */
const fs = require('node:fs');
const Module = require('node:module');
const path = require('node:path');
const { isDeepStrictEqual } = require('node:util');
const ts = require('typescript');

const SRC = path.resolve(__dirname, '..', '..', 'src') + path.sep;

function compileTs(module, filename) {
  const source = fs.readFileSync(filename, 'utf8');
  const output = ts.transpileModule(source, {
    fileName: filename,
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: true },
  });
  module._compile(output.outputText, filename);
}

/** Requires a TypeScript module of src/ with a transpile-only hook that is removed afterwards. */
function loadTs(file) {
  const previous = Module._extensions['.ts'];
  Module._extensions['.ts'] = compileTs;
  // Fresh each build (watch mode): drop every src/ module from Node's cache.
  for (const cached of Object.keys(require.cache)) if (cached.startsWith(SRC)) delete require.cache[cached];
  try {
    return require(file);
  } finally {
    if (previous) Module._extensions['.ts'] = previous;
    else delete Module._extensions['.ts'];
  }
}

module.exports = function dataModuleLoader() {
  const exported = loadTs(this.resourcePath);
  for (const cached of Object.keys(require.cache)) if (cached.startsWith(SRC)) this.addDependency(cached);
  const lines = ['/* Built from its source at build time; see scripts/webpack/data-module-loader.js. */'];
  for (const [name, value] of Object.entries(exported)) {
    if (name === '__esModule') continue;
    const json = JSON.stringify(value);
    if (json === undefined || !isDeepStrictEqual(JSON.parse(json), value)) {
      throw new Error(`${path.relative(process.cwd(), this.resourcePath)}: export ${name} is not plain data and cannot be inlined`);
    }
    lines.push(`export const ${name} = JSON.parse(${JSON.stringify(json)});`);
  }
  return `${lines.join('\n')}\n`;
};
