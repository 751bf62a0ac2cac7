// Maps a position in a built chunk back to its source file through the chunk's source map, so a
// CPU profile of the minified app can be read by file and package (see profile.ts).
import { existsSync, readFileSync } from 'node:fs';
import { decodeSegment } from './bundle-sources';

interface Span {
  readonly column: number;
  readonly source: string;
}

interface SourceMap {
  readonly sources: readonly string[];
  readonly mappings: string;
}

function decodeLines(map: SourceMap): Span[][] {
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
        spans.push({ column, source: map.sources[sourceIndex] ?? '' });
      }
    }
    return spans;
  });
}

/** Source file of (line, column), both 0-based, in the chunk at `jsPath`; '' when unknown. */
export function sourceLocator(jsPath: string): (line: number, column: number) => string {
  const mapPath = `${jsPath}.map`;
  if (!existsSync(mapPath)) return () => '';
  const lines = decodeLines(JSON.parse(readFileSync(mapPath, 'utf8')) as SourceMap);
  return (line, column) => {
    const spans = lines[line] ?? [];
    let low = 0;
    let high = spans.length - 1;
    let found = '';
    while (low <= high) {
      const mid = (low + high) >> 1;
      const span = spans[mid];
      if (!span) break;
      if (span.column <= column) {
        found = span.source;
        low = mid + 1;
      } else high = mid - 1;
    }
    return found;
  };
}
