/**
 * The «Hva er endret» redlines of the register: one for every document that
 * supersedes another, computed at build time from the same sections the
 * comparison pages read (`getComparison`).
 */
import { getComparison } from './comparison.ts';
import type { AgreementEntry } from './register.ts';
import { redline, type Redline, type RedlineDocument } from '../lib/compare/redline.ts';
import { agreementUrl } from '../lib/publish/routes.ts';

/** A document as the redline reads it. */
export async function redlineDocument(doc: AgreementEntry): Promise<RedlineDocument> {
  const comparison = await getComparison();
  return { slug: doc.id, label: comparison.label(doc), title: doc.data.title, url: agreementUrl(doc.id), language: doc.data.language, sections: comparison.sections(doc) };
}

/** Every document that supersedes another, with the one it supersedes and their redline. */
export async function versionRedlines(): Promise<Array<{ newer: AgreementEntry; older: AgreementEntry; redline: Redline }>> {
  const { register } = await getComparison();
  const pairs = register.documents.flatMap((newer) => {
    const older = newer.data.supersedes ? register.documentById.get(newer.data.supersedes) : undefined;
    return older ? [{ newer, older }] : [];
  });
  return Promise.all(pairs.map(async ({ newer, older }) => ({ newer, older, redline: redline(await redlineDocument(older), await redlineDocument(newer)) })));
}
