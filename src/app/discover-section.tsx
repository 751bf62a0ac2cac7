// Discover, composed: the ranked lists computed in the browser from the neighbours' reference
// ids (the same lists "Links among these papers" uses) and a batch for the prior works' details
// per page shown, with the cost said before anything is fetched.
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { DiscoverList, DISCOVER_PAGE, type DiscoverRow } from '../features/discover/discover-list';
import { DiscoverPanel } from '../features/discover/discover-panel';
import { usePaperDetails } from '../features/discover/use-paper-details';
import { useShownCounts } from '../features/discover/use-shown-counts';
import type { CitationGraph } from '../graph/citation-graph';
import { derivativeWorks } from '../graph/discovery/derivative-works';
import { priorWorks } from '../graph/discovery/prior-works';
import { similarPapers } from '../graph/discovery/similar-papers';
import { recommendationsQueryOptions } from '../queries/discovery-queries';
import { ErrorNotice } from '../ui/error-notice';
import type { ReferenceIdRecord } from '../queries/interlinks-query';
import { useS2Client } from '../queries/s2-client-context';
import { isPaperId } from '../domain/paper';
import { CollectionMenu } from './collection-menu';
import { paperTitle } from '../ui/format';

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
  /** Expands a drawn paper in place, or collapses it when it is expanded already. */
  readonly onExpand?: (id: string) => void;
  readonly isExpanded?: (id: string) => boolean;
}

const number = new Intl.NumberFormat('en');
const papers = (n: number) => `${number.format(n)} ${n === 1 ? 'paper' : 'papers'}`;
const requests = (n: number) => `${n} ${n === 1 ? 'request' : 'requests'}`;

export function DiscoverSection(props: DiscoverSectionProps) {
  const { graph, referenceIds } = props;
  const client = useS2Client();
  const neighbours = useMemo(() => graph.nodes.filter((n) => n.paper.id !== null), [graph]);
  const { shown, showMore } = useShownCounts(graph.centre.id);
  // A panel kept mounted while hidden must not spend a request the reader did not ask for.
  const started = props.onStart === null;
  const referencesOf = useMemo(
    () => (started && referenceIds ? new Map(Object.entries(referenceIds)) : null),
    [started, referenceIds],
  );
  const prior = useMemo(
    () => (referencesOf ? priorWorks(graph, referencesOf) : []),
    [graph, referencesOf],
  );
  const priorShown = shown('prior-works');
  const detailIds = useMemo(
    () => prior.slice(0, priorShown).map((work) => work.id),
    [prior, priorShown],
  );
  const details = usePaperDetails(detailIds);
  // Similarity reaches the first page of prior works only: the list must not change as more
  // are shown.
  const firstPrior = useMemo(() => detailIds.slice(0, DISCOVER_PAGE), [detailIds]);
  const similar = useMemo(
    () => (referencesOf ? similarPapers(graph, referencesOf, firstPrior) : []),
    [graph, referencesOf, firstPrior],
  );
  const derivative = useMemo(
    () => (referencesOf ? derivativeWorks(graph, referencesOf) : []),
    [graph, referencesOf],
  );
  // Recommendations: asked for once the reader starts Discover; "Not relevant" asks again.
  const [notRelevant, setNotRelevant] = useState<readonly string[]>([]);
  const recommended = useQuery(
    recommendationsQueryOptions(client, graph.centre.id, notRelevant, started),
  );

  const known = useMemo(() => {
    const byId = new Map(neighbours.map((node) => [node.key, node.paper] as const));
    for (const paper of details) byId.set(paper.id, paper);
    return byId;
  }, [neighbours, details]);
  const row = (id: string, why: string): DiscoverRow => {
    const paper = known.get(id);
    return { id, title: paper ? paperTitle(paper) : 'Loading…', year: paper?.year ?? null, why };
  };
  const drawn = useMemo(() => new Set(neighbours.map((node) => node.key)), [neighbours]);
  const actions = {
    onSelect: props.onSelect,
    onMakeCentre: props.onMakeCentre,
    inGraph: (id: string) => drawn.has(id),
    onExpand: props.onExpand,
    isExpanded: props.isExpanded,
    more: (row: DiscoverRow) =>
      isPaperId(row.id) ? (
        <CollectionMenu paper={{ id: row.id, title: row.title }} compact />
      ) : null,
  };

  // The reference lists are the centre's own neighbours' (hop 1), not the expansions'.
  const listed = neighbours.filter((node) => node.hop === undefined).length;
  const idRequests = referenceIds ? 0 : Math.ceil(listed / BATCH);
  const cost = referenceIds
    ? `the reference lists of ${papers(listed)} are loaded; 1 request for the prior works' details`
    : `${requests(idRequests + 1)} for ${papers(listed)}`;
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
            {...actions}
            list="prior-works"
            heading="Prior works"
            rows={prior.map((work) => row(work.id, `cited by ${papers(work.citedBy.length)} here`))}
            shown={priorShown}
            onShowMore={() => showMore('prior-works')}
            moreCost="1 request"
            empty="No paper outside the graph is cited by two of its papers."
          />
          <DiscoverList
            {...actions}
            list="similar"
            heading="Similar papers"
            rows={similar.map(({ id, similarity }) =>
              row(
                id,
                `shares ${number.format(similarity.sharedReferences)} of its references · co-cited by ${papers(similarity.coCitedBy)}`,
              ),
            )}
            shown={shown('similar')}
            onShowMore={() => showMore('similar')}
            empty="No paper here shares references or citing papers with it."
          />
          <DiscoverList
            {...actions}
            list="derivative-works"
            heading="Derivative works"
            rows={derivative.map((work) => row(work.id, `cites ${papers(work.cites.length)} here`))}
            shown={shown('derivative-works')}
            onShowMore={() => showMore('derivative-works')}
            empty="No paper loaded here cites two of its papers."
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
          {...actions}
          list="recommended"
          heading="Recommended"
          rows={recommendations}
          shown={shown('recommended')}
          onShowMore={() => showMore('recommended')}
          empty="Semantic Scholar has no recommendations for this paper."
          onNotRelevant={(id) => setNotRelevant((current) => [...current, id])}
        />
      )}
    </DiscoverPanel>
  );
}
