/** The tests' build lock (tests/build-lock.ts) knows its owner from a process that took the owner's id later. */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ownerAlive, ownerOf } from '../build-lock.ts';

describe('the build lock', () => {
  it('names its owner by process id and, on Linux, when it started', () => {
    const owner = ownerOf(process.pid);
    expect(owner.split(' ')[0]).toBe(String(process.pid));
    if (process.platform === 'linux') expect(owner).toMatch(/^\d+ \d+$/);
  });

  it('holds while its owner runs', () => {
    expect(ownerAlive(ownerOf(process.pid))).toBe(true);
  });

  it('is abandoned when its owner has ended', () => {
    const ended = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    expect(ownerAlive(`${ended.stdout} 1`)).toBe(false);
  });

  it.runIf(process.platform === 'linux')('is abandoned when its id now belongs to a process that started at another time', () => {
    // This process's id, with a start time that is not its own: the owner that held the id has ended.
    const [pid, started] = ownerOf(process.pid).split(' ');
    expect(ownerAlive(`${pid} ${Number(started) + 1}`)).toBe(false);
  });
});
