// Fetches a centre paper, then its references and citations, and builds the graph model from
// whatever has arrived so far: the first page of citations is on screen while later ones load.
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo } from 'react';
import type { Direction, PaperId } from '../domain/paper';
import { buildCitationGraph, type CitationGraph } from '../graph/citation-graph';
import { addExpansions } from '../graph/expansion';
import { addInterlinks } from '../graph/interlinks';
import { interlinksQueryOptions } from './interlinks-query';
import { linksQueryOptions } from './links-query';
import { paperKeys, paperQueryOptions } from './paper-queries';
import { useS2Client } from './s2-client-context';
import { EXPANSION_BUDGET, useExpansions } from './use-expansions';

/** References are rarely more than a few hundred: all of them are loaded. */
const REFERENCE_CAP = 10_000;

export interface NeighbourhoodOptions {
  /** How many citations to load; the view decides (see "Load more"). */
  readonly citationCap: number;
  /** Draws the links among the neighbours. */
  readonly showLinks: boolean;
  /**
   * Fetches the neighbours' reference ids without drawing them (Discover reads the same lists,
   * so they are never fetched twice). Defaults to `showLinks`.
   */
  readonly fetchLinks?: boolean;
  /** Papers expanded in place (see useExpansions), and entries per direction for each. */
  readonly expanded?: readonly PaperId[];
  readonly expansionBudget?: number;
}

const NO_IDS: readonly PaperId[] = [];

export function useNeighbourhood(apiId: string, options: NeighbourhoodOptions) {
  const { citationCap, showLinks, fetchLinks = showLinks } = options;
  const { expanded = NO_IDS, expansionBudget = EXPANSION_BUDGET } = options;
  const client = useS2Client();
  const queryClient = useQueryClient();
  const paper = useQuery(paperQueryOptions(client, apiId));
  const centreId = paper.data?.id;

  // Opening a paper by DOI or arXiv id also files it under its paperId, so that clicking back
  // to it later by id makes no request.
  useEffect(() => {
    if (paper.data && paper.data.id !== apiId) {
      queryClient.setQueryData(paperKeys.detail(client.baseUrl, paper.data.id), paper.data);
    }
  }, [paper.data, apiId, client.baseUrl, queryClient]);

  const referencesOptions = linksQueryOptions(client, centreId, 'references', REFERENCE_CAP);
  const citationsOptions = linksQueryOptions(client, centreId, 'citations', citationCap);
  const references = useQuery(referencesOptions);
  const citations = useQuery(citationsOptions);

  const referencesKey = referencesOptions.queryKey;
  const citationsKey = citationsOptions.queryKey;
  /** Stops loading a list and keeps every page that arrived. */
  const stop = useCallback(
    (direction: Direction) =>
      void queryClient.cancelQueries(
        { queryKey: direction === 'citations' ? citationsKey : referencesKey, exact: true },
        { revert: false },
      ),
    [queryClient, citationsKey, referencesKey],
  );

  const starGraph = useMemo<CitationGraph | null>(() => {
    if (!paper.data) return null;
    return buildCitationGraph({
      centre: paper.data,
      references: references.data?.links ?? [],
      citations: citations.data?.links ?? [],
    });
  }, [paper.data, references.data, citations.data]);

  // Links among the neighbours: asked for only once both lists are in, so streamed pages do
  // not each start a fetch; the links already drawn stay while a longer list is fetched.
  const neighbourIds = useMemo(
    () => starGraph?.nodes.flatMap((n) => (n.paper.id ? [n.key] : [])) ?? [],
    [starGraph],
  );
  const listsDone = references.data?.complete === true && citations.data?.complete === true;
  const interlinks = useQuery({
    ...interlinksQueryOptions(
      client,
      centreId,
      neighbourIds,
      (showLinks || fetchLinks) && listsDone,
    ),
    placeholderData: keepPreviousData,
  });
  const drawn = useMemo(
    () => (starGraph ? new Set([starGraph.centre.id, ...neighbourIds]) : null),
    [starGraph, neighbourIds],
  );
  const expansionState = useExpansions(expanded, expansionBudget, drawn);
  const { expansions } = expansionState;
  const linksData = showLinks ? interlinks.data : undefined;
  // Expansions first, so the links among the centre's neighbours also reach second-hop papers.
  const grown = useMemo(
    () => (starGraph && expansions.length > 0 ? addExpansions(starGraph, expansions) : starGraph),
    [starGraph, expansions],
  );
  const graph = useMemo(
    () => (grown && linksData ? addInterlinks(grown, new Map(Object.entries(linksData))) : grown),
    [grown, linksData],
  );

  return { paper, references, citations, interlinks, expansions: expansionState, graph, stop };
}
