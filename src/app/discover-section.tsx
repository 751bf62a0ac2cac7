// Discover, composed: the ranked lists computed in the browser from the neighbours' reference
// ids (the same lists "Links among these papers" uses) and one batch for the prior works'
// details, with the cost said before anything is fetched.
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { DiscoverList, type DiscoverRow } from '../features/discover/discover-list';
import { DiscoverPanel } from '../features/discover/discover-panel';
import type { CitationGraph } from '../graph/citation-graph';
import { priorWorks } from '../graph/discovery/prior-works';
import { similarPapers } from '../graph/discovery/similar-papers';
import { paperBatchQueryOptions, recommendationsQueryOptions } from '../queries/discovery-queries';
import { ErrorNotice } from '../ui/error-notice';
import type { ReferenceIdRecord } from '../queries/interlinks-query';
import { useS2Client } from '../queries/s2-client-context';
import { paperTitle } from '../ui/format';

/** Rows shown per list. */
const TOP = 20;
/** Ids per batch request (the API's limit). */
const BATCH = 500;

interface DiscoverSectionProps {
  readonly graph: CitationGraph;
  /** The neighbours' reference ids, once fetched (shared with the links among papers). */
  readonly referenceIds: ReferenceIdRecord | undefined;
  readonly fetching: boolean;
  /** Null once started: until then nothing is fetched for Discover. */
  readonly onStart: (() => void) | null;
  readonly onSelect: (key: string) => void;
  readonly onMakeCentre: (id: string) => void;
}

const number = new Intl.NumberFormat('en');
const papers = (n: number) => `${number.format(n)} ${n === 1 ? 'paper' : 'papers'}`;
const requests = (n: number) => `${n} ${n === 1 ? 'request' : 'requests'}`;

export function DiscoverSection(props: DiscoverSectionProps) {
  const { graph, referenceIds } = props;
  const client = useS2Client();
  const neighbours = useMemo(() => graph.nodes.filter((n) => n.paper.id !== null), [graph]);
  // A panel kept mounted while hidden must not spend a request the reader did not ask for.
  const started = props.onStart === null;
  const referencesOf = useMemo(
    () => (started && referenceIds ? new Map(Object.entries(referenceIds)) : null),
    [started, referenceIds],
  );
  const prior = useMemo(
    () => (referencesOf ? priorWorks(graph, referencesOf).slice(0, TOP) : []),
    [graph, referencesOf],
  );
  const priorIds = useMemo(() => prior.map((work) => work.id), [prior]);
  const details = useQuery(paperBatchQueryOptions(client, priorIds));
  // Recommendations: asked for once the reader starts Discover; "Not relevant" asks again.
  const [notRelevant, setNotRelevant] = useState<readonly string[]>([]);
  const recommended = useQuery(
    recommendationsQueryOptions(client, graph.centre.id, notRelevant, started),
  );
  const similar = useMemo(
    () => (referencesOf ? similarPapers(graph, referencesOf, priorIds).slice(0, TOP) : []),
    [graph, referencesOf, priorIds],
  );

  const known = useMemo(() => {
    const byId = new Map(neighbours.map((node) => [node.key, node.paper] as const));
    for (const paper of details.data ?? []) byId.set(paper.id, paper);
    return byId;
  }, [neighbours, details.data]);
  const row = (id: string, why: string): DiscoverRow => {
    const paper = known.get(id);
    return { id, title: paper ? paperTitle(paper) : 'Loading…', year: paper?.year ?? null, why };
  };
  const inGraph = (id: string) => neighbours.some((node) => node.key === id);

  const idRequests = referenceIds ? 0 : Math.ceil(neighbours.length / BATCH);
  const cost = referenceIds
    ? `the reference lists of ${papers(neighbours.length)} are loaded; 1 request for the prior works' details`
    : `${requests(idRequests + 1)} for ${papers(neighbours.length)}`;
  const recommendations = (recommended.data ?? []).map((paper): DiscoverRow => ({
    id: paper.id,
    title: paperTitle(paper),
    year: paper.year,
    why: `recommended by Semantic Scholar · cited ${number.format(paper.citationCount ?? 0)} times`,
  }));

  return (
    <DiscoverPanel
      cost={`${cost}; recommendations: 1 request`}
      onStart={props.onStart}
      busy={props.fetching}
    >
      {referencesOf && (
        <>
          <DiscoverList
            list="prior-works"
            heading="Prior works"
            rows={prior.map((work) => row(work.id, `cited by ${papers(work.citedBy.length)} here`))}
            empty="No paper outside the graph is cited by two of its papers."
            onSelect={props.onSelect}
            onMakeCentre={props.onMakeCentre}
            inGraph={inGraph}
          />
          <DiscoverList
            list="similar"
            heading="Similar papers"
            rows={similar.map(({ id, similarity }) =>
              row(
                id,
                `shares ${number.format(similarity.sharedReferences)} of its references · co-cited by ${papers(similarity.coCitedBy)}`,
              ),
            )}
            empty="No paper here shares references or citing papers with it."
            onSelect={props.onSelect}
            onMakeCentre={props.onMakeCentre}
            inGraph={inGraph}
          />
        </>
      )}
      {started && recommended.isError && (
        <ErrorNotice
          title="Could not load the recommendations"
          error={recommended.error}
          onRetry={() => void recommended.refetch()}
        />
      )}
      {started && recommended.data && (
        <DiscoverList
          list="recommended"
          heading="Recommended"
          rows={recommendations}
          empty="Semantic Scholar has no recommendations for this paper."
          onSelect={props.onSelect}
          onMakeCentre={props.onMakeCentre}
          inGraph={inGraph}
          onNotRelevant={(id) => setNotRelevant((current) => [...current, id])}
        />
      )}
    </DiscoverPanel>
  );
}
