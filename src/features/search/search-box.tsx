// The box where a search starts: a title gets suggestions as it is typed and is searched on
// Enter; an id or a link opens its paper directly; anything malformed is explained in place.
import { useId, useState, type SyntheticEvent } from 'react';
import { InvalidIdentifierError, parsePaperInput, formatIdForUrl } from '../../domain/identifier';
import styles from './search-box.module.css';
import { SuggestionList } from './suggestion-list';
import { useSearchCombobox } from './use-search-combobox';

interface SearchBoxProps {
  /** Called with a value for `?paper=` when the input is an identifier or a picked suggestion. */
  readonly onOpen: (paper: string) => void;
  /** Called with the normalised text when the input is a title. */
  readonly onSearch: (query: string) => void;
}

/** A problem belongs to the text it was found in, and goes as soon as that text changes. */
interface Problem {
  readonly text: string;
  readonly reason: string;
}

export function SearchBox({ onOpen, onSearch }: SearchBoxProps) {
  const [problem, setProblem] = useState<Problem | null>(null);
  const box = useSearchCombobox((match) => {
    onOpen(match.id);
  });
  const shownProblem = problem?.text === box.value ? problem.reason : null;
  const problemId = useId();

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    box.close();
    try {
      const parsed = parsePaperInput(box.value);
      setProblem(null);
      if (parsed.kind === 'title') onSearch(parsed.query);
      else onOpen(formatIdForUrl(parsed));
    } catch (error) {
      if (!(error instanceof InvalidIdentifierError)) throw error;
      setProblem({ text: box.value, reason: error.reason });
    }
  };

  const count = box.matches.length;
  return (
    <form className={styles.box} role="search" onSubmit={submit}>
      <label id={box.labelId} htmlFor={box.inputId} className="visually-hidden">
        Paper title, DOI, arXiv id or URL
      </label>
      <div className={styles.combobox}>
        <input
          {...box.getInputProps({
            ...box.inputHandlers,
            type: 'search',
            placeholder: 'Title, DOI, arXiv id, PubMed id or Semantic Scholar URL',
            // Open is the intent; expanded says whether a list is on screen now.
            'aria-expanded': box.shown,
            'aria-invalid': shownProblem !== null,
            'aria-describedby': shownProblem === null ? undefined : problemId,
          })}
        />
        <SuggestionList
          matches={box.matches}
          getMenuProps={box.getMenuProps}
          getItemProps={box.getItemProps}
        />
      </div>
      <button type="submit">Open</button>
      <p className="visually-hidden" aria-live="polite" data-testid="search-announcer">
        {box.failed
          ? 'Title suggestions are unavailable; press Enter to search.'
          : box.shown
            ? `${count} ${count === 1 ? 'suggestion' : 'suggestions'}; use the arrow keys to choose one.`
            : ''}
      </p>
      {shownProblem !== null && (
        <p id={problemId} className={styles.problem} role="alert">
          {shownProblem}
        </p>
      )}
    </form>
  );
}
