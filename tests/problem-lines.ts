/** The problem lines of what `npm run check`, a build or the dev server printed. */
import { PROBLEM_LINE_START } from '../src/lib/content/problems.ts';

/** Each problem's line of `output` (`  - file:line:column: field: fix`, as printed), in the order printed. */
export function problemLines(output: string): string[] {
  return output.split('\n').filter((l) => l.startsWith(PROBLEM_LINE_START));
}

/** A problem's line without what starts it: `file:line:column: field: fix`. */
export function problemOf(line: string): string {
  return line.slice(PROBLEM_LINE_START.length);
}
