#!/usr/bin/env node
'use strict';
const { main } = require('../dist/cli/main.js');
main({ argv: process.argv.slice(2), stdout: process.stdout, stderr: process.stderr }).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`dangjian: ${error && error.stack ? error.stack : String(error)}\n`);
    process.exitCode = 2;
  },
);
