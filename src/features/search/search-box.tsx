// The search box is a WAI-ARIA 1.2 combobox: focus stays in the input, which points at the
// active suggestion with aria-activedescendant; Enter without one submits the form as typed.
import { useId, useState, type KeyboardEvent, type SyntheticEvent } from 'react';
import type { AutocompleteMatch } from '../../api/types';
import { InvalidIdentifierError, parsePaperInput, formatIdForUrl } from '../../domain/identifier';
import { optionId, SuggestionList } from './suggestion-list';
import { useSuggestions } from './use-suggestions';

interface SearchBoxProps {
  /** Called with a value for `?paper=` when the input is an identifier or a picked suggestion. */
  readonly onOpen: (paper: string) => void;
  /** Called with the text when the input is a title. */
  readonly onSearch: (query: string) => void;
}

/** The next active index, wrapping; -1 (none active) steps to the first or the last option. */
function step(index: number, count: number, by: 1 | -1): number {
  if (index < 0) return by === 1 ? 0 : count - 1;
  return (index + by + count) % count;
}

export function SearchBox({ onOpen, onSearch }: SearchBoxProps) {
  const [value, setValue] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  // The active suggestion by paper id, not position: when a fresher list arrives the highlight
  // stays on the paper the user chose, or goes away, but never jumps to another paper.
  const [activeId, setActiveId] = useState<string | null>(null);
  const { matches, failed } = useSuggestions(value, open);
  const inputId = useId();
  const labelId = useId();
  const listId = useId();
  const problemId = useId();

  const expanded = matches.length > 0;
  const activeIndex = activeId === null ? -1 : matches.findIndex((m) => m.id === activeId);
  const active = matches[activeIndex];

  const close = () => {
    setOpen(false);
    setActiveId(null);
  };

  const pick = (match: AutocompleteMatch) => {
    setValue(match.title);
    setProblem(null);
    close();
    onOpen(match.id);
  };

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    close();
    try {
      const parsed = parsePaperInput(value);
      setProblem(null);
      if (parsed.kind === 'title') onSearch(parsed.query);
      else onOpen(formatIdForUrl(parsed));
    } catch (error) {
      if (!(error instanceof InvalidIdentifierError)) throw error;
      setProblem(error.reason);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      // Before the list is open (after Escape, say) the arrows reopen it, as the pattern asks.
      setOpen(true);
      if (!expanded) return;
      event.preventDefault();
      const next = step(activeIndex, matches.length, event.key === 'ArrowDown' ? 1 : -1);
      setActiveId(matches[next]?.id ?? null);
    } else if (event.key === 'Enter' && active && !event.nativeEvent.isComposing) {
      event.preventDefault();
      pick(active);
    } else if (event.key === 'Escape') {
      // Also stops a search input's own Escape, which would clear the text on the first press.
      event.preventDefault();
      // `open`, not `expanded`: an Escape while suggestions load cancels them, it does not clear.
      if (open) close();
      else {
        setValue('');
        setProblem(null);
      }
    }
  };

  const describedBy = problem ? problemId : undefined;

  return (
    <form className="search-box" role="search" onSubmit={submit}>
      <label id={labelId} htmlFor={inputId} className="visually-hidden">
        Paper title, DOI, arXiv id or URL
      </label>
      <div className="search-combobox">
        <input
          id={inputId}
          type="search"
          role="combobox"
          autoComplete="off"
          value={value}
          placeholder="Title, DOI, arXiv id, PubMed id or Semantic Scholar URL"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={active ? optionId(listId, activeIndex) : undefined}
          aria-invalid={problem !== null}
          aria-describedby={describedBy}
          onChange={(event) => {
            setValue(event.target.value);
            setProblem(null);
            setOpen(true);
            setActiveId(null);
          }}
          onKeyDown={onKeyDown}
          onBlur={close}
        />
        <SuggestionList
          id={listId}
          labelId={labelId}
          matches={matches}
          activeIndex={activeIndex}
          onPick={pick}
        />
      </div>
      <button type="submit">Open</button>
      <p className="visually-hidden search-announcer" aria-live="polite">
        {failed
          ? 'Title suggestions are unavailable; press Enter to search.'
          : expanded
            ? `${matches.length} ${matches.length === 1 ? 'suggestion' : 'suggestions'}; use the arrow keys to choose one.`
            : ''}
      </p>
      {problem && (
        <p id={problemId} className="search-problem" role="alert">
          {problem}
        </p>
      )}
    </form>
  );
}
