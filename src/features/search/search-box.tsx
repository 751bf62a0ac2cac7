import { useId, useState, type SyntheticEvent } from 'react';
import { InvalidIdentifierError, parsePaperInput, formatIdForUrl } from '../../domain/identifier';

interface SearchBoxProps {
  /** Called with a value for `?paper=` when the input is an identifier. */
  readonly onOpen: (paper: string) => void;
  /** Called with the text when the input is a title. */
  readonly onSearch: (query: string) => void;
}

export function SearchBox({ onOpen, onSearch }: SearchBoxProps) {
  const [value, setValue] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const inputId = useId();
  const problemId = useId();

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
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

  return (
    <form className="search-box" role="search" onSubmit={submit}>
      <label htmlFor={inputId} className="visually-hidden">
        Paper title, DOI, arXiv id or URL
      </label>
      <input
        id={inputId}
        type="search"
        value={value}
        placeholder="Title, DOI, arXiv id, PubMed id or Semantic Scholar URL"
        aria-invalid={problem !== null}
        aria-describedby={problem ? problemId : undefined}
        onChange={(event) => {
          setValue(event.target.value);
          setProblem(null);
        }}
      />
      <button type="submit">Open</button>
      {problem && (
        <p id={problemId} className="search-problem" role="alert">
          {problem}
        </p>
      )}
    </form>
  );
}
