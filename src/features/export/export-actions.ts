// What each item of the Export menu makes, and under which file name. The heavy libraries
// (citation-js, papaparse) load inside the actions, on first use.
import type { AnyPaper, Paper } from '../../domain/paper';
import type { GraphNode } from '../../graph/citation-graph';
import { serializeSnapshot, type ViewSnapshot } from '../../graph/snapshot';
import { toBibtex, toRis } from './citations';
import { toCsv, type CsvNode } from './csv';
import { downloadBlob, downloadText, exportFilename } from './download';

export interface ExportSources {
  readonly centre: Paper;
  /** The papers shown around the centre (unresolved ones included), in list order. */
  readonly nodes: readonly GraphNode[];
  readonly selected: AnyPaper | null;
  readonly getPng: () => Promise<Blob>;
  readonly getSvg: () => Promise<string>;
  readonly getSnapshot: () => ViewSnapshot;
  /**
   * The exploration log as files (JSON and CSV), made when chosen; `baseName` names them, e.g.
   * the collection's name. Without it the menu offers no log.
   */
  readonly getLog?: () => LogFiles;
}

export interface LogFiles {
  readonly json: string;
  readonly csv: string;
  readonly baseName: string;
}

export interface ExportAction {
  readonly id: string;
  readonly label: string;
  /** Items of one group sit together in the menu, apart from the next group. */
  readonly group: 'image' | 'citations' | 'snapshot' | 'log';
  /** Makes the file, offers it for download and returns its name. */
  readonly run: () => Promise<string>;
}

/** Excel reads a CSV without a byte order mark as the local code page and garbles non-ASCII. */
const BOM = '\uFEFF';

export function exportActions(sources: ExportSources): ExportAction[] {
  const { centre, nodes, selected } = sources;
  const title = centre.title ?? 'graph';
  const rows: readonly CsvNode[] = [
    { paper: centre, relation: 'centre', isInfluential: false, intents: [] },
    ...nodes,
  ];
  const papers = rows.map((row) => row.paper);
  const text = (extension: string, mime: string, make: () => Promise<string> | string) => {
    return async () => {
      const name = exportFilename(title, extension);
      downloadText(name, mime, await make());
      return name;
    };
  };

  const actions: ExportAction[] = [
    {
      id: 'png',
      label: 'PNG image (2×)',
      group: 'image',
      run: async () => {
        const name = exportFilename(title, 'png');
        downloadBlob(name, await sources.getPng());
        return name;
      },
    },
    {
      id: 'svg',
      label: 'SVG image',
      group: 'image',
      run: text('svg', 'image/svg+xml', sources.getSvg),
    },
    {
      id: 'bibtex',
      label: 'BibTeX (visible papers)',
      group: 'citations',
      run: text('bib', 'application/x-bibtex', () => toBibtex(papers)),
    },
    {
      id: 'ris',
      label: 'RIS (visible papers)',
      group: 'citations',
      run: text('ris', 'application/x-research-info-systems', () => toRis(papers)),
    },
    {
      id: 'csv',
      label: 'CSV (visible papers)',
      group: 'citations',
      run: text('csv', 'text/csv', async () => BOM + (await toCsv(rows))),
    },
  ];
  if (selected) {
    actions.push({
      id: 'bibtex-selected',
      label: 'BibTeX (selected paper)',
      group: 'citations',
      run: async () => {
        const name = exportFilename(selected.title ?? 'paper', 'bib');
        downloadText(name, 'application/x-bibtex', await toBibtex([selected]));
        return name;
      },
    });
  }
  actions.push({
    id: 'snapshot',
    label: 'View snapshot (JSON)',
    group: 'snapshot',
    run: text('json', 'application/json', () => serializeSnapshot(sources.getSnapshot())),
  });
  const { getLog } = sources;
  if (getLog) {
    const save = (extension: string, mime: string, make: (log: LogFiles) => string) => () => {
      const log = getLog();
      const name = exportFilename(`exploration log ${log.baseName}`, extension);
      downloadText(name, mime, make(log));
      return Promise.resolve(name);
    };
    actions.push(
      {
        id: 'log-json',
        label: 'Exploration log (JSON)',
        group: 'log',
        run: save('json', 'application/json', (log) => log.json),
      },
      {
        id: 'log-csv',
        label: 'Exploration log (CSV)',
        group: 'log',
        run: save('csv', 'text/csv', (log) => BOM + log.csv),
      },
    );
  }
  return actions;
}
