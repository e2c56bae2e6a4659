/** Small helpers the browser scripts share: elements, messages and file downloads. */
import type { MessagePart } from '../lib/draft/typed-text.ts';

/** A new element with properties and children. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** Shows messages (or clears them) in a page's message area as Designsystemet alerts. */
export function showMessages(container: Element | null, messages: ReadonlyArray<string | readonly MessagePart[]>, color: 'warning' | 'info' = 'warning'): void {
  if (!container) return;
  container.replaceChildren(
    ...messages.map((message) => {
      const alert = document.createElement('div');
      alert.className = 'ds-alert';
      alert.dataset.color = color;
      const p = document.createElement('p');
      p.append(...isolatedNodes(typeof message === 'string' ? [{ text: message, isolated: false }] : message));
      alert.append(p);
      return alert;
    }),
  );
}

/** Message parts as nodes: text echoed from the reader or the address in `<bdi>`, so its direction cannot leak into the sentence. */
export function isolatedNodes(parts: readonly MessagePart[]): Array<Node | string> {
  return parts.map((part) => {
    if (!part.isolated) return part.text;
    const bdi = document.createElement('bdi');
    bdi.textContent = part.text;
    return bdi;
  });
}

/** Offers content as a file download; nothing leaves the browser. */
export function saveFile(name: string, type: string, content: BlobPart): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
