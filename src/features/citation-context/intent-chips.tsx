import type { Intent } from '../../domain/paper';
import styles from './citation-context.module.css';
import { INTENT_NAMES } from './intent-names';

const CHIP_CLASS: Readonly<Record<Intent, string | undefined>> = {
  background: styles.background,
  methodology: styles.methodology,
  result: styles.result,
};

/** Intent labels with the colour the graph's edges use, and the word, so colour is never alone. */
export function IntentChips({ intents }: { readonly intents: readonly Intent[] }) {
  if (intents.length === 0) return null;
  return (
    <span className={styles.chips}>
      {intents.map((intent) => (
        <span key={intent} className={`${styles.chip} ${CHIP_CLASS[intent] ?? ''}`}>
          {INTENT_NAMES[intent]}
        </span>
      ))}
    </span>
  );
}

export function InfluentialBadge() {
  return <span className={`${styles.chip} ${styles.influential}`}>Influential</span>;
}
