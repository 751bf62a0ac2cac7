import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_S2_BASE_URL, parseBaseUrl } from '../../api/config';
import { SettingsDialog } from './settings-dialog';
import {
  localSettingsStorage,
  readSettings,
  SETTINGS_KEY,
  writeSettings,
} from './settings-storage';

const OWN = window.location.origin;
const ALLOWED = ['https://api.semanticscholar.org', OWN];

// jsdom has the <dialog> element but not its methods.
beforeAll(() => {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
});

beforeEach(() => {
  window.localStorage.clear();
});

function renderDialog(startupProblem: string | null = null, keyHeldByProxy = false) {
  const onSaved = vi.fn<() => void>();
  render(
    <SettingsDialog
      keyHeldByProxy={keyHeldByProxy}
      effectiveBaseUrl={DEFAULT_S2_BASE_URL}
      allowedOrigins={ALLOWED}
      checkBaseUrl={(value) => parseBaseUrl(value, ALLOWED)}
      startupProblem={startupProblem}
      onSaved={onSaved}
      onClearCache={() => Promise.resolve()}
    />,
  );
  return { onSaved, user: userEvent.setup() };
}

async function saveAddress(user: ReturnType<typeof userEvent.setup>, address: string) {
  await user.click(screen.getByRole('button', { name: 'Settings' }));
  const field = screen.getByLabelText('API base URL');
  await user.clear(field);
  await user.type(field, address);
  await user.click(screen.getByRole('button', { name: 'Save' }));
  return field;
}

describe('the API address in the settings', () => {
  it('names the origins this build may connect to', async () => {
    const { user } = renderDialog();
    await user.click(screen.getByRole('button', { name: 'Settings' }));
    const field = screen.getByLabelText('API base URL');
    const hint = document.getElementById(field.getAttribute('aria-describedby') ?? '');
    expect(hint).toHaveTextContent('https://api.semanticscholar.org');
    expect(hint).toHaveTextContent(`${OWN} (this app’s own address, for a proxy)`);
  });

  it('refuses an origin the build does not allow, saying which ones it does and how to add one', async () => {
    const { user, onSaved } = renderDialog();
    const field = await saveAddress(user, 'https://proxy.example/graph/v1');
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(`may only connect to https://api.semanticscholar.org, ${OWN}`);
    expect(alert).toHaveTextContent('VITE_S2_ALLOWED_ORIGINS');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(onSaved).not.toHaveBeenCalled();
    expect(window.localStorage.getItem(SETTINGS_KEY)).toBeNull();
  });

  it.each([
    'proxy.example/graph/v1',
    'javascript:alert(1)',
    'https://me:pw@api.semanticscholar.org',
  ])('refuses %s as an address, in its own words', async (address) => {
    const { user, onSaved } = renderDialog();
    await saveAddress(user, address);
    expect(screen.getByRole('alert')).toHaveTextContent(address);
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('stores an address on an allowed origin, tidied, and applies it', async () => {
    const { user, onSaved } = renderDialog();
    await saveAddress(user, `${OWN}/s2/graph/v1/`);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(readSettings(window.localStorage).baseUrl).toBe(`${OWN}/s2/graph/v1`);
    expect(onSaved).toHaveBeenCalledTimes(1);
  });

  it('shows why the stored address was not used at start-up, with the way to change it', async () => {
    window.localStorage.setItem(SETTINGS_KEY, JSON.stringify({ baseUrl: 'https://gone.example' }));
    const { user } = renderDialog('The API address in the settings is not used.');
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The API address in the settings is not used.',
    );
    await user.click(screen.getByRole('button', { name: 'Change the API address' }));
    expect(screen.getByLabelText('API base URL')).toHaveValue('https://gone.example');
  });

  it('says so, and keeps the dialog open, when the browser refuses to store the settings', async () => {
    const { user, onSaved } = renderDialog();
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await saveAddress(user, `${OWN}/s2/graph/v1`);
    expect(screen.getByRole('alert')).toHaveTextContent(
      'This browser refused to keep the settings',
    );
    expect(screen.getByRole('dialog')).toBeVisible();
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('starts with no settings, instead of failing, where storage is switched off', () => {
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('Access is denied.', 'SecurityError');
    });
    const none = { baseUrl: null, apiKey: null, paceMs: null, expansionBudget: null };
    expect(readSettings(localSettingsStorage())).toEqual(none);
    expect(writeSettings(localSettingsStorage(), none)).toBe(false);
  });
});

describe('papers per expansion', () => {
  it('is kept as a whole number up to what the API pages to, and emptied back to the default', async () => {
    const { user, onSaved } = renderDialog();
    await user.click(screen.getByRole('button', { name: 'Settings' }));
    const field = screen.getByLabelText('Papers per expansion, each way');
    await user.clear(field);
    await user.type(field, '25000');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSaved).toHaveBeenCalledTimes(1);
    expect(readSettings(localSettingsStorage()).expansionBudget).toBe(9_999);

    await user.click(screen.getByRole('button', { name: 'Settings' }));
    await user.clear(screen.getByLabelText('Papers per expansion, each way'));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(readSettings(localSettingsStorage()).expansionBudget).toBeNull();
  });
});

describe('the API key', () => {
  it('is asked for where the browser talks to the API itself', async () => {
    const { user } = renderDialog();
    await user.click(screen.getByRole('button', { name: 'Settings' }));
    expect(screen.getByLabelText('Semantic Scholar API key')).toBeInTheDocument();
  });

  it('is not asked for behind a lab’s proxy, which holds it, and the dialog says so', async () => {
    const { user } = renderDialog(null, true);
    await user.click(screen.getByRole('button', { name: 'Settings' }));
    expect(screen.queryByLabelText('Semantic Scholar API key')).toBeNull();
    expect(screen.getByRole('dialog')).toHaveTextContent(
      'This site’s proxy holds the Semantic Scholar API key',
    );
  });
});
