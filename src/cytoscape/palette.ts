// The graph's colours in each theme. Cytoscape draws on a canvas and cannot read CSS custom
// properties, so the values live here; the light ones match the tokens in app.css. Exports
// always use the light palette (a figure goes on a white page).
export type Theme = 'light' | 'dark';

export interface Palette {
  readonly centre: string;
  readonly citation: string;
  readonly reference: string;
  readonly both: string;
  readonly bothRing: string;
  readonly selected: string;
  readonly edge: string;
  readonly label: string;
  /** Drawn around label text and node borders: the background the graph sits on. */
  readonly halo: string;
  readonly centreBorder: string;
  /** Edge colours by intent (Okabe–Ito hues, told apart with every common colour blindness). */
  readonly methodology: string;
  readonly result: string;
  readonly background: string;
  /** Influential edges: darker than the plain edge, whatever their intent. */
  readonly influential: string;
}

export const PALETTES: Readonly<Record<Theme, Palette>> = {
  light: {
    centre: '#6b7280',
    citation: '#16a34a',
    reference: '#2563eb',
    both: '#2563eb',
    bothRing: '#16a34a',
    selected: '#f59e0b',
    edge: '#94a3b8',
    label: '#111827',
    halo: '#ffffff',
    centreBorder: '#374151',
    methodology: '#d55e00',
    result: '#cc79a7',
    background: '#0072b2',
    influential: '#1f2937',
  },
  dark: {
    centre: '#9ca3af',
    citation: '#4ade80',
    reference: '#60a5fa',
    both: '#60a5fa',
    bothRing: '#4ade80',
    selected: '#fbbf24',
    edge: '#64748b',
    label: '#f3f4f6',
    halo: '#111827',
    centreBorder: '#e5e7eb',
    methodology: '#f28c3b',
    result: '#e59ccb',
    background: '#56b4e9',
    influential: '#f3f4f6',
  },
};
