import { useState } from 'react';
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
  readonly examples: readonly Example[];
  readonly onClearCache: () => Promise<void>;
}

export function ExplorerPage({ demo, baseUrl, examples, onClearCache }: ExplorerPageProps) {
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
