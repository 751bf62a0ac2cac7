import { GRAPH_SURFACE_ID } from './graph-focus';
import styles from './skip-link.module.css';
import { useView } from './view-context';

/** The main content, for when the graph is not drawn yet (still loading, or an error). */
function mainContent(): HTMLElement | null {
  const main = document.querySelector('main');
  if (main && !main.hasAttribute('tabindex')) main.tabIndex = -1;
  return main;
}

/**
 * The first Tab stop while a paper is open: past the header's controls, straight to the graph.
 * Focus moves by script, so the address (which holds the view) keeps no `#` fragment.
 */
export function SkipLink() {
  const [view] = useView();
  if (view.paper === null || view.search !== null) return null;
  return (
    <a
      className={styles.skipLink}
      href={`#${GRAPH_SURFACE_ID}`}
      onClick={(event) => {
        event.preventDefault();
        (document.getElementById(GRAPH_SURFACE_ID) ?? mainContent())?.focus();
      }}
    >
      Skip to graph
    </a>
  );
}
