/**
 * `npm run bench:cpu -- <command> [args…]` (e.g. `npm run bench:cpu -- npm test`): runs the command
 * and, when it ends, prints where its CPU went, by kind of process (Chromium's renderers, the
 * `astro build`s, Vitest's workers, the type check…): processes, user and system CPU-seconds and
 * minor page faults, as a Markdown table. Linux only: it reads `/proc` every quarter second
 * (`--every <ms>` before the command changes that), so a process that lives less than that is
 * missed, and what a process does after its last reading is not counted. The command's own output
 * and exit status pass through.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { byKind, descendsFrom, readProcesses, type KindFigures, type SeenProcess } from './process-cpu.ts';

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

/** Clock ticks per second, the unit of /proc's times (100 on Linux as built for PCs and servers). */
function ticksPerSecond(): number {
  try {
    const ticks = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());
    return Number.isInteger(ticks) && ticks > 0 ? ticks : 100;
  } catch {
    return 100;
  }
}

const ticks = ticksPerSecond();
const started = performance.now();
const child = spawn(command, commandArgs, { stdio: 'inherit' });
const root = child.pid;
/** Every process seen under the command, by pid and start time, with its latest figures. */
const seen = new Map<string, SeenProcess>();

function sample(): void {
  if (root === undefined) return;
  const running = readProcesses();
  for (const p of running.values()) {
    if (!descendsFrom(p.pid, root, running)) continue;
    seen.set(`${p.pid}:${p.start}`, p);
  }
}

const timer = setInterval(sample, every);
sample();
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));

const row = (f: Pick<KindFigures, 'kind' | 'user' | 'system' | 'minorFaults'> & { processes: number | string }) =>
  `| ${f.kind} | ${f.processes} | ${f.user.toFixed(1)} | ${f.system.toFixed(1)} | ${(f.minorFaults / 1e6).toFixed(2)} |`;

child.on('error', (e) => {
  clearInterval(timer);
  fail(`Could not run "${command}": ${e.message}`);
});
child.on('close', (code, signal) => {
  clearInterval(timer);
  const kinds = byKind(seen.values(), ticks);
  const total = kinds.reduce((t, k) => ({ user: t.user + k.user, system: t.system + k.system, minorFaults: t.minorFaults + k.minorFaults }), { user: 0, system: 0, minorFaults: 0 });
  const seconds = (performance.now() - started) / 1000;
  console.log(
    [
      '',
      `CPU by process of \`${[command, ...commandArgs].join(' ')}\`: ${seconds.toFixed(1)} s, read from /proc every ${every} ms`,
      '',
      '| process | processes | user CPU-s | system CPU-s | minor faults (millions) |',
      '|---|---|---|---|---|',
      ...kinds.map(row),
      row({ kind: 'in all', processes: seen.size, ...total }),
    ].join('\n'),
  );
  process.exit(code ?? (signal ? 1 : 0));
});
