// Node size says how much a paper matters: diameter grows with the log of its citation count,
// so a 10,000-citation classic is large without dwarfing everything else.
const MIN_NODE_SIZE = 12;
const MAX_NODE_SIZE = 64;
const LOG_CEILING = Math.log10(100_000 + 1);

export function nodeSize(citationCount: number | null): number {
  const log = Math.log10(Math.max(0, citationCount ?? 0) + 1);
  const t = Math.min(1, log / LOG_CEILING);
  return Math.round(MIN_NODE_SIZE + t * (MAX_NODE_SIZE - MIN_NODE_SIZE));
}
