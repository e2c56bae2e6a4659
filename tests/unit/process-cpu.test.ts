/**
 * `npm run bench:cpu`: a process's figures read from `/proc` as they are, processes told apart by
 * their real command lines, and the command line itself run on a process that spends a known CPU
 * time: that time shows in its row, and the command's exit status passes through.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { byKind, commandLine, descendsFrom, parseStat, processKind, type ProcessStat, type SeenProcess } from '../../scripts/process-cpu.ts';

const linux = existsSync('/proc/self/stat');

describe('reading /proc', () => {
  it.runIf(linux)("reads this process's own stat: its pid, parent and CPU", () => {
    const before = parseStat(readFileSync('/proc/self/stat', 'utf8'));
    expect(before.pid).toBe(process.pid);
    expect(before.ppid).toBe(process.ppid);
    // A fifth of a second of CPU (user and system alike: the loop asks the kernel for the time) shows in
    // the next reading; /proc counts in ticks of 10 ms.
    const cpuAtStart = process.cpuUsage();
    while (process.cpuUsage(cpuAtStart).user + process.cpuUsage(cpuAtStart).system < 200_000);
    const after = parseStat(readFileSync('/proc/self/stat', 'utf8'));
    expect(after.user + after.system - (before.user + before.system)).toBeGreaterThanOrEqual(15);
    expect(after.start).toBe(before.start);
  });

  it('reads the fields after the last parenthesis, whatever the name holds', () => {
    // proc(5): pid (comm) state ppid pgrp session tty_nr tpgid flags minflt cminflt majflt cmajflt utime stime … starttime (22)
    const line = '4242 (a (b) c) S 17 4242 4242 0 -1 4194560 9876 0 3 0 123 45 67 89 20 0 1 0 31337 1000 200';
    expect(parseStat(line)).toEqual({ pid: 4242, ppid: 17, start: 31337, user: 123, system: 45, childrenUser: 67, childrenSystem: 89, minorFaults: 9876 });
  });
});

describe('what a process is', () => {
  it.each([
    [['/usr/lib/chromium/chromium-headless-shell', '--type=renderer', '--lang=en-US'], 'Chromium: renderers'],
    [['/usr/lib/chromium/chromium-headless-shell', '--type=gpu-process'], 'Chromium: GPU process'],
    [['/usr/lib/chromium/chromium-headless-shell', '--type=utility', '--utility-sub-type=network.mojom.NetworkService'], 'Chromium: other processes'],
    [['/usr/lib/chromium/chromium-headless-shell', '--headless', '--remote-debugging-pipe'], 'Chromium: browser process'],
    [['/usr/lib/chromium/chrome_crashpad_handler', '--monitor-self', '--database=/tmp/x'], 'Chromium: other processes'],
    [['vitest-watchdog'], 'Vitest: watchdog'],
    [['/p/node_modules/node/bin/node', '--import=/p/register.mjs', 'scripts/check.ts'], 'node check.ts'],
    [['/p/node_modules/node/bin/node', '--max-semi-space-size=64', '/p/node_modules/astro/bin/astro.mjs', 'build', '--outDir', 'dist'], 'astro build'],
    [['/p/node_modules/node/bin/node', '/p/node_modules/astro/bin/astro.mjs', 'check', '--noSync'], 'type check'],
    [['/p/node_modules/node/bin/node', '/p/node_modules/astro/bin/astro.mjs', 'sync'], 'astro sync'],
    [['/p/node_modules/node/bin/node', '/p/node_modules/typescript/bin/tsc', '--noEmit', '-p', 'tsconfig.json'], 'type check'],
    [['/p/node_modules/node/bin/node', '/p/node_modules/typescript-native/bin/tsc', '--noEmit', '-p', 'tsconfig.json'], 'type check'],
    [['/p/node_modules/@typescript/typescript-linux-x64/lib/tsc', '--noEmit', '-p', 'tsconfig.json'], 'type check'],
    [['/p/node_modules/node/bin/node', '--conditions', 'node', '/p/node_modules/vitest/dist/workers/forks.js'], 'Vitest: workers'],
    [['node', '/p/node_modules/.bin/vitest', 'run'], 'Vitest: main process'],
    [['/p/node_modules/@pagefind/linux-x64/bin/pagefind_extended', '--service'], 'Pagefind'],
    [['/p/node_modules/node/bin/node', 'scripts/import.ts', 'tests/fixtures/register/sources/skien-2019.txt'], 'node import.ts'],
    [['/p/node_modules/node/bin/node', '--require', '/p/preload.cjs', 'scripts/build.ts', 'dist'], 'node build.ts'],
  ])('%j is "%s"', (argv, kind) => {
    expect(processKind(argv)).toBe(kind);
  });

  it('reads a command line separated by NUL bytes, and one a process has rewritten as its title', () => {
    expect(commandLine('/usr/bin/node\0scripts/build.ts\0dist\0')).toEqual(['/usr/bin/node', 'scripts/build.ts', 'dist']);
    // As Chromium's renderers show theirs.
    expect(processKind(commandLine('/usr/lib/chromium/chromium-headless-shell --type=renderer --lang=en-US\0'))).toBe('Chromium: renderers');
    expect(processKind(commandLine('npm exec vitest run tests/e2e/search.test.ts'))).toBe('npm');
  });

  it('finds the descendants of a process by their parents, and no other process', () => {
    const stat = (pid: number, ppid: number): [number, ProcessStat] => [pid, { pid, ppid, start: 0, user: 0, system: 0, childrenUser: 0, childrenSystem: 0, minorFaults: 0 }];
    // 1 → 10 (the command) → 11 → 12; 1 → 20 → 21; and a cycle, which no real table has, 30 ⇄ 31.
    const running = new Map([stat(10, 1), stat(11, 10), stat(12, 11), stat(20, 1), stat(21, 20), stat(30, 31), stat(31, 30)]);
    expect([10, 11, 12].map((pid) => descendsFrom(pid, 10, running))).toEqual([true, true, true]);
    expect([1, 20, 21, 30, 99].map((pid) => descendsFrom(pid, 10, running))).toEqual([false, false, false, false, false]);
  });

  it('sums processes by kind, heaviest first, times in seconds', () => {
    const p = (pid: number, kind: string, user: number, system: number): SeenProcess => ({ pid, ppid: 1, start: pid, user, system, childrenUser: 0, childrenSystem: 0, minorFaults: 1000, kind });
    expect(byKind([p(1, 'a', 100, 0), p(2, 'b', 150, 100), p(3, 'a', 50, 50)], 100)).toEqual([
      { kind: 'b', processes: 1, user: 1.5, system: 1, minorFaults: 1000 },
      { kind: 'a', processes: 2, user: 1.5, system: 0.5, minorFaults: 2000 },
    ]);
  });
});

describe.runIf(linux)('npm run bench:cpu', () => {
  const run = (...command: string[]) => spawnSync(process.execPath, ['scripts/cpu-by-process.ts', '--every', '50', ...command], { encoding: 'utf8', timeout: 30_000 });

  it('counts the CPU a command spends in its own row, and passes its status through', () => {
    // A child that spends 0.4 s of user CPU, then exits with 3.
    const result = run(process.execPath, '-e', 'const s = process.cpuUsage(); while (process.cpuUsage(s).user < 400_000); process.exit(3)');
    expect(result.status, result.stderr).toBe(3);
    const row = result.stdout.split('\n').find((l) => l.startsWith('| node |'));
    expect(row, result.stdout).toBeDefined();
    const [, processes, user] = row!.split('|').map((c) => c.trim()).filter(Boolean);
    expect(processes).toBe('1');
    // Readings every 50 ms: all but the last of its 0.4 s.
    expect(Number(user)).toBeGreaterThanOrEqual(0.25);
    expect(result.stdout).toContain('| in all | 1 |');
  });

  it('refuses a call without a command, saying how to call it', () => {
    const result = run();
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('No command to run.');
    expect(result.stderr).toContain('Usage: npm run bench:cpu --');
  });
});
