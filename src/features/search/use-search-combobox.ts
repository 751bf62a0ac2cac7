// The search box as a WAI-ARIA 1.2 combobox, on Downshift's useCombobox. Downshift brings the
// pattern (roles, ids, aria-activedescendant, arrows that wrap, Escape, clicks that keep focus in
// the input); this hook controls what it cannot know about suggestions that arrive late:
// - "open" is the user's intent (typing, the arrows), set before any suggestion has come, so an
//   Escape while they load cancels them instead of clearing the text. Whether a list is actually
//   on screen is `shown`, which the input's aria-expanded reports.
// - The highlight is held by paper id, not position: when a fresher list arrives it stays on the
//   paper the user chose, or goes away, but never jumps to another paper.
// - Enter with nothing highlighted submits the form as typed (Downshift would swallow it), and
//   leaving the box closes the list without choosing the highlighted suggestion.
import { useCombobox, type UseComboboxState, type UseComboboxStateChangeOptions } from 'downshift';
import { useId, useState, type ChangeEvent, type KeyboardEvent } from 'react';
import type { AutocompleteMatch } from '../../api/types';
import { useSuggestions } from './use-suggestions';

type State = UseComboboxState<AutocompleteMatch>;

function stateReducer(
  state: State,
  { type, changes }: UseComboboxStateChangeOptions<AutocompleteMatch>,
) {
  switch (type) {
    case useCombobox.stateChangeTypes.InputBlur:
      // Downshift picks the highlighted suggestion when focus moves on; opening a paper takes
      // Enter or a click here, so leaving only closes the list.
      return { ...changes, selectedItem: state.selectedItem, inputValue: state.inputValue };
    case useCombobox.stateChangeTypes.InputClick:
      // A click in the text places the caret: it may bring the list back, never hide it.
      return state.isOpen ? state : changes;
    default:
      return changes;
  }
}

/** `onPick` receives a suggestion chosen by Enter or by a click. */
export function useSearchCombobox(onPick: (match: AutocompleteMatch) => void) {
  const [value, setValue] = useState('');
  const [open, setOpen] = useState(false);
  const [activeId, setActiveId] = useState<string | null>(null);
  const { matches, failed } = useSuggestions(value, open);
  const highlightedIndex = activeId === null ? -1 : matches.findIndex((m) => m.id === activeId);
  // Ours rather than Downshift's, so the label can name its input in plain JSX.
  const inputId = useId();
  const labelId = useId();

  const combobox = useCombobox<AutocompleteMatch>({
    inputId,
    labelId,
    // Downshift types its items as a mutable array but only reads them.
    items: matches as AutocompleteMatch[],
    itemToString: (match) => match?.title ?? '',
    itemToKey: (match) => match?.id,
    inputValue: value,
    isOpen: open,
    highlightedIndex,
    // Nothing stays selected, so picking the paper picked last time is news again.
    selectedItem: null,
    stateReducer,
    onInputValueChange: ({ inputValue }) => {
      setValue(inputValue);
    },
    onIsOpenChange: ({ isOpen }) => {
      setOpen(isOpen);
    },
    // `matches` here are the items of the render that dispatched this change: the index is theirs.
    onHighlightedIndexChange: ({ highlightedIndex: index }) => {
      setActiveId(matches[index]?.id ?? null);
    },
    onSelectedItemChange: ({ selectedItem }) => {
      if (selectedItem) onPick(selectedItem);
    },
  });

  const inputHandlers = {
    // Set here, in the event, as well as in onInputValueChange (which Downshift calls after the
    // render): a controlled input whose value lags one render loses its caret position.
    onChange: (event: ChangeEvent<HTMLInputElement>) => {
      setValue(event.target.value);
      setOpen(true);
      setActiveId(null);
    },
    onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => {
      if (event.key === 'Enter' && highlightedIndex < 0) {
        Object.assign(event.nativeEvent, { preventDownshiftDefault: true });
      }
    },
  };

  return {
    ...combobox,
    inputId,
    labelId,
    inputHandlers,
    value,
    matches,
    failed,
    shown: matches.length > 0,
    close: () => {
      setOpen(false);
      setActiveId(null);
    },
  };
}
