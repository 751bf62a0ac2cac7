// A sample paper whose neighbourhood hides what Discover looks for, planted by a stated plan so
// tests can assert exact rankings and counts. Its papers are all made here and cite nothing else
// in the sample, so nothing outside the plan changes its numbers:
// - a HUB outside the neighbourhood (neither reference nor citation of the centre) cited by 60
//   neighbours, far more than any other outside paper: first among the prior works;
// - a TWIN, a citation of the centre citing every one of its references and co-cited with it by
//   a dozen later citations: first among the similar papers and the recommendations;
// - an EXPANSION, one of the centre's references with 25 references and 1,400 citing papers of
//   its own (two pages of citations), of which a stated few are already in the centre's graph.
import type { DatasetBuilder } from './dataset';
import type { PaperFactory } from './paper-factory';
import type { WirePaper } from './wire-types';

export const SAMPLE_DISCOVERY_ID = 'd15c0e4000000000000000000000000000c17e5c';
export const SAMPLE_DISCOVERY_TITLE = 'Tracing the Ancestry of a Synthetic Field';
export const SAMPLE_DISCOVERY_YEAR = 2014;
export const SAMPLE_HUB_ID = '4ab0000000000000000000000000000000c17e5c';
export const SAMPLE_HUB_TITLE = 'The Synthetic Survey Every Paper Here Builds On';
export const SAMPLE_TWIN_ID = '7e1a000000000000000000000000000000c17e5c';
export const SAMPLE_TWIN_TITLE = 'Tracing the Ancestry Again, Reference by Reference';
export const SAMPLE_EXPANSION_ID = 'e8a4d00000000000000000000000000000c17e5c';
export const SAMPLE_EXPANSION_TITLE = 'A Synthetic Method with a Crowd of Followers';

/** The rules behind the neighbourhood, by a paper's position in the centre's lists. */
export const SAMPLE_DISCOVERY_PLAN = {
  references: 40,
  citations: 200,
  /** Outside papers, besides the hub, that neighbours cite now and then (prior works too). */
  background: 24,
  /** The hub is cited by the first 10 references and by citations 1 to 50. */
  hubCitedByReference: (j: number): boolean => j < 10,
  hubCitedByCitation: (i: number): boolean => i >= 1 && i <= 50,
  /** The twin is citation 0; these later citations cite it as well as the centre. */
  twinAt: 0,
  citesTwin: (i: number): boolean => i >= 100 && i < 112,
  /** The expansion is reference 20; these citations of the centre cite it too. */
  expansionAt: 20,
  citesExpansion: (i: number): boolean => i === 150 || i === 160 || i === 170 || i === 180,
  /** The expansion's own lists: the first references are the centre's references 0, 1 and 2. */
  expansionReferences: 25,
  expansionSharedReferences: 3,
  expansionCitations: 1_400,
} as const;

const plan = SAMPLE_DISCOVERY_PLAN;
/** Entries per page of /citations and /references at the API's largest limit. */
const LIST_PAGE = 1000;
const count = (n: number, keep: (i: number) => boolean) =>
  Array.from({ length: n }, (_, i) => i).filter(keep).length;

/** Neighbours citing the hub: "cited by 60 papers here". */
export const SAMPLE_HUB_CITED_BY =
  count(plan.references, plan.hubCitedByReference) + count(plan.citations, plan.hubCitedByCitation);
/** Papers citing both the twin and the centre. */
export const SAMPLE_TWIN_CO_CITED_BY = count(plan.citations, plan.citesTwin);
/** The expansion's citing papers already in the graph: the centre, the twin and four more. */
export const SAMPLE_EXPANSION_KNOWN_CITERS = 2 + count(plan.citations, plan.citesExpansion);

/**
 * What expanding the expansion adds with a budget of `budget` entries per direction: its papers
 * new to the graph (the known ones come first in its lists, so any budget sees them) and the
 * requests its two lists take at 1,000 a page (a request for its details comes on top, if made).
 */
