// The JavaScript a first visit downloads before anything is drawn: the entry script and the
// chunks index.html preloads, gzipped with zlib's default level. Lazily imported chunks (the
// graph canvas, the force layout, the API twin) are listed but not counted.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Chunk {
  readonly file: string;
  readonly bytes: number;
  readonly gzipBytes: number;
  readonly initial: boolean;
}

export interface BundleReport {
  readonly initialGzipKB: number;
  readonly initialBytes: number;
  /** Every JS chunk, biggest (gzip) first. */
  readonly chunks: readonly Chunk[];
}

/** Script and modulepreload URLs in the built index.html, as paths inside the out dir. */
export function initialScripts(html: string): string[] {
  const found: string[] = [];
  for (const tag of html.match(/<(script|link)\b[^>]*>/g) ?? []) {
    const isScript = tag.startsWith('<script') && tag.includes('type="module"');
    const isPreload = tag.startsWith('<link') && tag.includes('rel="modulepreload"');
    const url = /\b(?:src|href)="([^"]+)"/.exec(tag)?.[1];
    if ((isScript || isPreload) && url?.endsWith('.js')) found.push(url.replace(/^\//, ''));
  }
  return found;
}

export function measureBundle(outDir: string): BundleReport {
  const initial = new Set(initialScripts(readFileSync(join(outDir, 'index.html'), 'utf8')));
  const chunks = readdirSync(join(outDir, 'assets'))
    .filter((name) => name.endsWith('.js'))
    .map((name): Chunk => {
      const code = readFileSync(join(outDir, 'assets', name));
      const file = `assets/${name}`;
      return {
        file,
        bytes: code.length,
        gzipBytes: gzipSync(code).length,
        initial: initial.has(file),
      };
    })
    .sort((a, b) => b.gzipBytes - a.gzipBytes);
  const counted = chunks.filter((c) => c.initial);
  return {
    initialGzipKB: counted.reduce((sum, c) => sum + c.gzipBytes, 0) / 1024,
    initialBytes: counted.reduce((sum, c) => sum + c.bytes, 0),
    chunks,
  };
}
