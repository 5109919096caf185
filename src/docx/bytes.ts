/** Byte chunks read or written piece by piece, joined. */

/** The chunks one after another in one array of `length` bytes (their total); the chunk itself when there is only one. */
export function concatBytes(chunks: readonly Uint8Array[], length: number): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
