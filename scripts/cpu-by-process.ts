/**
 * `npm run bench:cpu -- <command> [args…]` (e.g. `npm run bench:cpu -- npm test`): runs the command
 * and, when it ends, prints where its CPU went, by kind of process (Chromium's renderers, the
 * `astro build`s, Vitest's workers, the type check…): processes, user and system CPU-seconds and
 * minor page faults, as a Markdown table. Linux only: it reads `/proc` every quarter second
 * (`--every <ms>` before the command changes that), so a process that lives less than that is
 * missed, and what a process does after its last reading is not counted. The command's own output
 * and exit status pass through.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { constants } from 'node:os';
import { byKind, clockTicksPerSecond, descendsFrom, processKind, readCommandLine, readStats, type KindFigures, type SeenProcess } from './process-cpu.ts';

const USAGE = 'Usage: npm run bench:cpu -- [--every <ms>] <command> [args…]   (e.g. npm run bench:cpu -- npm test)';

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

const args = process.argv.slice(2);
let every = 250;
if (args[0] === '--every') {
  every = Number(args[1]);
  if (!Number.isInteger(every) || every < 10) fail(`--every takes whole milliseconds, at least 10 (got "${args[1] ?? ''}").`);
  args.splice(0, 2);
}
if (args[0] === '--') args.shift();
const [command, ...commandArgs] = args;
if (!command) fail('No command to run.');
if (!existsSync('/proc/self/stat')) fail('This needs Linux\'s /proc, which this system does not have.');

const started = performance.now();
const child = spawn(command, commandArgs, { stdio: 'inherit' });
const root = child.pid;
/** Every process seen under the command, by pid and start time, with its latest figures. */
const seen = new Map<string, SeenProcess>();

/**
 * Reads every process under the command. Only their command lines are read (the rest of the
 * system's are not). A process that has ended but is not yet reaped shows no command line: its last
 * figures are kept under the kind it was seen as.
 */
function sample(): void {
  if (root === undefined) return;
  const running = readStats();
  for (const p of running.values()) {
    if (!descendsFrom(p.pid, root, running)) continue;
    const key = `${p.pid}:${p.start}`;
    const argv = readCommandLine(p.pid);
    const kind = argv.length > 0 ? processKind(argv) : seen.get(key)?.kind;
    if (kind) seen.set(key, { ...p, kind });
  }
}

const timer = setInterval(sample, every);
sample();
// Ctrl-C reaches the command itself (the terminal signals the whole process group): this process only
// stays to print what it read. A signal sent to this process alone is passed on.
process.on('SIGINT', () => undefined);
for (const signal of ['SIGTERM', 'SIGHUP'] as const) process.on(signal, () => child.kill(signal));

const row = (f: Pick<KindFigures, 'kind' | 'user' | 'system' | 'minorFaults'> & { processes: number | string }) =>
  `| ${f.kind} | ${f.processes} | ${f.user.toFixed(1)} | ${f.system.toFixed(1)} | ${(f.minorFaults / 1e6).toFixed(2)} |`;

child.on('error', (e) => {
  clearInterval(timer);
  fail(`Could not run "${command}": ${e.message}`);
});
child.on('close', (code, signal) => {
  clearInterval(timer);
  const kinds = byKind(seen.values(), clockTicksPerSecond());
  const total = kinds.reduce((t, k) => ({ user: t.user + k.user, system: t.system + k.system, minorFaults: t.minorFaults + k.minorFaults }), { user: 0, system: 0, minorFaults: 0 });
  const seconds = (performance.now() - started) / 1000;
  const own = process.cpuUsage();
  console.log(
    [
      '',
      `CPU by process of \`${[command, ...commandArgs].join(' ')}\`: ${seconds.toFixed(1)} s, read from /proc every ${every} ms`,
      '',
      '| process | processes | user CPU-s | system CPU-s | minor faults (millions) |',
      '|---|---|---|---|---|',
      ...kinds.map(row),
      row({ kind: 'in all', processes: seen.size, ...total }),
      '',
      `(This reading itself: ${(own.user / 1e6).toFixed(1)} user and ${(own.system / 1e6).toFixed(1)} system CPU-seconds, not in the table.)`,
    ].join('\n'),
  );
  // A command ended by a signal ends this one with the shell's status for it, 128 + the signal's number.
  process.exit(code ?? (signal ? 128 + (constants.signals[signal] ?? 0) : 0));
});
