// A seeded generator for one paper's neighbourhood: a centre, the papers it cites, the papers
// citing it, and the API's quirks on demand (unresolved references, duplicates, nulls, counts
// larger than the lists). Every neighbour is a paper of the dataset, so it can be opened too.
import { createDatasetBuilder, type TwinDataset } from './dataset';
import { createEdgeSource } from './edges';
import { createPaperFactory } from './paper-factory';
import type { WirePaper } from './wire-types';

export interface NeighbourhoodOptions {
  readonly seed: number;
  readonly citations?: number;
  readonly references?: number;
  /** Reference entries without a paperId (a title and maybe a year). */
  readonly unresolvedReferences?: number;
  /** Citation entries without a paperId (recorded, though rarer than unresolved references). */
  readonly unresolvedCitations?: number;
  /** Extra copies of random entries inside the centre's citation list. */
  readonly duplicateCitations?: number;
  readonly duplicateReferences?: number;
  /** Probability of null in each nullable field of generated papers (default 0.1). */
  readonly nullRate?: number;
  /** Links among the neighbours themselves (default: a tenth of the neighbours, at most 200). */
  readonly interlinks?: number;
  /** The centre's year (default 2015); references are older, citations newer or the same. */
  readonly centreYear?: number;
  /** Report a citationCount other than the list's length (e.g. larger than the paging cap). */
  readonly reportedCitationCount?: number;
  readonly reportedReferenceCount?: number;
  /** Fields to fix on the centre (e.g. its DOI or title). */
  readonly centre?: Partial<WirePaper>;
}

export interface Neighbourhood {
  readonly dataset: TwinDataset;
  readonly centreId: string;
  readonly citingIds: readonly string[];
  readonly referenceIds: readonly string[];
}

export function generateNeighbourhood(options: NeighbourhoodOptions): Neighbourhood {
  const nullRate = options.nullRate ?? 0.1;
  const factory = createPaperFactory(options.seed, { nullRate });
  const { rng } = factory;
  const nextEdge = createEdgeSource(rng);
  const builder = createDatasetBuilder();
  const centreYear = options.centreYear ?? 2015;
  const lastYear = Math.max(centreYear, 2025);
  const centre = builder.addPaper(factory.make({ year: centreYear, ...options.centre }));

  const referenceIds: string[] = [];
  for (let i = 0; i < (options.references ?? 30); i += 1) {
    const year = rng.chance(nullRate / 4) ? null : rng.int(centreYear - 25, centreYear);
    const paper = builder.addPaper(factory.make({ year }));
    builder.link(centre.paperId, paper.paperId, nextEdge());
    referenceIds.push(paper.paperId);
  }
  for (let i = 0; i < (options.unresolvedReferences ?? 0); i += 1) {
    builder.addUnresolvedReference(centre.paperId, factory.makeUnresolved(), nextEdge());
  }

  // Newest first, as the list is usually shown; so a later entry is never newer than an earlier.
  const citingYears = Array.from({ length: options.citations ?? 50 }, () =>
    rng.int(centreYear, lastYear),
  ).sort((a, b) => b - a);
  const citingIds = citingYears.map((year) => {
    const paper = builder.addPaper(factory.make({ year }));
    builder.link(paper.paperId, centre.paperId, nextEdge());
    return paper.paperId;
  });
  for (let i = 0; i < (options.unresolvedCitations ?? 0); i += 1) {
    builder.addUnresolvedCitation(centre.paperId, factory.makeUnresolved(), nextEdge());
  }

  // Neighbours citing each other: a citing paper cites a reference or an older citing paper.
  const neighbours = citingIds.length + referenceIds.length;
  const interlinks = options.interlinks ?? Math.min(200, Math.floor(neighbours / 10));
  for (let made = 0, tries = 0; made < interlinks && tries < interlinks * 4; tries += 1) {
    const from = rng.int(0, citingIds.length - 1);
    const to =
      referenceIds.length > 0 && rng.chance(0.5)
        ? referenceIds[rng.int(0, referenceIds.length - 1)]
        : citingIds[rng.int(from, citingIds.length - 1)];
    const citing = citingIds[from];
    if (citing === undefined || to === undefined) break;
    if (builder.link(citing, to, nextEdge())) made += 1;
  }

  const duplicate = (list: 'citations' | 'references', count: number, size: number): void => {
    for (let i = 0; i < count && size > 0; i += 1) {
      builder.duplicateEntry(list, centre.paperId, rng.int(0, size - 1), rng.int(0, size - 1));
    }
  };
  duplicate('citations', options.duplicateCitations ?? 0, citingIds.length);
  duplicate('references', options.duplicateReferences ?? 0, referenceIds.length);

  builder.reportCounts(centre.paperId, {
    ...(options.reportedCitationCount === undefined
      ? {}
      : { citationCount: options.reportedCitationCount }),
    ...(options.reportedReferenceCount === undefined
      ? {}
      : { referenceCount: options.reportedReferenceCount }),
  });
  return { dataset: builder.build(), centreId: centre.paperId, citingIds, referenceIds };
}
