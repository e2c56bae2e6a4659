/** Helpers for unit tests: the real register's files, and variants with one file changed. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readRegisterFiles } from '../../src/lib/content/register-files.ts';
import type { RegisterFiles, SourceFile } from '../../src/lib/content/validate.ts';

/** The register as it is in `content/`. */
export function realFiles(): RegisterFiles {
  return readRegisterFiles('content');
}

/** A fixture file from `tests/fixtures/`, as a SourceFile with its path. */
export function fixture(path: string): SourceFile {
  const full = join('tests/fixtures', path);
  return { path: full, text: readFileSync(full, 'utf8') };
}

/** The real register with extra or replaced agreements (matched by file name). */
export function withAgreements(...files: SourceFile[]): RegisterFiles {
  const base = realFiles();
  const name = (p: string) => p.replace(/^.*\//, '');
  const replaced = new Set(files.map((f) => name(f.path)));
  return { ...base, agreements: [...base.agreements.filter((a) => !replaced.has(name(a.path))), ...files] };
}

/** A real agreement's file with its text changed by `edit`. */
export function editedAgreement(slug: string, edit: (text: string) => string): SourceFile {
  const file = realFiles().agreements.find((a) => a.path.endsWith(`/${slug}.mdx`));
  if (!file) throw new Error(`no agreement ${slug} in content/`);
  const text = edit(file.text);
  if (text === file.text) throw new Error(`the edit of ${slug} changed nothing: the test would prove nothing`);
  return { path: file.path, text };
}
