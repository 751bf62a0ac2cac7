// Where an import comes from: a reference manager's export or pasted identifiers. Whichever the
// reader touched last is read, and the form says which, so a chosen file and pasted text never
// mix silently.
import { useId, useState, type SyntheticEvent } from 'react';
import { IMPORT_ACCEPT, readSourceFile, type ImportSource } from './import-source';
import styles from './import-dialog.module.css';

interface ImportSourceFormProps {
  readonly busy: boolean;
  readonly onRead: (source: ImportSource) => void;
  readonly onProblem: (problem: string) => void;
}

export function ImportSourceForm({ busy, onRead, onProblem }: ImportSourceFormProps) {
  const [file, setFile] = useState<File | null>(null);
  const [text, setText] = useState('');
  const [from, setFrom] = useState<'file' | 'text'>('text');
  const hintId = useId();
  const useFile = from === 'file' && file !== null;

  const read = async (event: SyntheticEvent) => {
    event.preventDefault();
    if (busy) return;
    if (!useFile) {
      onRead({ text, fileName: null });
      return;
    }
    const source = await readSourceFile(file);
    if (typeof source === 'string') onProblem(source);
    else onRead(source);
  };

  return (
    <form className={styles.source} onSubmit={(event) => void read(event)}>
      <label className="field">
        File (.bib, .ris, CSL-JSON)
        <input
          type="file"
          accept={IMPORT_ACCEPT}
          onChange={(event) => {
            setFile(event.currentTarget.files?.[0] ?? null);
            setFrom('file');
          }}
        />
      </label>
      <label className="field">
        Or paste identifiers, one per line
        <textarea
          className={styles.paste}
          rows={3}
          value={text}
          spellCheck={false}
          placeholder={'10.1038/nature14539\narXiv:1706.03762\nPMID: 25719670'}
          aria-describedby={hintId}
          onChange={(event) => {
            setText(event.currentTarget.value);
            setFrom('text');
          }}
        />
      </label>
      <p id={hintId} className="muted">
        DOIs, arXiv ids or links, PubMed ids, Semantic Scholar links.{' '}
        {useFile
          ? `“${file.name}” will be read.`
          : text.trim()
            ? 'The pasted text will be read.'
            : ''}
      </p>
      {/* Not `disabled`: that would drop the focus of a reader who has just pressed it. */}
      <button type="submit" className="primary" aria-disabled={busy}>
        Read entries
      </button>
    </form>
  );
}
