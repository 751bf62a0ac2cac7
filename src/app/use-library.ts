// What the app does with collections: import into a new one, open one as seeds, add a paper,
// rename, delete, export, share, and log each as a step. State lives in the session store;
// this hook holds the actions that also need the API client, the query cache or the view.
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo } from 'react';
import {
  addSeeds,
  collectionLink,
  createCollection,
  removeSeed,
  renameCollection,
  type Collection,
} from '../domain/collection';
import type { LogDetail, LogKind } from '../domain/exploration-log';
import type { Paper, PaperId } from '../domain/paper';
import type { CollectionFormat } from '../features/collections/collections-types';
import { SESSION_LOG_KEY } from '../features/exploration-log/log-storage';
import { collectionExport } from '../features/export/collection-export';
import { downloadText } from '../features/export/download';
import type { ImportResult } from '../features/import/import-dialog';
import { paperKeys } from '../queries/paper-queries';
import { useS2Client } from '../queries/s2-client-context';
import { seedPapersQueryOptions } from '../queries/seed-queries';
import { describeImport } from './import-step';
import { useSession } from './session-context';
import { seededWith } from './url-codec';
import { useView } from './view-context';

const newId = () =>
  typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : `c${Date.now().toString(36)}${Math.random().toString(36).slice(2)}`;

export function useLibrary() {
  const client = useS2Client();
  const queryClient = useQueryClient();
  const [, setView] = useView();
  const collections = useSession((state) => state.collections);
  const active = useSession((state) => state.activeCollection);
  const loadLibrary = useSession((state) => state.loadLibrary);
  const putCollection = useSession((state) => state.putCollection);
  const removeCollection = useSession((state) => state.removeCollection);
  const setActive = useSession((state) => state.setActiveCollection);
  const openLog = useSession((state) => state.openLog);
  const appendLog = useSession((state) => state.appendLog);
  const forgetLog = useSession((state) => state.forgetLog);

  useEffect(() => {
    if (collections === null) void loadLibrary();
  }, [collections, loadLibrary]);
  useEffect(() => {
    void openLog(active ?? SESSION_LOG_KEY);
  }, [active, openLog]);

  const log = useCallback(
    (kind: LogKind, summary: string, detail?: LogDetail) => {
      appendLog({
        at: new Date().toISOString(),
        kind,
        summary,
        url: window.location.href,
        shown: null,
        ...(detail ? { detail } : {}),
      });
    },
    [appendLog],
  );
  const find = useCallback(
    (id: string) => (collections ?? []).find((entry) => entry.id === id),
    [collections],
  );
  const edit = useCallback(
    async (id: string, change: (collection: Collection) => Collection, step: string) => {
      const collection = find(id);
      if (!collection) return;
      const changed = change(collection);
      if (changed !== collection && (await putCollection(changed))) log('collection', step);
    },
    [find, putCollection, log],
  );
  const open = useCallback(
    (collection: Collection) => {
      setActive(collection.id);
      setView((current) => seededWith(current, collection.seeds, collection.name), 'push');
    },
    [setActive, setView],
  );

  return useMemo(
    () => ({
      collections: collections ?? [],
      active,
      log,
      open,
      importPapers: async (result: ImportResult) => {
        // The import resolved every seed: opening them costs no request for their details.
        for (const paper of result.seeds) {
          queryClient.setQueryData(paperKeys.detail(client.baseUrl, paper.id), paper);
        }
        const collection = createCollection({
          id: newId(),
          name: result.name,
          seeds: result.seeds.map((paper) => paper.id),
          now: new Date(),
        });
        if (!(await putCollection(collection))) return;
        setActive(collection.id);
        await openLog(collection.id);
        const step = describeImport(result);
        log('import', step.summary, step.detail);
        open(collection);
      },
      create: async (name: string, paper: PaperId) => {
        const collection = createCollection({ id: newId(), name, seeds: [paper], now: new Date() });
        if (await putCollection(collection))
          log('collection', `Created “${collection.name}” with ${paper}`);
      },
      add: (id: string, paper: PaperId) =>
        void edit(
          id,
          (c) => addSeeds(c, [paper], new Date()),
          `Added ${paper} to “${find(id)?.name ?? ''}”`,
        ),
      rename: (id: string, name: string) =>
        void edit(
          id,
          (c) => renameCollection(c, name, new Date()),
          `Renamed “${find(id)?.name ?? ''}” to “${name}”`,
        ),
      removeSeed: (id: string, paper: PaperId) =>
        void edit(
          id,
          (c) => removeSeed(c, paper, new Date()),
          `Removed ${paper} from “${find(id)?.name ?? ''}”`,
        ),
      remove: async (id: string) => {
        const name = find(id)?.name ?? '';
        if (await removeCollection(id)) {
          await forgetLog(id);
          log('collection', `Deleted “${name}”`);
        }
      },
      save: async (name: string, seeds: readonly PaperId[]) => {
        const collection = createCollection({ id: newId(), name, seeds, now: new Date() });
        if (!(await putCollection(collection))) return;
        setActive(collection.id);
        log('collection', `Saved ${seeds.length} seeds as “${collection.name}”`);
      },
      exportAs: async (collection: Collection, format: CollectionFormat) => {
        const { papers } = await queryClient.query(
          seedPapersQueryOptions(client, collection.seeds),
        );
        const file = await collectionExport(papers, format, collection.name);
        downloadText(file.fileName, file.mime, file.text);
        log('export', `Exported “${collection.name}” as ${format}`, { file: file.fileName });
        return file.fileName;
      },
      shareUrl: (collection: Collection) => collectionLink(collection, window.location.href),
      paperTitle: (id: PaperId) =>
        queryClient.getQueryData<Paper>(paperKeys.detail(client.baseUrl, id))?.title ?? null,
    }),
    [
      collections,
      active,
      log,
      open,
      queryClient,
      client,
      putCollection,
      setActive,
      openLog,
      edit,
      find,
      removeCollection,
      forgetLog,
    ],
  );
}

export type Library = ReturnType<typeof useLibrary>;
