/**
 * An SVG path written with relative moves and lines at whole px, steps of
 * zero dropped: the drawing context D3's geoPath draws a map shape into
 * (moveTo, lineTo, closePath). Coordinates are rounded as D3's own path
 * string rounds them at `digits(0)`, so the path traces the same points as
 * "M10,20L12,25L12,25Z" and reads "m10 20l2 5z": about half the bytes.
 */
import type { GeoContext } from 'd3';

/** A path context for `geoPath(projection, context)`; `result()` is the path drawn. */
export class RelativePath implements GeoContext {
  #out = '';
  #x = 0;
  #y = 0;
  #startX = 0;
  #startY = 0;
  /** The last command written ('l' after a move: SVG reads further pairs as lines). */
  #last = '';

  moveTo(x: number, y: number): void {
    this.#step('m', Math.round(x), Math.round(y));
  }

  lineTo(x: number, y: number): void {
    this.#step('l', Math.round(x), Math.round(y));
  }

  closePath(): void {
    this.#out += 'z';
    this.#x = this.#startX;
    this.#y = this.#startY;
    this.#last = 'z';
  }

  /** Unused: D3 starts no canvas path, and only lines and polygons are drawn here (a point's circle is not). */
  beginPath(): void {}
  arc(): void {}

  /** The path written so far. */
  result(): string {
    return this.#out;
  }

  #step(cmd: 'm' | 'l', x: number, y: number): void {
    const dx = x - this.#x;
    const dy = y - this.#y;
    if (cmd === 'l' && dx === 0 && dy === 0) return;
    this.#out += `${cmd === this.#last ? (dx < 0 ? '' : ' ') : cmd}${dx}${dy < 0 ? '' : ' '}${dy}`;
    this.#last = cmd === 'm' ? 'l' : cmd;
    this.#x = x;
    this.#y = y;
    if (cmd === 'm') {
      this.#startX = x;
      this.#startY = y;
    }
  }
}
