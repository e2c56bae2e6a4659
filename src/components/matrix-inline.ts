/**
 * The comparison matrix's two inline pieces: the styles of its shadow root
 * (with the table's column count) and the script that marks its host before
 * the first layout. The page inserts their hashes into its
 * Content-Security-Policy (in its frontmatter, before the <head> is written);
 * ComparisonMatrix renders them. One function, so the two always agree.
 */
import { createHash } from 'node:crypto';
import matrixCss from '../styles/matrix.css?raw';
import { MATRIX_COLUMN_CHUNK } from '../lib/contracts.ts';

export interface MatrixInline {
  style: string;
  script: string;
  styleHash: `sha256-${string}`;
  scriptHash: `sha256-${string}`;
}

const sha256 = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}` as const;

/** The inline style and script of a matrix of `columns` columns, with their CSP hashes. */
export function matrixInline(columns: number): MatrixInline {
  // With JavaScript, until the reader asks for more: the first MATRIX_COLUMN_CHUNK columns (the row header is the first cell).
  const progressive = `:host([data-progressive]) tr > :nth-child(n + ${MATRIX_COLUMN_CHUNK + 2}) { display: none; }\n:host([data-progressive]) .matrix { --columns: ${MATRIX_COLUMN_CHUNK} !important; }\n`;
  const style = `${matrixCss}\n.matrix { --columns: ${columns}; }\n${progressive}`;
  const script = `(function (host) { if ('noModule' in HTMLScriptElement.prototype && Number(host.dataset.columns) > ${MATRIX_COLUMN_CHUNK}) host.dataset.progressive = ''; })(document.currentScript.parentElement);`;
  return { style, script, styleHash: sha256(style), scriptHash: sha256(script) };
}
