import type { ReactNode } from 'react';
import { SearchBox } from '../features/search/search-box';
import { SearchResults } from '../features/search/search-results';
import { PanelBoundary } from '../ui/panel-boundary';
import type { Example } from './demo-mode';
import { LazyExplorer } from './explorer-loader';
import { LibraryProvider } from './library-context';
import { LibraryControls } from './library-controls';
import styles from './layout.module.css';
import { centredOn, searchingFor } from './url-codec';
import { useView } from './view-context';
import { Welcome } from './welcome';

interface ExplorerPageProps {
  readonly demo: boolean;
  readonly examples: readonly Example[];
  /** The settings button and dialog, made by the composition root. */
  readonly settings: ReactNode;
}

export function ExplorerPage({ demo, examples, settings }: ExplorerPageProps) {
  const [view, setView] = useView();
  const open = (paper: string) => {
    setView((current) => centredOn(current, paper), 'push');
  };
  const search = (query: string) => {
    setView((current) => searchingFor(current, query), 'push');
  };
  return (
    <LibraryProvider>
      <div className={styles.app}>
        <header className={styles.header}>
          <a className={styles.brand} href={demo ? '?demo=1' : '?'}>
            Citescope
          </a>
          <div className={styles.search}>
            <PanelBoundary name="The search box">
              <SearchBox onOpen={open} onSearch={search} />
            </PanelBoundary>
          </div>
          {demo && <span className={styles.demoBadge}>Offline sample</span>}
          <LibraryControls />
          {settings}
        </header>
        <main className={styles.main}>
          <PanelBoundary name="This page">
            {view.search !== null ? (
              <SearchResults query={view.search} onOpen={open} />
            ) : view.seeds.length > 0 || view.paper ? (
              <LazyExplorer view={view} setView={setView} />
            ) : (
              <Welcome demo={demo} examples={examples} onOpen={open} />
            )}
          </PanelBoundary>
        </main>
        <footer className={styles.footer}>
          Data from <a href="https://www.semanticscholar.org/">Semantic Scholar</a> (Allen Institute
          for AI), used under its API licence.
        </footer>
      </div>
    </LibraryProvider>
  );
}
