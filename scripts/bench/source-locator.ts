// Maps a position in a built chunk back to its source file through the chunk's source map, so a
// CPU profile of the minified app can be read by file and package (see profile.ts).
import { existsSync, readFileSync } from 'node:fs';
import { mappingSpans, type SourceMap } from './bundle-sources';

/** Source file of (line, column), both 0-based, in the chunk at `jsPath`; '' when unknown. */
export function sourceLocator(jsPath: string): (line: number, column: number) => string {
  const mapPath = `${jsPath}.map`;
  if (!existsSync(mapPath)) return () => '';
  const map = JSON.parse(readFileSync(mapPath, 'utf8')) as SourceMap;
  const lines = mappingSpans(map);
  return (line, column) => {
    const spans = lines[line] ?? [];
    let low = 0;
    let high = spans.length - 1;
    let found = -1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const span = spans[mid];
      if (!span) break;
      if (span.column <= column) {
        found = span.source;
        low = mid + 1;
      } else high = mid - 1;
    }
    return found < 0 ? '' : (map.sources[found] ?? '');
  };
}
