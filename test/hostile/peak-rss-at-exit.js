'use strict';
/**
 * Preloaded (`node --require`) into the command under test: at exit, writes
 * the process's peak resident memory in MB to $DANGJIAN_PEAK_RSS_FILE, so
 * the suite measures the command alone and not the test runner.
 */
const { writeFileSync } = require('node:fs');
const { peakRssMb } = require('../support/peak-rss');

const target = process.env.DANGJIAN_PEAK_RSS_FILE;
if (target) {
  process.on('exit', () => {
    writeFileSync(target, String(peakRssMb()));
  });
}
