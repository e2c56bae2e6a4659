/**
 * Benchmark of the authoring workflow: how long `npm run import` takes per
 * PDF page (Luster's seed, the longest, made into a PDF as the tests make
 * them), and how long `npm run check` takes over n agreements (the real
 * ones, copied under new names). Both should grow linearly.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { PDFDocument } from 'pdf-lib';
import { importAgreement } from '../../src/lib/import/index.ts';
import { readRegisterFiles } from '../../src/lib/content/register-files.ts';
import { checkRegister } from '../../src/lib/content/validate.ts';
import { syntheticRegister } from '../../src/lib/content/synthetic-corpus.ts';
import { seedToPdf } from '../../tests/unit/seed-pdf.ts';
import { fixtureSource } from '../../tests/fixture-register.ts';
import { median } from '../bench-stats.ts';
import type { BenchContext, BenchFigure } from '../bench-types.ts';


// The frozen fixture register's copy, so the figure compares across runs whatever content/ holds.
const LUSTER_SEED = fixtureSource('luster-2019.txt');

/** The median of `runs` timings of `work`, in milliseconds. */
async function medianMs(runs: number, work: () => unknown): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  return median(times);
}

export async function measure(ctx: BenchContext): Promise<BenchFigure[]> {
  const register = checkRegister(readRegisterFiles('content'));
  const seed = readFileSync(LUSTER_SEED, 'utf8');
  const pdf = await seedToPdf(seed, { header: 'Samarbeid mellom kommunen og politiet', tocTitles: ['1. Innleiing /formål', '5. Politiråd', '11. Evaluering'] });
  const pages = (await PDFDocument.load(pdf)).getPageCount();
  const importMs = await medianMs(5, () => importAgreement('luster.pdf', pdf, register));
  // The benchmark's own synthetic register of n agreements, valid by construction.
  const files = syntheticRegister(readRegisterFiles('content'), ctx.n);
  const problems = checkRegister(files).problems;
  if (problems.length > 0) throw new Error(`the benchmark's register has problems: ${problems[0]?.message}`);
  const checkMs = await medianMs(3, () => checkRegister(files));
  return [
    { figure: `import of a ${pages}-page PDF (Luster)`, value: Math.round(importMs), unit: 'ms' },
    { figure: 'import of a PDF, per page', value: Math.round((importMs / pages) * 10) / 10, unit: 'ms', target: 50 },
    { figure: `npm run check over ${ctx.n} agreements`, value: Math.round(checkMs), unit: 'ms' },
    { figure: 'npm run check, per agreement', value: Math.round((checkMs / Math.max(ctx.n, 1)) * 100) / 100, unit: 'ms', target: 5 },
  ];
}