export function sampleExpansionOutcome(budget = Number.POSITIVE_INFINITY) {
  const references = Math.min(plan.expansionReferences, budget);
  const citations = Math.min(plan.expansionCitations, budget);
  const newReferences = Math.max(0, references - plan.expansionSharedReferences);
  const newCitations = Math.max(0, citations - SAMPLE_EXPANSION_KNOWN_CITERS);
  const pages = (entries: number) => Math.max(1, Math.ceil(entries / LIST_PAGE));
  return {
    newReferences,
    newCitations,
    newPapers: newReferences + newCitations,
    listRequests: pages(references) + pages(citations),
  };
}

/** Expanding it with no budget: 22 new references and 1,394 new citing papers. */
export const SAMPLE_EXPANSION_NEW_PAPERS = sampleExpansionOutcome().newPapers;
/** 1 + ⌈25/1000⌉ + ⌈1400/1000⌉: its details, a page of references, two pages of citations. */
export const SAMPLE_EXPANSION_MAX_REQUESTS = 1 + sampleExpansionOutcome().listRequests;

/** Adds the centre, its neighbourhood, the hub and the expansion's own lists. */
export function addDiscoverySample(builder: DatasetBuilder, factory: PaperFactory): void {
  const add = (overrides: Partial<WirePaper>, nullRate?: number) =>
    builder.addPaper(factory.make(overrides, nullRate));
  const centre = add(
    { paperId: SAMPLE_DISCOVERY_ID, title: SAMPLE_DISCOVERY_TITLE, year: SAMPLE_DISCOVERY_YEAR },
    0,
  );
  const hub = add({ paperId: SAMPLE_HUB_ID, title: SAMPLE_HUB_TITLE, year: 1996 }, 0);
  const background = Array.from({ length: plan.background }, (_, k) =>
    add({ year: 1997 + (k % 3) }),
  );
  const references = Array.from({ length: plan.references }, (_, j) =>
    j === plan.expansionAt
      ? add({ paperId: SAMPLE_EXPANSION_ID, title: SAMPLE_EXPANSION_TITLE, year: 2006 }, 0)
      : add({ year: 2000 + Math.floor(j / 3) }),
  );
  const expansion = references[plan.expansionAt]!;
  const others = references.filter((paper) => paper !== expansion);
  const cite = (citing: WirePaper, cited: WirePaper) => builder.link(citing.paperId, cited.paperId);

  // The centre's links first, so the expansion's known citers lead its citation list.
  for (const reference of references) cite(centre, reference);
  const citations = Array.from({ length: plan.citations }, (_, i) =>
    i === plan.twinAt
      ? add({ paperId: SAMPLE_TWIN_ID, title: SAMPLE_TWIN_TITLE, year: 2015 }, 0)
      : add({ year: 2015 + (i % 10) }),
  );
  const twin = citations[plan.twinAt]!;
  for (const reference of references) cite(twin, reference);
  citations.forEach((citer, i) => {
    cite(citer, centre);
    if (i === plan.twinAt) return;
    if (plan.citesExpansion(i)) cite(citer, expansion);
    if (plan.citesTwin(i)) cite(citer, twin);
    if (plan.hubCitedByCitation(i)) cite(citer, hub);
    cite(citer, others[i % others.length]!);
    cite(citer, others[(7 * i + 3) % others.length]!);
    cite(citer, background[i % plan.background]!);
    cite(citer, background[(5 * i + 7) % plan.background]!);
  });
  references.forEach((reference, j) => {
    if (reference === expansion) return;
    if (plan.hubCitedByReference(j)) cite(reference, hub);
    const previous = references[j - 1];
    if (j % 2 === 1 && previous && previous !== expansion) cite(reference, previous);
    cite(reference, background[j % plan.background]!);
  });

  // The expansion's own lists, beyond the centre's graph.
  for (let k = 0; k < plan.expansionReferences; k += 1) {
    const shared = k < plan.expansionSharedReferences;
    cite(expansion, shared ? references[k]! : add({ year: 1995 + (k % 11) }));
  }
  for (let k = SAMPLE_EXPANSION_KNOWN_CITERS; k < plan.expansionCitations; k += 1) {
    cite(add({ year: 2007 + (k % 19) }), expansion);
  }
}
