/**
 * The frozen register the unit tests read: a copy of a small register (seven
 * documents, five source texts, the data collections) under
 * `tests/fixtures/register/`, laid out as `content/` is. Tests that assert exact
 * counts, orders or rows read this, never the live `content/`, so a new
 * agreement there changes no expected value.
 */
import { join } from 'node:path';

/** The fixture register's folder (a content folder: agreements/, sources/, *.json). */
export const FIXTURE_REGISTER = 'tests/fixtures/register';

/** The path of one of the fixture register's source texts (e.g. `skien-2019.txt`). */
export function fixtureSource(name: string): string {
  return join(FIXTURE_REGISTER, 'sources', name);
}

/** The path of one of the fixture register's documents, by slug. */
export function fixtureAgreement(slug: string): string {
  return join(FIXTURE_REGISTER, 'agreements', `${slug}.mdx`);
}
