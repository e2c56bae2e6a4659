/**
 * Step 5: the frontmatter draft: the facts the text of one document states,
 * each read by a rule an editor can follow, and a review of every fact the
 * importer could not establish (left out, with a one-line reason) or that an
 * editor should check.
 *
 * Nothing is guessed: a fact is written only when a sentence of the document
 * states it. Facts that need a summary in the editor's words (the SLT model,
 * a secretariat shared by turns) are left out and named in the review.
 */
import { findPersonalContactData } from '../content/contact-data.ts';
import type { Municipality, PoliceDistrict } from '../content/schema.ts';
import { evaluationOf, validityOf } from './agreement-terms.ts';
import { dropUnnamableClauses } from './clause-check.ts';
import { councilOf } from './council-facts.ts';
import { languageOf } from './document-language.ts';
import type { DraftFrontmatter } from './draft-frontmatter.ts';
import { ImportError } from './errors.ts';
import { focusCandidates } from './focus-candidates.ts';
import { ambiguous, districtByOption, districtsIn, kommuneNames, meant, municipalityByOption, municipalityMentions, ownName, restoreNames, type RegisterData } from './register-lookup.ts';
import { modalityNote, modalityOf } from './modality.ts';
import { missing, type Review } from './review.ts';
import { signatoriesOf } from './signatory-facts.ts';
import { signingOf } from './signing-facts.ts';
import { sltOf } from './slt-facts.ts';
import type { DocumentStructure } from './structure.ts';
import { blockText, passages } from './text-passages.ts';
import { titleOf } from './title-facts.ts';

/** What the editor told the importer on the command line. */
export interface FactOptions {
  /** The input file's name, for messages and `source.file`. */
  fileName: string;
  municipality?: string;
  district?: string;
}

/** The facts of one document and their review. */
export interface DraftFacts {
  frontmatter: DraftFrontmatter;
  review: Review;
}

/**
 * The frontmatter draft of one document and its review. Throws ImportError
 * when the municipality cannot be told or is not in the register.
 */
