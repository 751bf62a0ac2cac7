import { useEffect } from 'react';
import type { Example } from './demo-mode';
import { useLibraryActions } from './library-context';
import styles from './welcome.module.css';

interface WelcomeProps {
  readonly demo: boolean;
  readonly examples: readonly Example[];
  readonly onOpen: (paper: string) => void;
}

export function Welcome({ demo, examples, onOpen }: WelcomeProps) {
  const library = useLibraryActions();
  const collections = library?.collections.slice(0, 5) ?? [];
  // The graph's code is most of the app's weight: fetch it while the researcher is typing.
  useEffect(() => {
    const preload = () => void import('../cytoscape/graph-canvas');
    // Not every browser has idle callbacks (Safari); a short timer does the same there.
    const idle: Partial<Pick<Window, 'requestIdleCallback' | 'cancelIdleCallback'>> = window;
    if (idle.requestIdleCallback && idle.cancelIdleCallback) {
      const cancel = idle.cancelIdleCallback.bind(window);
      const handle = idle.requestIdleCallback.call(window, preload);
      return () => {
        cancel(handle);
      };
    }
    const timer = window.setTimeout(preload, 500);
    return () => {
      window.clearTimeout(timer);
    };
  }, []);
  return (
    <section className={styles.welcome} aria-labelledby="welcome-heading">
      <h1 id="welcome-heading">Explore a paper’s citation network</h1>
      <p>
        Paste a DOI, an arXiv id or URL, a PubMed id, a Semantic Scholar link, or type a title.
        Citescope draws the paper with its references and the papers that cite it. Starting from a
        reference manager? <strong>Import</strong> (above) takes a .bib, RIS or CSL-JSON file and
        draws its papers together as seeds.
      </p>
      {library && collections.length > 0 && (
        <>
          <h2>Your collections</h2>
          <ul>
            {collections.map((collection) => (
              <li key={collection.id}>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => library.open(collection)}
                >
                  {collection.name}
                </button>
                <span className="muted">
                  {' '}
                  — {collection.seeds.length} {collection.seeds.length === 1 ? 'seed' : 'seeds'}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      {demo ? (
        <>
          <p>
            You are exploring the offline sample: generated papers served inside your browser, no
            network needed.
          </p>
          <ul>
            {examples.map((example) => (
              <li key={example.id}>
                <button type="button" className="link-button" onClick={() => onOpen(example.id)}>
                  {example.label}
                </button>
                {example.description && <span className="muted"> — {example.description}</span>}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>
          No network, or just looking around? <a href="?demo=1">Explore the offline sample</a>.
        </p>
      )}
    </section>
  );
}
