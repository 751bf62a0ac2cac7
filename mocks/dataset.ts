// The twin's read-only data: papers, and for each paper the two lists the API pages through.
// A link citing → cited appears in the cited paper's citation list and in the citing paper's
// reference list. Lists may also hold unresolved entries (no paperId) and duplicates, as the
// real lists do. Counts match the lists unless a paper is told to report more.
import { keyForPathId, paperKeys } from './paper-ids';
import type { WireEdgeFacts, WirePaper, WireUnresolvedPaper } from './wire-types';

/** One entry of a citation or reference list: the other paper (or an unresolved one) and the edge. */
export interface TwinEntry {
  readonly paperId: string | null;
  readonly unresolved?: WireUnresolvedPaper;
  readonly edge: WireEdgeFacts;
}

export interface TwinDataset {
  readonly papers: ReadonlyMap<string, WirePaper>;
  /** paperId → entries for the papers citing it. */
  readonly citations: ReadonlyMap<string, readonly TwinEntry[]>;
  /** paperId → entries for the papers it cites. */
  readonly references: ReadonlyMap<string, readonly TwinEntry[]>;
  /** Lookup key (see paper-ids.ts) → paperId. */
  readonly keys: ReadonlyMap<string, string>;
}

export type ReportedCount = number | ((listed: number) => number);

export interface DatasetBuilder {
  addPaper(paper: WirePaper): WirePaper;
  /** citing → cited; false (and nothing added) when the link exists already or is a self-link. */
  link(citingId: string, citedId: string, edge?: WireEdgeFacts): boolean;
  addUnresolvedReference(citingId: string, cited: WireUnresolvedPaper, edge?: WireEdgeFacts): void;
  addUnresolvedCitation(citedId: string, citing: WireUnresolvedPaper, edge?: WireEdgeFacts): void;
  /** Repeats the list entry at `index` right after position `at` (the API's duplicate quirk). */
  duplicateEntry(
    list: 'citations' | 'references',
    paperId: string,
    index: number,
    at: number,
  ): void;
  /** Makes a paper report a count other than its list's length (e.g. lists cut near 10,000). */
  reportCounts(
    paperId: string,
    counts: { citationCount?: ReportedCount; referenceCount?: ReportedCount },
  ): void;
  has(paperId: string): boolean;
  build(): TwinDataset;
}

export const NO_EDGE: WireEdgeFacts = Object.freeze({
  isInfluential: false,
  intents: [],
  contexts: [],
  contextsWithIntent: [],
});

function distinct(entries: readonly TwinEntry[]): TwinEntry[] {
  const seen = new Set<string>();
  return entries.filter((entry) => {
    if (entry.paperId === null) return true;
    if (seen.has(entry.paperId)) return false;
    seen.add(entry.paperId);
    return true;
  });
}

export function createDatasetBuilder(): DatasetBuilder {
  const papers = new Map<string, WirePaper>();
  const citations = new Map<string, TwinEntry[]>();
  const references = new Map<string, TwinEntry[]>();
  const keys = new Map<string, string>();
  // Links as citing index × 2^24 + cited index: cheaper to hash than id pairs.
  const indexOf = new Map<string, number>();
  const linked = new Set<number>();
  const reported = new Map<
    string,
    { citationCount?: ReportedCount; referenceCount?: ReportedCount }
  >();

  const listOf = (map: Map<string, TwinEntry[]>, paperId: string): TwinEntry[] => {
    const list = map.get(paperId);
    if (!list) throw new RangeError(`No paper ${paperId} in the dataset`);
    return list;
  };

  return {
    addPaper(paper) {
      for (const key of paperKeys(paper.paperId, paper.corpusId, paper.externalIds)) {
        const owner = keys.get(key);
        if (owner !== undefined) throw new RangeError(`Id ${key} is taken by ${owner}`);
        keys.set(key, paper.paperId);
      }
      indexOf.set(paper.paperId, indexOf.size);
      papers.set(paper.paperId, paper);
      citations.set(paper.paperId, []);
      references.set(paper.paperId, []);
      return paper;
    },
    link(citingId, citedId, edge = NO_EDGE) {
      const key = (indexOf.get(citingId) ?? -1) * 2 ** 24 + (indexOf.get(citedId) ?? -1);
      if (citingId === citedId || linked.has(key)) return false;
      const citedList = listOf(citations, citedId);
      listOf(references, citingId).push({ paperId: citedId, edge });
      citedList.push({ paperId: citingId, edge });
      linked.add(key);
      return true;
    },
    addUnresolvedReference(citingId, cited, edge = NO_EDGE) {
      listOf(references, citingId).push({ paperId: null, unresolved: cited, edge });
    },
    addUnresolvedCitation(citedId, citing, edge = NO_EDGE) {
      listOf(citations, citedId).push({ paperId: null, unresolved: citing, edge });
    },
    duplicateEntry(list, paperId, index, at) {
      const entries = listOf(list === 'citations' ? citations : references, paperId);
      const entry = entries[index];
      if (!entry) throw new RangeError(`No entry ${index} in the ${list} of ${paperId}`);
      entries.splice(Math.min(at + 1, entries.length), 0, entry);
    },
    reportCounts(paperId, counts) {
      reported.set(paperId, { ...reported.get(paperId), ...counts });
    },
    has: (paperId) => papers.has(paperId),
    build() {
      for (const paper of papers.values()) {
        const cited = distinct(listOf(citations, paper.paperId));
        const citing = distinct(listOf(references, paper.paperId));
        const report = reported.get(paper.paperId);
        const resolve = (count: ReportedCount | undefined, listed: number): number =>
          count === undefined ? listed : typeof count === 'number' ? count : count(listed);
        paper.citationCount = resolve(report?.citationCount, cited.length);
        paper.referenceCount = resolve(report?.referenceCount, citing.length);
        paper.influentialCitationCount = cited.filter((entry) => entry.edge.isInfluential).length;
      }
      return { papers, citations, references, keys };
    },
  };
}

/** The paper a path id (any accepted form, already percent-decoded) names, if the dataset has it. */
export function findPaper(dataset: TwinDataset, rawId: string): WirePaper | undefined {
  const key = keyForPathId(rawId);
  const paperId = key === null ? undefined : dataset.keys.get(key);
  return paperId === undefined ? undefined : dataset.papers.get(paperId);
}
