#!/usr/bin/env node
'use strict';
// main() answers every error itself; this is the last resort (a missing build, say): one line, the stack only on request.
const cli = require('../dist/dangjian.js');
// A reader that stops early (`dangjian check … | head`) is not an error of ours: stop quietly.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error && error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}
// A helper thread is started with this argument (src/cli/check-pool.ts); only then is worker_threads loaded to make sure.
if (process.argv[2] === '--dangjian-check-worker' && isCheckWorker()) {
  // A helper thread checking files of a batch for the command below (src/cli/check-pool.ts).
  cli.checkWorker();
} else {
  run();
}

function isCheckWorker() {
  const { isMainThread, workerData } = require('node:worker_threads');
  return !isMainThread && workerData && workerData.mark === 'dangjian-check-worker';
}

function run() {
  cli.main({ argv: process.argv.slice(2), stdout: process.stdout, stderr: process.stderr, workerScript: __filename }).then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      const detail = process.env.DANGJIAN_DEBUG === '1' && error && error.stack ? error.stack : String(error).split('\n')[0];
      process.stderr.write(`dangjian: ${detail}\n`);
      process.exitCode = 2;
    },
  );
}
