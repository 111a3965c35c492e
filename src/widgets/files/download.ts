// Offering a file the page made (a progress or workbook file) as a download: nothing is sent
// anywhere, the browser saves it. Used by the progress page and the werkboek manager.

/** Saves `text` as `fileName`; false when the browser refused (the caller tells the student). */
export function downloadText(fileName: string, text: string, type = 'application/json'): boolean {
  try {
    const url = URL.createObjectURL(new Blob([text], { type }));
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    document.body.append(link);
    link.click();
    link.remove();
    // Some browsers read the URL only after the click event has finished.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    return true;
  } catch {
    return false;
  }
}
