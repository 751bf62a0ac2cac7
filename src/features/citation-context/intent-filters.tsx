import { INTENT_FILTERS, type GraphFilters, type IntentFilter } from '../../graph/filters';
import styles from './citation-context.module.css';
import { INTENT_NAMES } from './intent-names';

interface IntentFiltersProps {
  readonly filters: GraphFilters;
  readonly onChange: (filters: GraphFilters) => void;
}

/** "Influential only", and the intents: any checked one matches; none checked, no filter. */
export function IntentFilters({ filters, onChange }: IntentFiltersProps) {
  const toggle = (intent: IntentFilter, on: boolean) => {
    const chosen = new Set(filters.intents);
    if (on) chosen.add(intent);
    else chosen.delete(intent);
    onChange({ ...filters, intents: INTENT_FILTERS.filter((name) => chosen.has(name)) });
  };
  return (
    <fieldset className={styles.filters}>
      <legend>Why it cites</legend>
      <label>
        <input
          type="checkbox"
          checked={filters.influentialOnly}
          onChange={(e) => onChange({ ...filters, influentialOnly: e.target.checked })}
        />
        Influential only
      </label>
      {INTENT_FILTERS.map((intent) => (
        <label key={intent}>
          <input
            type="checkbox"
            checked={filters.intents.includes(intent)}
            onChange={(e) => toggle(intent, e.target.checked)}
          />
          {INTENT_NAMES[intent]}
        </label>
      ))}
    </fieldset>
  );
}
