/** Escapes text for HTML or XML, in an element's text or a quoted attribute's value: `&`, `<`, `>` and `"`. Pure. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
