// "Check for new citations": each seed's citations as the API lists them now (in full, not the
// graph's shared cap), compared with those of the last check; the new citing papers listed and
// marked in the graph, and the lists kept as the next check's baseline. A seed whose list fails
// keeps its old baseline, so it never makes every citer look new next time.
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { newCitations, withBaseline, type Collection } from '../domain/collection';
import type { PaperId } from '../domain/paper';
import type { NewCitationsView, WhatsNewControls } from '../features/collections/collections-types';
import { paperKeys } from '../queries/paper-queries';
import { useS2Client } from '../queries/s2-client-context';
import { useSession } from './session-context';

/** As many citations as the API pages through for one paper. */
const CHECK_CAP = 10_000;

type Found = NewCitationsView['papers'][number];

export function useWhatsNew(
  log: (summary: string, detail: Record<string, string[] | number>) => void,
): WhatsNewControls {
  const client = useS2Client();
  const queryClient = useQueryClient();
  const state = useSession((s) => s.whatsNew);
  const setWhatsNew = useSession((s) => s.setWhatsNew);
  const putCollection = useSession((s) => s.putCollection);

  const onCheck = useCallback(
    (collection: Collection) => {
      const run = async () => {
        setWhatsNew({ collectionId: collection.id, checking: true, result: null, ids: new Set() });
        const current = new Map<PaperId, PaperId[]>();
        const papers = new Map<string, Found>();
        const lists = await Promise.allSettled(
          collection.seeds.map((seed) => client.getAllLinks(seed, 'citations', { max: CHECK_CAP })),
        );
        lists.forEach((answer, index) => {
          const seed = collection.seeds[index];
          if (answer.status !== 'fulfilled' || !seed) return;
          const ids: PaperId[] = [];
          for (const { paper } of answer.value.links) {
            if (paper.id === null) continue;
            ids.push(paper.id);
            papers.set(paper.id, { id: paper.id, title: paper.title, year: paper.year });
          }
          current.set(seed, ids);
        });
        const failed = lists.filter((answer) => answer.status === 'rejected').length;
        const diff = newCitations(collection, current);
        const now = new Date();
        const result: NewCitationsView = {
          since: diff?.since ?? now.toISOString(),
          papers: (diff?.all ?? []).flatMap((id) => papers.get(id) ?? []),
          firstCheck: diff === null,
        };
        await putCollection(withBaseline(collection, current, now));
        // The graph's lists are older than this check: they load again, new citers included.
        for (const seed of collection.seeds) {
          void queryClient.invalidateQueries({
            queryKey: paperKeys.linksOf(client.baseUrl, seed, 'citations'),
          });
        }
        const since = result.since.slice(0, 10);
        const summary = diff
          ? `Checked “${collection.name}” for new citations: ${result.papers.length} new since ${since}`
          : `Checked “${collection.name}” for new citations for the first time: the citations now known are kept`;
        log(failed > 0 ? `${summary} (${failed} seeds could not be checked)` : summary, {
          new: result.papers.map((paper) => paper.id),
          failed,
        });
        setWhatsNew({
          collectionId: collection.id,
          checking: false,
          result,
          ids: new Set(diff?.all ?? []),
        });
      };
      void run();
    },
    [client, queryClient, setWhatsNew, putCollection, log],
  );

  return useMemo(
    () => ({
      onCheck,
      collectionId: state?.collectionId ?? null,
      checking: state?.checking ?? false,
      result: state?.result ?? null,
    }),
    [onCheck, state],
  );
}
