import { useId, useRef, useState, type SyntheticEvent } from 'react';
import { readSettings, writeSettings, type StoredSettings } from './settings-storage';

interface SettingsDialogProps {
  /** What the app is using now (after build-time defaults), shown as placeholders. */
  readonly effectiveBaseUrl: string;
  /** Applies stored settings; the app restarts its client (a reload keeps it simple). */
  readonly onSaved: () => void;
  /** Forgets every paper fetched so far, in memory and in the browser's storage. */
  readonly onClearCache: () => Promise<void>;
}

function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

export function SettingsDialog({ effectiveBaseUrl, onSaved, onClearCache }: SettingsDialogProps) {
  const [cleared, setCleared] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  const [draft, setDraft] = useState<StoredSettings>(() => readSettings(window.localStorage));
  const [problem, setProblem] = useState<string | null>(null);
  const titleId = useId();

  const open = () => {
    setDraft(readSettings(window.localStorage));
    setProblem(null);
    setCleared(false);
    dialog.current?.showModal();
  };

  const save = (event: SyntheticEvent) => {
    event.preventDefault();
    if (draft.baseUrl && !isHttpUrl(draft.baseUrl)) {
      setProblem('The API base URL must start with http:// or https://.');
      return;
    }
    writeSettings(window.localStorage, draft);
    dialog.current?.close();
    onSaved();
  };

  return (
    <>
      <button type="button" onClick={open}>
        Settings
      </button>
      <dialog ref={dialog} className="settings-dialog" aria-labelledby={titleId}>
        <form onSubmit={save}>
          <h2 id={titleId}>Settings</h2>
          <label className="field">
            API base URL
            <input
              type="url"
              value={draft.baseUrl ?? ''}
              placeholder={effectiveBaseUrl}
              onChange={(e) => setDraft({ ...draft, baseUrl: e.target.value.trim() || null })}
            />
          </label>
          <label className="field">
            Semantic Scholar API key
            <input
              type="password"
              autoComplete="off"
              value={draft.apiKey ?? ''}
              placeholder="none: shared public rate limit"
              onChange={(e) => setDraft({ ...draft, apiKey: e.target.value.trim() || null })}
            />
          </label>
          <p className="muted">The key is kept in this browser and sent only to the API above.</p>
          <label className="field">
            Minimum time between requests (ms)
            <input
              type="number"
              min={0}
              step={100}
              value={draft.paceMs ?? ''}
              placeholder="automatic"
              onChange={(e) =>
                setDraft({
                  ...draft,
                  paceMs: e.target.value === '' ? null : Math.max(0, Number(e.target.value)),
                })
              }
            />
          </label>
          <div className="field">
            <span>Cached papers</span>
            <button type="button" onClick={() => void onClearCache().then(() => setCleared(true))}>
              Clear the cache
            </button>
            {cleared && <span role="status">The cache is empty.</span>}
          </div>
          {problem && (
            <p role="alert" className="search-problem">
              {problem}
            </p>
          )}
          <div className="notice-actions">
            <button type="submit" className="primary">
              Save
            </button>
            <button type="button" onClick={() => dialog.current?.close()}>
              Cancel
            </button>
          </div>
        </form>
      </dialog>
    </>
  );
}
