import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { serveDist } from './scripts/serve-dist.ts';
const [dist, ...paths] = process.argv.slice(2);
const server = await serveDist(dist!);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium-headless-shell', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const logs: string[] = [];
page.on('console', (m) => logs.push(m.text()));
for (const path of paths) {
  await page.goto(new URL(path, server.url).href);
  await page.evaluate(axeSource);
  logs.length = 0;
  const t0 = performance.now();
  const n = await page.evaluate(async () => {
    const axe = (window as any).axe;
    const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] }, resultTypes: ['violations'], performanceTimer: true });
    return r.violations.length;
  });
  const total = performance.now() - t0;
  const rules = logs.map((l) => /Measure (\S+) took ([\d.]+)ms/.exec(l)).filter(Boolean).map((m) => [m![1], Number(m![2])] as const).sort((a, b) => b[1] - a[1]);
  console.log(path, 'total', Math.round(total), 'violations', n);
  for (const [r, ms] of rules.slice(0, 14)) console.log('   ', r, Math.round(ms));
}
await browser.close();
await server.close();
