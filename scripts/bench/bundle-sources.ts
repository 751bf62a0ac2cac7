// What a chunk is made of: its source map's mappings attribute every generated character to a
// source file, grouped here by npm package (or by src/ folder). Gzip shares are estimated in
// proportion to characters, so they are approximate.
import { existsSync, readFileSync } from 'node:fs';

export interface Share {
  readonly name: string;
  readonly chars: number;
  readonly fraction: number;
}

export interface SourceMap {
  readonly sources: readonly string[];
  readonly mappings: string;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Base64 VLQ fields of one mapping segment. */
function decodeSegment(segment: string): number[] {
  const fields: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = BASE64.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
      continue;
    }
    fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
    value = 0;
    shift = 0;
  }
  return fields;
}

export function packageOf(source: string): string {
  const parts = source.split('node_modules/');
  if (parts.length > 1) {
    const rest = (parts.at(-1) ?? '').split('/');
    return rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1] ?? ''}` : (rest[0] ?? source);
  }
  const local = /(?:^|\/)(src|mocks)\/([^/]+)/.exec(source);
  return local ? `${local[1] ?? ''}/${local[2] ?? ''}` : 'other';
}

/** A run of generated code from `column` on, mapped to the source at index `source`. */
export interface Span {
  readonly column: number;
  readonly source: number;
}

/** Each generated line's spans, in column order, from the map's mappings. */
export function mappingSpans(map: SourceMap): Span[][] {
  let sourceIndex = 0;
  return map.mappings.split(';').map((line) => {
    let column = 0;
    const spans: Span[] = [];
    for (const segment of line.split(',')) {
      if (segment === '') continue;
      const fields = decodeSegment(segment);
      column += fields[0] ?? 0;
      if (fields.length >= 4) {
        sourceIndex += fields[1] ?? 0;
        spans.push({ column, source: sourceIndex });
      }
    }
    return spans;
  });
}

/** Characters of generated code per source package, biggest first. */
export function chunkComposition(jsPath: string): Share[] {
  const mapPath = `${jsPath}.map`;
  if (!existsSync(mapPath)) return [];
  const map = JSON.parse(readFileSync(mapPath, 'utf8')) as SourceMap;
  const lines = readFileSync(jsPath, 'utf8').split('\n');
  const chars = new Map<string, number>();
  mappingSpans(map).forEach((spans, lineNo) => {
    const length = lines[lineNo]?.length ?? 0;
    spans.forEach((span, i) => {
      const end = spans[i + 1]?.column ?? length;
      const name = packageOf(map.sources[span.source] ?? '');
      chars.set(name, (chars.get(name) ?? 0) + Math.max(0, end - span.column));
    });
  });
  const total = [...chars.values()].reduce((a, b) => a + b, 0) || 1;
  return [...chars.entries()]
    .map(([name, count]) => ({ name, chars: count, fraction: count / total }))
    .sort((a, b) => b.chars - a.chars);
}
