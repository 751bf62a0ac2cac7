import { SearchBox } from '../features/search/search-box';
import { SearchResults } from '../features/search/search-results';
import { SettingsDialog } from '../features/settings/settings-dialog';
import { PanelBoundary } from '../ui/panel-boundary';
import type { Example } from './demo-mode';
import { Explorer } from './explorer';
import { centredOn, searchingFor } from './url-codec';
import { useView } from './view-context';
import { Welcome } from './welcome';

interface ExplorerPageProps {
  readonly demo: boolean;
  readonly baseUrl: string;
  readonly examples: readonly Example[];
  readonly onClearCache: () => Promise<void>;
}

export function ExplorerPage({ demo, baseUrl, examples, onClearCache }: ExplorerPageProps) {
  const [view, setView] = useView();
  const open = (paper: string) => {
    setView((current) => centredOn(current, paper), 'push');
  };
  const search = (query: string) => {
    setView((current) => searchingFor(current, query), 'push');
  };
  const { paper } = view;

  return (
    <div className="app">
      <header className="app-header">
        <a className="brand" href={demo ? '?demo=1' : '?'}>
          Citescope
        </a>
        <PanelBoundary name="The search box">
          <SearchBox onOpen={open} onSearch={search} />
        </PanelBoundary>
        {demo && <span className="demo-badge">Offline sample</span>}
        <SettingsDialog
          effectiveBaseUrl={baseUrl}
          onSaved={() => window.location.reload()}
          onClearCache={onClearCache}
        />
      </header>
      <main className="app-main">
        <PanelBoundary name="This page">
          {view.search !== null ? (
            <SearchResults query={view.search} onOpen={open} />
          ) : paper ? (
            <Explorer view={{ ...view, paper }} setView={setView} demo={demo} />
          ) : (
            <Welcome demo={demo} examples={examples} onOpen={open} />
          )}
        </PanelBoundary>
      </main>
      <footer className="app-footer">
        Data from <a href="https://www.semanticscholar.org/">Semantic Scholar</a> (Allen Institute
        for AI), used under its API licence.
      </footer>
    </div>
  );
}
