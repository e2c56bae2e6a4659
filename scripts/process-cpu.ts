/**
 * Where a command's CPU goes, process by process, read from Linux's `/proc`: each process's user
 * and system time and its minor page faults (`/proc/<pid>/stat`), grouped by what the process is
 * (Chromium's renderers, the `astro build`s, Vitest's workers…). Used by `npm run bench:cpu`
 * (scripts/cpu-by-process.ts); docs/performance-log.md, "The test suite", fourteenth round.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';

/** What `/proc/<pid>/stat` says of a process, times in clock ticks. */
export interface ProcessStat {
  pid: number;
  ppid: number;
  /** When the process started, in ticks since boot: with the pid, it names one process (pids are reused). */
  start: number;
  user: number;
  system: number;
  /** The CPU times of its children that ended and were waited for, and of theirs. */
  childrenUser: number;
  childrenSystem: number;
  minorFaults: number;
}

let ticks: number | undefined;

/** Clock ticks per second, the unit of /proc's times (100 on Linux as built for PCs and servers); asked once. */
export function clockTicksPerSecond(): number {
  if (ticks === undefined) {
    try {
      const read = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());
      ticks = Number.isInteger(read) && read > 0 ? read : 100;
    } catch {
      ticks = 100;
    }
  }
  return ticks;
}

/** Reads the fields this module needs from the text of `/proc/<pid>/stat` (the command's name may hold spaces and parentheses). */
export function parseStat(text: string): ProcessStat {
  const pid = Number.parseInt(text, 10);
  const fields = text.slice(text.lastIndexOf(')') + 2).trim().split(/\s+/);
  // From the state (field 3 of proc(5)) on: ppid 4, minflt 10, utime 14, stime 15, cutime 16, cstime 17, starttime 22.
  const field = (n: number) => Number(fields[n - 3]);
  return { pid, ppid: field(4), start: field(22), user: field(14), system: field(15), childrenUser: field(16), childrenSystem: field(17), minorFaults: field(10) };
}

/**
 * A process's arguments from the text of `/proc/<pid>/cmdline`: separated by NUL bytes, or, where the
 * process has rewritten its title (Chromium's processes, npm), one string separated by spaces.
 */
export function commandLine(text: string): string[] {
  const argv = text.split('\0').filter(Boolean);
  return argv.length === 1 && argv[0]!.includes(' ') ? argv[0]!.split(' ').filter(Boolean) : argv;
}

/** What a process is, by its command line (argv, as `/proc/<pid>/cmdline` gives it). */
export function processKind(argv: readonly string[]): string {
  const program = basename(argv[0] ?? '');
  if (program.startsWith('chrom')) {
    if (program.includes('crashpad')) return 'Chromium: other processes';
    const type = argv.find((a) => a.startsWith('--type='))?.slice('--type='.length);
    if (!type) return 'Chromium: browser process';
    if (type === 'renderer') return 'Chromium: renderers';
    if (type === 'gpu-process') return 'Chromium: GPU process';
    return 'Chromium: other processes';
  }
  if (program.startsWith('pagefind')) return 'Pagefind';
  if (['sh', 'bash', 'dash'].includes(program)) return 'shell';
  if (program === 'vitest-watchdog') return 'Vitest: watchdog';
  const has = (ending: RegExp) => argv.slice(1).some((a) => ending.test(a));
  const words = argv.slice(1).filter((a) => !a.startsWith('-'));
  if (program === 'npm' || has(/(npm-cli\.js|\/npm)$/)) return 'npm';
  if (has(/vitest\/dist\/workers\/forks\.js$/)) return 'Vitest: workers';
  if (has(/(^|\/)vitest(\.mjs)?$/)) return 'Vitest: main process';
  if (has(/(astro\/bin\/astro\.mjs|\.bin\/astro)$/)) {
    if (words.includes('build')) return 'astro build';
    if (words.includes('check')) return 'type check';
    const sub = words[words.findIndex((w) => /astro(\.mjs)?$/.test(w)) + 1];
    return sub ? `astro ${sub}` : 'astro';
  }
  // TypeScript's `tsc` as Node runs it (typescript, or the typescript-native alias of TypeScript 7), and
  // TypeScript 7's native executable, which its `tsc` script becomes (execve).
  if (program === 'tsc' || has(/(typescript[^/]*\/bin\/tsc|\.bin\/tsc)$/)) return 'type check';
  // The script a runtime runs: the first argument that names one and is neither a flag nor the value
  // of a flag that loads code before it (`--require x`, `--import x`, `--loader x`).
  const script = argv.find(
    (a, i) => i > 0 && !a.startsWith('-') && /\.(m?js|cjs|m?ts)$/.test(a) && !/^(-r|--require|--import|--loader|--experimental-loader)$/.test(argv[i - 1] ?? ''),
  );
  if (script) return `${program} ${basename(script)}`;
  return program || 'unknown';
}

/** One process as last seen: its figures and what it is. */
export interface SeenProcess extends ProcessStat {
  kind: string;
}

/** The stat of every process now running, kernel threads and processes gone meanwhile left out. */
export function readStats(): Map<number, ProcessStat> {
  const running = new Map<number, ProcessStat>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = parseStat(readFileSync(`/proc/${entry}/stat`, 'utf8'));
      // Kernel threads: kthreadd (2) and its children.
      if (stat.pid !== 2 && stat.ppid !== 2) running.set(stat.pid, stat);
    } catch {
      /* the process ended while it was read */
    }
  }
  return running;
}

/** A process's command line, or none when it is gone or has ended (a process not yet reaped shows none). */
export function readCommandLine(pid: number): string[] {
  try {
    return commandLine(readFileSync(`/proc/${pid}/cmdline`, 'utf8'));
  } catch {
    return [];
  }
}

/** Whether `pid` descends from `root`, by the parents of the processes running now. */
export function descendsFrom(pid: number, root: number, running: ReadonlyMap<number, ProcessStat>): boolean {
  for (let at: number | undefined = pid, steps = 0; at !== undefined && at > 1 && steps < 64; steps++) {
    if (at === root) return true;
    at = running.get(at)?.ppid;
  }
  return false;
}

/** The figures of one kind of process: how many, their CPU in seconds, their minor page faults. */
export interface KindFigures {
  kind: string;
  processes: number;
  user: number;
  system: number;
  minorFaults: number;
}

/**
 * Sums the processes by kind, heaviest first. A process's kind is the last one seen: a renderer
 * forked from Chromium's zygote shows the zygote's command line until it names its own.
 */
export function byKind(processes: Iterable<SeenProcess>, ticksPerSecond: number): KindFigures[] {
  const kinds = new Map<string, KindFigures>();
  for (const p of processes) {
    const figures = kinds.get(p.kind) ?? { kind: p.kind, processes: 0, user: 0, system: 0, minorFaults: 0 };
    figures.processes += 1;
    figures.user += p.user / ticksPerSecond;
    figures.system += p.system / ticksPerSecond;
    figures.minorFaults += p.minorFaults;
    kinds.set(p.kind, figures);
  }
  return [...kinds.values()].sort((a, b) => b.user + b.system - (a.user + a.system));
}
