/** Runs `work` once the browser has painted what is on screen now, so background downloads never delay the first paint. */
export function afterFirstPaint(work: () => void): void {
  if (typeof requestAnimationFrame !== 'function') {
    setTimeout(work, 0);
    return;
  }
  requestAnimationFrame(() => setTimeout(work, 0));
}
