/**
 * The frozen registers the tests read. The unit tests read a copy of a small
 * register (seven documents, five source texts, the data collections) under
 * `tests/fixtures/register/`, laid out as `content/` is; the browser tests
 * build the site from `tests/fixtures/site/`. Tests that assert exact counts,
 * orders or rows read these, never the live `content/`, so a new agreement
 * there changes no expected value.
 */
import { join } from 'node:path';

/** The fixture register's folder (a content folder: agreements/, sources/, *.json). */
export const FIXTURE_REGISTER = 'tests/fixtures/register';

/**
 * The register the browser tests build and read: a frozen copy of `content/`, boundaries included
 * (tests/fixtures/site/README.md), so that what they expect is this register's and a new agreement in
 * `content/` changes none of it.
 */
export const SITE_REGISTER = 'tests/fixtures/site';

/** Where the browser tests' site is built (global-setup): not `dist/`, which `npm start` builds from `content/`. */
export const SITE_DIST = 'dist-e2e';

/** The environment of a build of the browser tests' site: the process's own, with `SITE_REGISTER` as the content. */
export function siteBuildEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return { ...env, REGISTER_CONTENT: SITE_REGISTER };
}

/** The path of one of the fixture register's source texts (e.g. `skien-2019.txt`). */
export function fixtureSource(name: string): string {
  return join(FIXTURE_REGISTER, 'sources', name);
}

/** The path of one of the fixture register's documents, by slug. */
export function fixtureAgreement(slug: string): string {
  return join(FIXTURE_REGISTER, 'agreements', `${slug}.mdx`);
}
