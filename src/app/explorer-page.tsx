import { useState } from 'react';
import { parseBaseUrl } from '../api/config';
import { SearchBox } from '../features/search/search-box';
import { SearchResults } from '../features/search/search-results';
import { SettingsDialog } from '../features/settings/settings-dialog';
import type { Example } from './demo-mode';
import { Explorer } from './explorer';
import { useView } from './url-state';
import { Welcome } from './welcome';

interface ExplorerPageProps {
  readonly demo: boolean;
  readonly baseUrl: string;
  readonly allowedOrigins: readonly string[];
  readonly startupProblem: string | null;
  readonly examples: readonly Example[];
  readonly onClearCache: () => Promise<void>;
}

export function ExplorerPage(props: ExplorerPageProps) {
  const { demo, baseUrl, allowedOrigins, examples, onClearCache } = props;
  const [view, setView] = useView();
  const [titleQuery, setTitleQuery] = useState<string | null>(null);
  const paper = view.paper;

  const open = (next: string) => {
    setTitleQuery(null);
    setView({ paper: next, filters: { ...view.filters, yearFrom: null, yearTo: null } }, 'push');
  };

  return (
    <div className="app">
      <header className="app-header">
        <a className="brand" href={demo ? '?demo=1' : '?'}>
          Citescope
        </a>
        <SearchBox onOpen={open} onSearch={setTitleQuery} />
        {demo && <span className="demo-badge">Offline sample</span>}
        <SettingsDialog
          effectiveBaseUrl={baseUrl}
          allowedOrigins={allowedOrigins}
          checkBaseUrl={(value) => parseBaseUrl(value, allowedOrigins)}
          startupProblem={props.startupProblem}
          onSaved={() => window.location.reload()}
          onClearCache={onClearCache}
        />
      </header>
      <main className="app-main">
        {titleQuery !== null ? (
          <SearchResults query={titleQuery} onOpen={open} />
        ) : paper ? (
          <Explorer view={{ ...view, paper }} setView={setView} demo={demo} />
        ) : (
          <Welcome demo={demo} examples={examples} onOpen={open} />
        )}
      </main>
      <footer className="app-footer">
        Data from <a href="https://www.semanticscholar.org/">Semantic Scholar</a> (Allen Institute
        for AI), used under its API licence.
      </footer>
    </div>
  );
}
