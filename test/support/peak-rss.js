'use strict';
/**
 * Peak resident memory of this process, in MB. On Linux `getrusage`'s
 * maxrss survives `exec` — a child spawned by a large test runner reports the
 * runner's peak — so the process's own high-water mark is read from
 * /proc/self/status (VmHWM belongs to the new address space).
 */
const { readFileSync } = require('node:fs');

function peakRssMb() {
  try {
    const status = readFileSync('/proc/self/status', 'utf8');
    const match = /^VmHWM:\s+(\d+)\s+kB$/m.exec(status);
    if (match) return Number(match[1]) / 1024;
  } catch (error) {
    if (!(error && error.code === 'ENOENT')) throw error;
  }
  return process.resourceUsage().maxRSS / 1024;
}

module.exports = { peakRssMb };
