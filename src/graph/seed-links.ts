// Several seeds at once (Local Citation Network's and PUREsuggest's core idea): the papers that
// connect several seeds are the ones a researcher is looking for. This counts, for each paper of
// the seeds' lists, how many seeds it links to — citing them or cited by them, once per seed.
import type { CitationLink, Paper, PaperId } from '../domain/paper';

/** One seed and its lists as loaded. */
export interface SeedLists {
  readonly seed: Paper;
  readonly references: readonly CitationLink[];
  readonly citations: readonly CitationLink[];
}

/**
 * paperId → how many seeds it links to, for every resolved paper of the lists that is not itself
 * a seed, most-linked first (ties by id, so the same lists always give the same order). A seed
 * citing another seed links them both, but seeds are counted apart (they are all drawn anyway).
 */
export function seedLinkCounts(seeds: readonly SeedLists[]): Map<PaperId, number> {
  const seedIds = new Set<string>(seeds.map((lists) => lists.seed.id));
  const linkedSeeds = new Map<PaperId, Set<string>>();
  for (const { seed, references, citations } of seeds) {
    for (const { paper } of [...references, ...citations]) {
      if (paper.id === null || seedIds.has(paper.id)) continue;
      const set = linkedSeeds.get(paper.id) ?? new Set<string>();
      set.add(seed.id);
      linkedSeeds.set(paper.id, set);
    }
  }
  const counts = [...linkedSeeds].map(([id, linked]) => [id, linked.size] as const);
  counts.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return new Map(counts);
}
