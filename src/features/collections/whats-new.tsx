// "Check for new citations" and what the check found: the papers citing a seed now that did not
// at the last check. The app fetches and compares; this shows the outcome.
import type { Collection } from '../../domain/collection';
import styles from './collections-panel.module.css';
import {
  calendarDay,
  countOf,
  type NewCitationsView,
  type WhatsNewControls,
} from './collections-types';

interface WhatsNewProps {
  readonly collection: Collection;
  readonly controls: WhatsNewControls;
}

function Result({ result }: { readonly result: NewCitationsView }) {
  if (result.firstCheck) {
    return <p>First check: the citations now known are kept; the next check lists what is new.</p>;
  }
  const since = calendarDay(result.since);
  if (result.papers.length === 0) return <p>{`No new citing papers since ${since}.`}</p>;
  return (
    <>
      <p>{`${countOf(result.papers.length, 'new citing paper', 'new citing papers')} since ${since}`}</p>
      <ul data-list="new-citations" className={styles.newList}>
        {result.papers.map((paper) => (
          <li key={paper.id} data-paper-id={paper.id}>
            {paper.title ?? 'Untitled'}
            {paper.year !== null && <span className="muted">{` (${paper.year})`}</span>}
          </li>
        ))}
      </ul>
    </>
  );
}

export function WhatsNew({ collection, controls }: WhatsNewProps) {
  const mine = controls.collectionId === collection.id;
  const checking = mine && controls.checking;
  const result = mine && !checking ? controls.result : null;
  return (
    <div className={styles.whatsNew}>
      <div className={styles.actions}>
        <button
          type="button"
          disabled={checking || collection.seeds.length === 0}
          onClick={() => controls.onCheck(collection)}
        >
          Check for new citations
        </button>
        {collection.lastChecked && (
          <span className="muted">{`Last checked ${calendarDay(collection.lastChecked)}`}</span>
        )}
      </div>
      <div aria-live="polite">
        {checking && <p className="muted">Checking the seeds’ citations…</p>}
        {result && <Result result={result} />}
      </div>
    </div>
  );
}
