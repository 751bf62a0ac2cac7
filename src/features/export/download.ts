// Saving a file from the browser: an object URL for the data and a temporary `<a download>` to
// click. The URL is revoked a little later: some browsers read it only after the click returns.
const REVOKE_AFTER_MS = 10_000;

export function downloadBlob(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    setTimeout(() => {
      URL.revokeObjectURL(url);
    }, REVOKE_AFTER_MS);
  }
}

export function downloadText(filename: string, mime: string, text: string): void {
  downloadBlob(filename, new Blob([text], { type: `${mime};charset=utf-8` }));
}

/** "Attention Is All You Need" → "attention-is-all-you-need"; at most 60 characters. */
function slug(title: string): string {
  const words = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let result = '';
  for (const word of words) {
    const next = result ? `${result}-${word}` : word;
    if (next.length > 60) break;
    result = next;
  }
  return result || (words[0]?.slice(0, 60) ?? '');
}

function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** `citescope-<slug>-<yyyy-mm-dd>.<extension>`, the date local to the user. */
export function exportFilename(title: string, extension: string, now = new Date()): string {
  const name = slug(title) || 'graph';
  return `citescope-${name}-${isoDay(now)}.${extension}`;
}
