// The Export menu's side of the exploration log: the log as files (JSON and CSV) for the
// collection being worked in, and each export recorded as a step.
import { useCallback } from 'react';
import { logToCsv, logToJson } from '../domain/exploration-log-files';
import type { LogFiles } from '../features/export/export-actions';
import { useLibraryActions } from './library-context';
import { useSession } from './session-context';

export function useLogExport() {
  const library = useLibraryActions();
  const log = useSession((state) => state.log);
  const collection = library?.collections.find((entry) => entry.id === library.active);
  const getLog = useCallback((): LogFiles => {
    const meta = {
      exportedAt: new Date().toISOString(),
      ...(collection
        ? { collection: { id: collection.id, name: collection.name, seeds: collection.seeds } }
        : {}),
    };
    return {
      json: logToJson(log, meta),
      csv: logToCsv(log),
      baseName: collection?.name ?? 'session',
    };
  }, [log, collection]);
  const record = library?.log;
  const onExported = useCallback(
    (label: string, fileName: string) =>
      record?.('export', `Exported ${label}: ${fileName}`, { file: fileName }),
    [record],
  );
  return { getLog, onExported };
}
