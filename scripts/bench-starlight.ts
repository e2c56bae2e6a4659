/**
 * `npm run bench:starlight -- [N] [--runs K] [--warmup W]` (default 400, 1, 1): this site's
 * build against a plain Astro Starlight site over the same synthetic texts,
 * side by side in one run. For each run it builds the synthetic register of N
 * agreements as `npm run build` does (astro build + the search index) and
 * the same N bodies as Starlight MDX pages (Starlight runs Pagefind in its
 * build), each from a cold cache, back to back, and prints one JSON line per
 * run (the pair) and the ratio (this build / Starlight's; ≤ 1 is the target), in
 * wall-clock seconds and in CPU seconds (user + system of the build's
 * processes, which a busy machine disturbs far less), and each build's phases
 * as Astro's own timer measures them (`ASTRO_TIMER_PATH`: content sync, the
 * prerender and client bundles, page generation, the whole build), with their
 * medians at the end. The machine's load average is printed with each run: on
 * a shared machine, repeat with `--runs`. Before the measured runs, `--warmup W`
 * pairs of builds (default 1) are made and not counted, so that neither side's
 * first build pays for files not yet in the system's cache (Starlight's first
 * build after its install took 24.1 s, its next 16.4 s, once on a 2-core machine); and the side
 * that builds first alternates from run to run (this build first in odd runs),
 * so that neither always inherits what the other left behind (its files still
 * being written out, a busier machine): give an even `--runs` for both orders
 * to count alike. The medians of an even count are the mean of the two middle
 * values (scripts/bench-stats.ts).
 *
 * Starlight is installed once in a temporary folder (`npm i astro@7
 * @astrojs/starlight@0.42 node@24` there, never in this project) and kept for
 * the next run; nothing is written into the project.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { median } from './bench-stats.ts';
import { clockTicksPerSecond, parseStat } from './process-cpu.ts';
import { writeSyntheticContent } from './synthetic-content.ts';

const STARLIGHT_PACKAGES = ['astro@7', '@astrojs/starlight@0.42', 'node@24'];
const project = join(import.meta.dirname, '..');

function parseArgs(argv: string[]): { n: number; runs: number; warmup: number } {
  let n = 400;
  let runs = 1;
  let warmup = 1;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--runs') runs = Number(argv[++i]);
    else if (a === '--warmup') warmup = Number(argv[++i]);
    else n = Number(a);
  }
  if (!Number.isInteger(n) || n < 1 || !Number.isInteger(runs) || runs < 1 || !Number.isInteger(warmup) || warmup < 0) {
    console.error('npm run bench:starlight -- [N] [--runs K] [--warmup W]: N and K must be whole numbers ≥ 1, W a whole number ≥ 0');
    process.exit(2);
  }
  return { n, runs, warmup };
}

/** CPU seconds (user + system) of this process's finished children and theirs (Linux; 0 elsewhere). */
function childrenCpuSeconds(): number {
  try {
    const self = parseStat(readFileSync('/proc/self/stat', 'utf8'));
    return (self.childrenUser + self.childrenSystem) / clockTicksPerSecond();
  } catch {
    return 0;
  }
}

/**
 * Wall-clock and CPU seconds of a run of child processes. On a machine shared
 * with other work, wall time depends on the load; CPU time much less.
 */
function timed(run: () => void): { wall: number; cpu: number } {
  const cpu = childrenCpuSeconds();
  const start = performance.now();
  run();
  return { wall: (performance.now() - start) / 1000, cpu: childrenCpuSeconds() - cpu };
}

