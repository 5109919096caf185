/**
 * One crafted input for the hostile-input suite: a file (or several, or a
 * command line) that people or tools really produce, and what `dangjian` must
 * do with it. Each case runs in a child process of its own under a time and
 * memory budget; the suite asserts the exit code, a one-line message without
 * a stack trace, and, for batches, a report entry for every other file.
 *
 * Cases live in `test/hostile/cases/*.ts`, each module exporting `cases`.
 * Inputs are made by generators at run time (`test/hostile/docx.ts` has the
 * smallest packages): no large binaries are committed. Besides what a case
 * expects, every run must show no stack trace and no raw control character,
 * say a refusal without a report in one line, and list each file once.
 */
export interface HostileCase {
  /** What the input is, as a tester would say it ("a theme nested 200,000 deep"). */
  readonly name: string;
  /**
   * Writes the input files into `dir` (a fresh, empty folder that is also the
   * command's working directory) and returns the arguments after `dangjian`.
   */
  readonly build: (dir: string) => readonly string[];
  readonly expect: {
    readonly exit: 0 | 1 | 2;
    /**
     * Paths (as given on the command line) that must each have an entry in
     * the report. With `--format json` they are looked up among the report's
     * files; otherwise in the text (stylish lists only files with findings or
     * errors, so use json for a batch with clean files).
     */
    readonly reportFor?: readonly string[];
    /** A pattern the command's combined output must match (the one-line message). */
    readonly message?: RegExp;
    /** With `--format json`: the error code each of these paths must carry in the report. */
    readonly errors?: Readonly<Record<string, string>>;
  };
  /** Extra environment for the command (e.g. a simulated write error). */
  readonly env?: Readonly<Record<string, string>>;
  /** Budget overrides; the suite's defaults are 10 s and 300 MB peak resident memory. */
  readonly budget?: { readonly seconds?: number; readonly megabytes?: number };
}
