/**
 * The build's local-text plugin (a hast plugin for Sätteri, Astro's Markdown
 * processor): in each agreement's paragraphs and list items, wraps the runs of
 * the agreement's own (local) text in `<span data-local>`, from the register's
 * shared-text analysis (`register-sharing.ts`), so the page's switch can
 * highlight them. The text itself is untouched (`mark-local.ts`).
 */
import { fileURLToPath } from 'node:url';
import { defineHastPlugin, type HastPluginEntry } from 'satteri';
import { indexById } from '../content/agreements.ts';
import { checkedRegister } from '../content/checked-register.ts';
import { slugOf } from '../content/register-files.ts';
import type { CheckResult } from '../content/validate.ts';
import { markLocal, ownText } from './mark-local.ts';
import { localTextOf, sharingOfAgreements, sharingSources, startSharing, type RegisterSharing } from './register-sharing.ts';
import { sharingOnWorker } from './sharing-on-worker.ts';

/** The analysis of each checked state of the register, worked out once per state. */
const analyses = new WeakMap<CheckResult, RegisterSharing>();

/** The shared-text analysis of the register as last checked, its agreements in comparison order. */
function sharingOfRegister(): RegisterSharing {
  const check = checkedRegister();
  let sharing = analyses.get(check);
  if (!sharing) {
    sharing = sharingOfAgreements(check.agreements, check.policeDistricts, indexById(check.municipalities), (a) => a.body).sharing;
    analyses.set(check, sharing);
  }
  return sharing;
}

/**
 * Starts the analysis of the register as last checked on a worker thread (`sharing-worker.ts`):
 * the build calls this once the register is checked (src/integrations/content-check.ts), seconds
 * before the first agreement is compiled, so the analysis runs on the machine's other core
 * meanwhile; the plugin then takes its result (the same as computing it here: the same pure
 * function of the same input). If the worker fails in any way (sharing-on-worker.ts), the plugin
 * computes it itself.
 */
export function startSharingOfRegister(): void {
  const check = checkedRegister();
  const { sources } = sharingSources(check.agreements, check.policeDistricts, indexById(check.municipalities), (a) => a.body);
  startSharing(sources, (inputs) => sharingOnWorker(inputs).wait);
}

/** The plugin, for one document: nothing to do for a document that is no agreement or has no local text. */
export const localTextPlugin: HastPluginEntry = (ctx) => {
  const path = ctx.fileURL ? fileURLToPath(ctx.fileURL) : '';
  if (!path.endsWith('.mdx')) return null;
  const slug = slugOf(path);
  const sharing = sharingOfRegister();
  const marks = localTextOf(sharing.sections.get(slug) ?? [], sharing.analysis.get(slug));
  if (marks.size === 0) return null;
  return defineHastPlugin({
    name: 'politiradsavtaler:local-text',
    element: {
      filter: ['p', 'li'],
      visit(node, c) {
        const segments = marks.get(ownText(node.children));
        if (!segments) return;
        for (const { node: text, replacement } of markLocal(node.children, segments)) c.replaceNode(text, replacement);
      },
    },
  });
};