/** The Starlight project folder, installed once and reused (its pages are rewritten per run). */
function starlightProject(): string {
  const dir = join(tmpdir(), 'politiradsavtaler-bench-starlight');
  if (!existsSync(join(dir, 'node_modules', '@astrojs', 'starlight'))) {
    mkdirSync(dir, { recursive: true });
    // The install scripts this project approves (package.json), approved there too: npm 11 warns about
    // unapproved ones and npm 12 skips them.
    const { allowScripts } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { allowScripts?: Record<string, boolean> };
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'starlight-bench', private: true, type: 'module', allowScripts }, null, 2));
    console.error(`Installing ${STARLIGHT_PACKAGES.join(' ')} in ${dir} …`);
    execFileSync('npm', ['i', '--no-audit', '--no-fund', ...STARLIGHT_PACKAGES], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
export default defineConfig({ integrations: [starlight({ title: 'Politirådsavtaler' })] });
`,
  );
  mkdirSync(join(dir, 'src'), { recursive: true });
  writeFileSync(
    join(dir, 'src', 'content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
  );
  return dir;
}

/**
 * The synthetic agreements as Starlight pages: the title from the frontmatter,
 * the body as it is, with the register's one component (`<Signatures>`) as the
 * plain `<div>` it renders.
 */
function writeStarlightPages(content: string, dir: string): void {
  const docs = join(dir, 'src', 'content', 'docs');
  rmSync(docs, { recursive: true, force: true });
  mkdirSync(docs, { recursive: true });
  writeFileSync(join(docs, 'index.mdx'), '---\ntitle: Politirådsavtaler\n---\n\nSyntetiske avtaler.\n');
  const agreements = join(content, 'agreements');
  for (const file of readdirSync(agreements)) {
    const text = readFileSync(join(agreements, file), 'utf8');
    const end = text.indexOf('\n---\n', 4);
    const frontmatter = JSON.parse(text.slice(4, end)) as { title: string };
    const body = text.slice(end + 5).replace(/<Signatures>/g, '<div class="signatures">').replace(/<\/Signatures>/g, '</div>');
    writeFileSync(join(docs, file), `---\ntitle: ${JSON.stringify(frontmatter.title)}\n---\n${body}`);
  }
}

/** A build's phases in seconds, as Astro's timer wrote them to `file` (none if it wrote nothing). */
function astroPhases(file: string): Record<string, number> {
  if (!existsSync(file)) return {};
  const stats = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { elapsedTime: number }>;
  return Object.fromEntries(Object.entries(stats).map(([phase, { elapsedTime }]) => [phase, elapsedTime / 1000]));
}

function load(): string {
  return loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
}

const { n, runs, warmup } = parseArgs(process.argv.slice(2));
const work = mkdtempSync(join(tmpdir(), 'register-bench-starlight-'));
const starlight = starlightProject();
const astroBin = (root: string) => join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
try {
  const content = writeSyntheticContent(work, n);
  writeStarlightPages(content, starlight);
  const dist = join(work, 'dist');
  const cache = `${content}-astro-cache`;
  const ratios: Array<{ wall: number; cpu: number }> = [];
  const timers = { ours: join(work, 'astro-timer-ours.json'), starlight: join(work, 'astro-timer-starlight.json') };
  const phases: Array<{ ours: Record<string, number>; starlight: Record<string, number> }> = [];
  const round = (x: number, d = 2) => Number(x.toFixed(d));
  /** This build, from a cold cache: what `npm run build` runs (astro build, which makes the search index too). */
  const buildOurs = () => {
    rmSync(dist, { recursive: true, force: true });
    rmSync(cache, { recursive: true, force: true });
    rmSync(timers.ours, { force: true });
    const env = { ...process.env, REGISTER_CONTENT: content, ASTRO_TIMER_PATH: timers.ours };
    return timed(() => execFileSync(process.execPath, [join(project, 'scripts', 'build.ts'), dist], { cwd: project, env, stdio: 'ignore' }));
  };
  /** Starlight's build, from a cold cache. */
  const buildStarlight = () => {
    for (const d of ['dist', '.astro', join('node_modules', '.astro')]) rmSync(join(starlight, d), { recursive: true, force: true });
    rmSync(timers.starlight, { force: true });
    return timed(() => execFileSync(process.execPath, [astroBin(starlight), 'build'], { cwd: starlight, env: { ...process.env, NODE_ENV: 'production', ASTRO_TIMER_PATH: timers.starlight }, stdio: 'ignore' }));
  };
  for (let pair = 1; pair <= warmup; pair++) {
    const [ours, theirs] = [buildOurs(), buildStarlight()];
    console.error(`Warm-up pair ${pair} of ${warmup} (not counted): this build ${ours.wall.toFixed(2)} s, Starlight ${theirs.wall.toFixed(2)} s`);
  }
  for (let run = 1; run <= runs; run++) {
    const loadBefore = load();
    const oursFirst = run % 2 === 1;
    let ours: { wall: number; cpu: number };
    let theirs: { wall: number; cpu: number };
    if (oursFirst) {
      ours = buildOurs();
      theirs = buildStarlight();
    } else {
      theirs = buildStarlight();
      ours = buildOurs();
    }
    const phase = { ours: astroPhases(timers.ours), starlight: astroPhases(timers.starlight) };
    phases.push(phase);
    const ratio = { wall: ours.wall / theirs.wall, cpu: ours.cpu / theirs.cpu };
    ratios.push(ratio);
    const rounded = (times: Record<string, number>) => Object.fromEntries(Object.entries(times).map(([k, v]) => [k, round(v)]));
    console.log(
      JSON.stringify({
        bench: 'build-vs-starlight',
        n,
        run,
        first: oursFirst ? 'this build' : 'starlight',
        seconds: round(ours.wall),
        starlightSeconds: round(theirs.wall),
        ratio: round(ratio.wall, 3),
        cpuSeconds: round(ours.cpu),
        starlightCpuSeconds: round(theirs.cpu),
        cpuRatio: round(ratio.cpu, 3),
        phases: rounded(phase.ours),
        starlightPhases: rounded(phase.starlight),
        target: 1,
        loadBefore,
        loadAfter: load(),
      }),
    );
  }
  console.log(
    `N = ${n}: this build / Starlight's = ${median(ratios.map((r) => r.wall)).toFixed(2)} wall-clock, ${median(ratios.map((r) => r.cpu)).toFixed(2)} CPU time (median of ${runs} run${runs > 1 ? 's' : ''}; target ≤ 1.0)`,
  );
  // Phase by phase (Astro's own timer, the median of the runs): where the two builds differ.
  const names = [...new Set(phases.flatMap((p) => [...Object.keys(p.ours), ...Object.keys(p.starlight)]))];
  for (const name of names) {
    const of = (side: 'ours' | 'starlight') => {
      const times = phases.map((p) => p[side][name]).filter((t): t is number => t !== undefined);
      return times.length > 0 ? `${median(times).toFixed(2)} s` : '–';
    };
    console.log(`  ${name}: this build ${of('ours')}, Starlight ${of('starlight')}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
  rmSync(`${join(work, 'content')}-astro-cache`, { recursive: true, force: true });
}
