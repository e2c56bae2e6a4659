/** Helpers for unit tests: the frozen fixture register's files (tests/fixtures/register/), and variants with one file changed. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readRegisterFiles } from '../../src/lib/content/register-files.ts';
import type { RegisterFiles, SourceFile } from '../../src/lib/content/validate.ts';
import { FIXTURE_REGISTER } from '../fixture-register.ts';

/** The fixture register (a frozen copy of a small register under tests/fixtures/register/; never the live `content/`). */
export function registerFiles(): RegisterFiles {
  return readRegisterFiles(FIXTURE_REGISTER);
}

/** A fixture file from `tests/fixtures/`, as a SourceFile with its path. */
export function fixture(path: string): SourceFile {
  const full = join('tests/fixtures', path);
  return { path: full, text: readFileSync(full, 'utf8') };
}

/** The fixture register with extra or replaced agreements (matched by file name). */
export function withAgreements(...files: SourceFile[]): RegisterFiles {
  const base = registerFiles();
  const name = (p: string) => p.replace(/^.*\//, '');
  const replaced = new Set(files.map((f) => name(f.path)));
  return { ...base, agreements: [...base.agreements.filter((a) => !replaced.has(name(a.path))), ...files] };
}

/** A fixture agreement's file, or an error naming it. */
export function agreementFile(slug: string): SourceFile {
  const file = registerFiles().agreements.find((a) => a.path.endsWith(`/${slug}.mdx`));
  if (!file) throw new Error(`no agreement ${slug} in ${FIXTURE_REGISTER}/`);
  return file;
}

/** `text` changed by `edit`, or an error naming `what` when the edit changed nothing (the test would prove nothing). */
export function editedText(what: string, text: string, edit: (text: string) => string): string {
  const edited = edit(text);
  if (edited === text) throw new Error(`the edit of ${what} changed nothing: the test would prove nothing`);
  return edited;
}

/** A fixture agreement's file with its text changed by `edit`. */
export function editedAgreement(slug: string, edit: (text: string) => string): SourceFile {
  const file = agreementFile(slug);
  return { path: file.path, text: editedText(slug, file.text, edit) };
}

/** An agreement-shaped text for a municipality, with the template's sections. */
export function agreementText(title: string): string {
  return [
    title,
    '',
    'Avtalen er inngått og signert 1.2.2021',
    '',
    '1. Innledning /formål',
    '',
    'Politiet og kommunen skal samarbeide om det forebyggende arbeidet i kommunen.',
    '',
    '2. Politiråd',
    '',
    'Politirådet ledes av ordføreren. Det skal avholdes minimum to møter i året.',
    '',
    '3. SLT',
    '',
    'SLT-koordinatoren er drivkraften i dette arbeidet.',
  ].join('\n');
}