export function draftFacts(doc: DocumentStructure, body: string, register: RegisterData, options: FactOptions): DraftFacts {
  const review: Review = { missing: [], check: [] };
  const frontText = doc.front.map(blockText).join('\n');
  const allText = [frontText, ...doc.sections.flatMap((s) => [s.heading, ...passages(s).map((p) => p.text)]), ...doc.signatures.map(blockText)].join('\n');
  const { title, sourceTitle, documentType } = titleOf(doc, register);

  // Police district first: it tells apart two municipalities of the same name.
  let policeDistrict: PoliceDistrict | undefined;
  if (options.district) {
    policeDistrict = districtByOption(options.district, register);
  } else {
    policeDistrict = districtsIn(title ?? '', register)[0] ?? districtsIn(frontText, register)[0] ?? districtsIn(allText, register)[0];
    if (!policeDistrict) review.missing.push(missing('policeDistrict', 'the text names no police district ("… politidistrikt"): add it, or import again with --district NAME.'));
  }

  // Municipality: the command line, else the title, else the title lines; never a guess.
  let municipality: Municipality;
  if (options.municipality) {
    municipality = municipalityByOption(options.municipality, register);
    // The title naming another municipality: the title, the text and the signatures are that one's words, kept as written.
    // (A name two municipalities share names the one given too: "Våler kommune" for --municipality valer-innlandet.)
    const named = municipalityMentions(title ?? '', register)[0];
    const titled = named && !named.some((m) => m.id === municipality.id) ? named[0] : undefined;
    review.check.push({
      field: 'municipality',
      note: `"${municipality.id}" as given with --municipality.${titled ? ` The title names ${ownName(titled)}: check that the document is ${ownName(municipality)}'s, and the title, parties and signatures, which stay as written.` : ''}`,
    });
  } else {
    // A name two municipalities share ("Våler") is told apart by the police district the document names.
    const mention = municipalityMentions(title ?? '', register)[0] ?? municipalityMentions(frontText, register)[0];
    const fromTitle = mention && meant(mention, policeDistrict?.id);
    if (mention && !fromTitle) throw new ImportError(`${options.fileName}: ${ambiguous(`"${ownName(mention[0]!)} kommune"`, mention)}`);
    if (!fromTitle) {
      const named = kommuneNames(`${title ?? ''}\n${frontText}`);
      if (named.length === 0) {
        // The title names none: the municipalities of the register the text mentions ("… i Skien kommune") are the
        // candidates, never taken without the editor's word.
        // In capitals too ("POLITIRÅDSAVTALE MELLOM MOSS / KOMMUNE OG ØST", a title that text with no blank lines
        // runs into other lines, so it is not read as the title): the name as the register writes it.
        const inCapitals = [...allText.matchAll(/(?<![\p{L}])(\p{Lu}[\p{Lu}-]*\p{Lu})\s+KOMMUNE(?![\p{L}])/gu)].map((m) =>
          restoreNames((m[1] ?? '').toLocaleLowerCase('nb'), register),
        );
        const mentioned = [...kommuneNames(allText), ...inCapitals].flatMap((name) => municipalityMentions(`${name} kommune`, register).slice(0, 1));
        const unique = [...new Map(mentioned.map((group) => [group.map((m) => m.id).join(' '), group])).values()];
        if (unique.length > 0) {
          const names = unique.map((group) => `${ownName(group[0]!)} kommune`);
          const option = (group: readonly Municipality[]) => (group.length > 1 ? group.map((m) => m.id).join(' or ') : ownName(group[0]!));
          throw new ImportError(
            `${options.fileName}: the title names no municipality; the text mentions ${names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`}: ` +
              (unique.length === 1 && unique[0] ? `import with --municipality ${option(unique[0])}` : `import with --municipality NAME, the municipality whose agreement this is (${unique.map(option).join(', ')})`) +
              '.',
          );
        }
      }
      const mentions = named.length > 0 ? named : kommuneNames(allText);
      if (mentions.length > 0) {
        const name = mentions[0] ?? '';
        throw new ImportError(
          `${options.fileName}: the document names "${name} kommune", which is not in content/municipalities.json. ` +
            `Add ${name} there (id, name, number, county, policeDistrict, status) and import again, or pass --municipality NAME if the text is misread.`,
        );
      }
      throw new ImportError(
        `${options.fileName}: could not tell which municipality the document belongs to (its title names none). Import it again with --municipality NAME.`,
      );
    }
    municipality = fromTitle;
  }

  // The district given on the command line overrides what the text says: said, as for --municipality.
  if (options.district && policeDistrict) {
    const given = policeDistrict;
    const named = districtsIn(title ?? '', register)[0] ?? districtsIn(frontText, register)[0] ?? districtsIn(allText, register)[0];
    const registers = register.policeDistricts.find((d) => d.id === municipality.policeDistrict);
    review.check.push({
      field: 'policeDistrict',
      note:
        `"${given.id}" as given with --district.` +
        (named && named.id !== given.id ? ` The text names ${named.name}: check which district is the party (the text stays as written).` : named ? '' : ' The text names no police district.') +
        (registers && registers.id !== given.id ? ` content/municipalities.json puts ${ownName(municipality)} in ${registers.name}.` : ''),
    });
  }

  if (!title) review.missing.push(missing('title', 'no title line such as "Samarbeidsavtale mellom … og …" before the first section: write the title.'));
  if (!documentType) review.missing.push(missing('documentType', 'the title does not say what kind of document this is (samarbeidsavtale, politirådsavtale, avtale om tjenestetilbud, retningslinjer, saksframlegg).'));
  const language = languageOf(allText);
  const isCase = documentType === 'saksframlegg';

  // Signing: a line with "inngått", "signert", "vedtatt" … and a date, or a place-and-date line by the signatures.
  const signing: Pick<DraftFrontmatter, 'signed' | 'received'> = isCase ? {} : signingOf(doc, review);
  const { signed, received } = signing;

  const signatories = signatoriesOf(doc.signatures);
  if (signatories.length === 0) review.missing.push(missing('signatories', 'no signature block at the end naming who signs (ordfører, politimester …).'));
  else if (signatories.every((s) => !s.name)) review.check.push({ field: 'signatories', note: 'roles only: the signature block names no one.' });

  const unit = /(?<![\p{L}])(\p{Lu}[\p{L}-]+)\s+(politistasjon|lensmannskontor)(?![\p{L}])/u.exec(allText);
  const policeUnit = unit ? `${unit[1]} ${unit[2]}` : undefined;
  if (policeUnit) review.check.push({ field: 'policeUnit', note: `"${policeUnit}": the first police station or office the text names.` });
  else if (!isCase) review.missing.push(missing('policeUnit', 'the text names no police station or lensmannskontor.'));

  const frontmatter: DraftFrontmatter = {
    ...(title ? { title } : {}),
    municipality: municipality.id,
    ...(policeDistrict ? { policeDistrict: policeDistrict.id } : {}),
    ...(policeUnit ? { policeUnit } : {}),
    ...(documentType ? { documentType } : {}),
    language,
    ...(signed ? { signed } : {}),
    ...(received ? { received } : {}),
    signatories,
    focusAreas: [],
    related: [],
    source: {
      ...(sourceTitle ?? title ? { title: sourceTitle ?? title } : {}),
      // Named after the file's agreement by importText, once the file's documents have their names.
      file: '',
    },
  };

  const archive = /(?:arkivsaksnr|arkivsak|saksnr|vår ref|var ref)\.?\s*:?\s*(\d{2,4}\/\d+(?:-\d+)?)/iu.exec(frontText);
  if (archive?.[1]) frontmatter.source.archiveReference = archive[1];

  if (!isCase) {
    const council = councilOf(doc, register, municipality.id, review);
    if (council) frontmatter.council = council;

    const slt = sltOf(doc, review);
    if (slt) frontmatter.slt = slt;

    const evaluation = evaluationOf(doc, language);
    if (evaluation) {
      frontmatter.evaluation = evaluation;
      review.check.push({ field: 'evaluation.modality', note: modalityNote(evaluation.how, modalityOf(evaluation.how)) });
    } else review.missing.push(missing('evaluation', 'no sentence says how or how often the agreement is evaluated.'));

    const validity = validityOf(doc);
    if (validity) {
      frontmatter.validity = validity;
      review.check.push({ field: 'validity.modality', note: modalityNote(validity.terms, modalityOf(validity.terms)) });
    } else review.missing.push(missing('validity', 'no sentence says how long the agreement applies or when it is revised.'));

    frontmatter.focusAreas = focusCandidates(doc, register);
    if (frontmatter.focusAreas.length > 0) {
      review.check.push({ field: 'focusAreas', note: `${frontmatter.focusAreas.length} candidates from words in the text, each with its sentence in a comment: keep those the agreement makes a focus, and check each clause.` });
    } else {
      review.missing.push(missing('focusAreas', 'no words of the focus-area taxonomy in the text.'));
    }
  }

  if (!frontmatter.source.archiveReference) review.missing.push(missing('source.archiveReference', 'no archive number ("Arkivsaksnr.: …") on the document.'));
  review.missing.push(missing('source.publisher', `who published the file is not in the text: name the site you downloaded it from (e.g. "${ownName(municipality)} kommune").`));
  review.missing.push(missing('source.url', 'the address you downloaded the file from is not in the text: add it if it is public.'));
  if (!isCase) review.missing.push(missing('supersedes', 'the importer does not link documents: if this agreement replaces an earlier one in the register, set supersedes here and supersededBy there.'));

  dropUnnamableClauses(frontmatter, review, doc);

  const contacts = findPersonalContactData(body);
  if (contacts.length > 0) {
    const list = contacts.map((c) => `${c.kind} ${c.value}${c.person ? ` (${c.person})` : ''}`).join('; ');
    review.missing.push(missing('contactDetails', `the text names people with their contact details (${list}): publish them only if that is decided (record who decided and why in contactDetails), or remove them.`));
  }
  for (const d of doc.duplicateKeys) review.check.push({ field: `heading "${d.heading}"`, note: `reads as section "${d.key}" too, which an earlier heading has: left without a key.` });
  return { frontmatter, review };
}
