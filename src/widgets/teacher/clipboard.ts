// Copying a link for a teacher: the Clipboard API where the browser allows it; otherwise the
// text is selected (and the old execCommand copy is tried), so the teacher can press Ctrl+C.
// Returns what happened, so the caller announces the right message.

export type CopyResult = 'copied' | 'selected';

/** Selects the text of an element (an <input>/<textarea> or any element). */
export function selectText(element: Element): void {
  if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement) {
    element.focus();
    element.select();
    return;
  }
  const selection = window.getSelection();
  if (!selection) return;
  const range = document.createRange();
  range.selectNodeContents(element);
  selection.removeAllRanges();
  selection.addRange(range);
}

export async function copyText(text: string, fallback: Element): Promise<CopyResult> {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return 'copied';
    }
  } catch {
    // Permission refused or no user gesture: fall back to selecting.
  }
  selectText(fallback);
  try {
    // Deprecated, but the only copy there is on http:// pages and in some LMS iframes.
    const legacy = document as unknown as { execCommand(command: 'copy'): boolean };
    if (legacy.execCommand('copy')) return 'copied';
  } catch {
    // Not supported: the text stays selected.
  }
  return 'selected';
}
