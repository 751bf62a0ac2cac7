import type { UseComboboxPropGetters } from 'downshift';
import type { AutocompleteMatch } from '../../api/types';
import styles from './search-box.module.css';

interface SuggestionListProps {
  readonly matches: readonly AutocompleteMatch[];
  readonly getMenuProps: UseComboboxPropGetters<AutocompleteMatch>['getMenuProps'];
  readonly getItemProps: UseComboboxPropGetters<AutocompleteMatch>['getItemProps'];
}

/**
 * The popup of the search combobox. Focus never leaves the input, which points at the
 * highlighted option; the list stays in the document while empty (hidden) so the input's
 * aria-controls always names an element. Titles are text, never markup.
 */
export function SuggestionList({ matches, getMenuProps, getItemProps }: SuggestionListProps) {
  return (
    <ul {...getMenuProps({ className: styles.suggestions, hidden: matches.length === 0 })}>
      {matches.map((match, index) => (
        // Keyed by position: the API may list a paper twice, and the rows hold no state.
        <li key={index} {...getItemProps({ item: match, index, className: styles.suggestion })}>
          <bdi className={styles.suggestionTitle}>{match.title}</bdi>
          {match.authorsYear && <span className="muted"> {match.authorsYear}</span>}
        </li>
      ))}
    </ul>
  );
}
