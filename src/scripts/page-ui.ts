/** Small helpers the browser scripts share: elements, messages and file downloads. */

/** A new element with properties and children. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** Shows messages (or clears them) in a page's message area as Designsystemet alerts. */
export function showMessages(container: Element | null, messages: readonly string[], color: 'warning' | 'info' = 'warning'): void {
  if (!container) return;
  container.replaceChildren(
    ...messages.map((text) => {
      const alert = document.createElement('div');
      alert.className = 'ds-alert';
      alert.dataset.color = color;
      const p = document.createElement('p');
      p.textContent = text;
      alert.append(p);
      return alert;
    }),
  );
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
