'use strict';
/** Where npm start records the dev server's process id, for npm stop. */
const path = require('node:path');

// Under dist/, which git ignores.
module.exports = { PID_FILE: path.join(__dirname, '..', 'dist', 'dev-server.pid') };
