import { useId } from 'react';
import { parseThemePreference, type ThemePreference } from '../../ui/theme';
import { useTheme } from '../../ui/theme-context';
import styles from './theme-toggle.module.css';

const CHOICES: readonly { readonly value: ThemePreference; readonly label: string }[] = [
  { value: 'system', label: 'System' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

/** System, light or dark, for the header; the choice is kept with the settings. */
export function ThemeToggle() {
  const { preference, kept, choose } = useTheme();
  const id = useId();
  const noteId = useId();
  return (
    <div className={styles.toggle}>
      <label htmlFor={id}>Theme</label>
      <select
        id={id}
        value={preference}
        aria-describedby={kept ? undefined : noteId}
        onChange={(event) => {
          choose(parseThemePreference(event.target.value));
        }}
      >
        {CHOICES.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
      {!kept && (
        <span id={noteId} className="muted" role="status">
          for this visit only: the browser did not keep it
        </span>
      )}
    </div>
  );
}
