/** What the benchmark hands an area's `measure` (scripts/bench/*.ts), and what it gets back. */
import type { Browser } from 'playwright-core';

export interface BenchContext {
  /** The built site of the synthetic register. */
  dist: string;
  /** The synthetic register's content folder. */
  content: string;
  /** Where it is served. */
  baseUrl: string;
  browser: Browser;
  /** How many agreements the register holds. */
  n: number;
}

export interface BenchFigure {
  figure: string;
  value: number;
  unit: string;
  target?: number;
}
