// Reads one file with readDocx in a fresh process and reports the outcome, time and peak memory.
require('./ts-register');
const { readFileSync } = require('node:fs');
const { peakRssMb } = require('../../support/peak-rss');
const { readDocx } = require('../../../src/docx/read.ts');

const bytes = new Uint8Array(readFileSync(process.argv[2]));
const started = process.hrtime.bigint();
const result = readDocx(bytes);
const ms = Number(process.hrtime.bigint() - started) / 1e6;
process.stdout.write(
  JSON.stringify({
    ok: result.ok,
    code: result.ok ? undefined : result.error.code,
    message: result.ok ? undefined : result.error.message,
    ms,
    maxRssMb: peakRssMb(),
  }),
);
