import { useState } from 'react';
import { SearchBox } from '../features/search/search-box';
import { SearchResults } from '../features/search/search-results';
import type { Example } from './demo-mode';
import { Neighbourhood } from './neighbourhood';
import { useUrlState } from './url-state';
import { Welcome } from './welcome';

interface ExplorerPageProps {
  readonly demo: boolean;
  readonly examples: readonly Example[];
}

export function ExplorerPage({ demo, examples }: ExplorerPageProps) {
  const [url, navigate] = useUrlState();
  const [titleQuery, setTitleQuery] = useState<string | null>(null);

  const open = (paper: string) => {
    setTitleQuery(null);
    navigate({ paper });
  };

  return (
    <div className="app">
      <header className="app-header">
        <a className="brand" href={demo ? '?demo=1' : '?'}>
          Citescope
        </a>
        <SearchBox onOpen={open} onSearch={setTitleQuery} />
        {demo && <span className="demo-badge">Offline sample</span>}
      </header>
      <main className="app-main">
        {titleQuery !== null ? (
          <SearchResults query={titleQuery} onOpen={open} />
        ) : url.paper ? (
          <Neighbourhood key={url.paper} paperInput={url.paper} demo={demo} onOpen={open} />
        ) : (
          <Welcome demo={demo} examples={examples} onOpen={open} />
        )}
      </main>
      <footer className="app-footer">
        Data from <a href="https://www.semanticscholar.org/">Semantic Scholar</a> (Allen Institute
        for AI).
      </footer>
    </div>
  );
}
