/**
 * Names of the fixed copies, as `dangjian check --fix -o` names them: each
 * file's own name, and `stem-2.ext`, `stem-3.ext`… when an earlier copy took
 * it (two folders may each hold a 结项报告.docx).
 */
function baseName(path: string): string {
  const at = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return at >= 0 ? path.slice(at + 1) : path;
}

function split(name: string): { stem: string; extension: string } {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? { stem: name.slice(0, dot), extension: name.slice(dot) } : { stem: name, extension: '' };
}

/** One name per path, in order; no two alike. */
export function fixedCopyNames(paths: readonly string[]): string[] {
  const taken = new Set<string>();
  return paths.map((path) => {
    const name = baseName(path);
    const { stem, extension } = split(name);
    let candidate = name;
    for (let n = 2; taken.has(candidate); n += 1) candidate = `${stem}-${n}${extension}`;
    taken.add(candidate);
    return candidate;
  });
}
