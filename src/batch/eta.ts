/** Time left in a batch, from the pace so far: nothing until a few files say what the pace is. */
export function secondsLeft(done: number, total: number, elapsedMs: number): number | null {
  if (done < 2 || elapsedMs <= 0 || done >= total) return done >= total ? 0 : null;
  return Math.max(1, Math.round(((total - done) * elapsedMs) / done / 1000));
}
