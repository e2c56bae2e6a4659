/**
 * The comparison matrix's two inline pieces: the styles of its shadow root
 * (with the table's column count) and the script that marks its host before
 * the first layout. The page inserts their hashes into its
 * Content-Security-Policy (in its frontmatter, before the <head> is written);
 * ComparisonMatrix renders them. One function, so the two always agree.
 */
import { createHash } from 'node:crypto';
import matrixCss from '../styles/matrix.css?raw';

export interface MatrixInline {
  style: string;
  script: string;
  styleHash: `sha256-${string}`;
  scriptHash: `sha256-${string}`;
}

const sha256 = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}` as const;

/** The inline style and script of a matrix of `columns` columns, with their CSP hashes. */
export function matrixInline(columns: number): MatrixInline {
  const style = `${matrixCss}\n.matrix { --columns: ${columns}; }\n`;
  const script = `(function (host) { if ('noModule' in HTMLScriptElement.prototype && Number(host.dataset.columns) > 24) host.dataset.progressive = ''; })(document.currentScript.parentElement);`;
  return { style, script, styleHash: sha256(style), scriptHash: sha256(script) };
}
