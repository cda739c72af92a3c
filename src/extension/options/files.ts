/** Files to and from the agent's disk: the packs and the settings go out as downloads and come in from a file input. */

/** Saves text as a file through the browser's downloads, without the downloads permission. */
export function downloadText(fileName: string, text: string, doc: Document = document, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy once it started.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * The file chosen in `input`, as text, or null when none was chosen; rejects when it cannot be read.
 * The input is emptied either way, so that the same file can be chosen again once it is fixed.
 */
export async function readChosenFile(input: HTMLInputElement): Promise<{ name: string; text: string } | null> {
  const file = input.files?.[0];
  if (!file) return null;
  try {
    return { name: file.name, text: await file.text() };
  } finally {
    input.value = '';
  }
}
