import type { AutocompleteMatch } from '../../api/types';

interface SuggestionListProps {
  readonly id: string;
  readonly labelId: string;
  readonly matches: readonly AutocompleteMatch[];
  readonly activeIndex: number;
  readonly onPick: (match: AutocompleteMatch) => void;
}

/** The element id of one option, for the input's `aria-activedescendant`. */
export function optionId(listId: string, index: number): string {
  return `${listId}-option-${index}`;
}

/**
 * The popup of the search combobox. Focus never leaves the input, which points at the active
 * option instead; options are therefore not focusable and keyboard handling lives in the input.
 * The list stays in the document while empty (hidden) so the input's aria-controls always
 * names an element.
 */
export function SuggestionList({ id, labelId, matches, activeIndex, onPick }: SuggestionListProps) {
  return (
    <ul
      id={id}
      role="listbox"
      aria-labelledby={labelId}
      className="search-suggestions"
      hidden={matches.length === 0}
      // Pressing the mouse would blur the input, which closes this list before the click lands.
      onMouseDown={(event) => {
        event.preventDefault();
      }}
    >
      {matches.map((match, index) => (
        // Keyed by position: the API may list a paper twice, and the rows hold no state.
        // Keyboard users choose through the input (aria-activedescendant), so a click handler
        // without a key handler is the pattern here, not a gap.
        // eslint-disable-next-line jsx-a11y/click-events-have-key-events
        <li
          key={index}
          id={optionId(id, index)}
          role="option"
          aria-selected={index === activeIndex}
          className="search-suggestion"
          onClick={() => {
            onPick(match);
          }}
        >
          <span className="search-suggestion-title">{match.title}</span>
          {match.authorsYear && <span className="muted"> {match.authorsYear}</span>}
        </li>
      ))}
    </ul>
  );
}
