// A spreadsheet runs a cell that starts like a formula, so every text cell of a CSV Citescope
// writes goes through `guardFormulas`. The OWASP CSV-injection rules applied, and why:
// - Every cell is wrapped in double quotes, each inner quote doubled, so a separator inside a
//   value does not end the cell for a reader that honours quotes.
// - A cell that starts with = + - @ gets a leading apostrophe, which makes it text. "Starts" is
//   taken as a spreadsheet may take it: after white space, quotes or invisible characters (some
//   readers trim them), and in any compatibility form of those four (full-width ＝ ＋ － ＠,
//   small ﹦ …), which a spreadsheet may fold to the ASCII ones. OWASP's other option, an
//   apostrophe before every cell, would show in every value; here it shows only where needed.
// - OWASP warns that a separator inside a value can start a new cell: a file written with `,` is
//   often opened with `;` as the list separator (much of Europe), and then a quote in the middle
//   of a field is plain text. So the same check runs after every `,` and `;` inside a value, with
//   the apostrophe right after that separator.
// - Tab, carriage return and the other control characters become spaces: a row stays one line
//   and a tab (a separator when pasted) never starts a cell; OWASP lists both as formula starts.

const FORMULA_STARTS = new Set(['=', '+', '-', '@']);
const CONTROLS = /[\p{Cc}\u2028\u2029]/gu;
// A separator or the start of the value (in that order: the separator must win at index 0),
// then, looked at but not taken, any white space, quotes or invisible format characters (a
// zero-width space, a bidi mark) and the character after them.
const CELL_START = /([,;]|^)(?=[\s"\p{Cf}]*(.))/gu;

/** The value as a cell no spreadsheet runs as a formula (see the rules above). */
export function guardFormulas(value: string): string {
  return value
    .replace(CONTROLS, ' ')
    .replace(CELL_START, (start: string, _: string, next: string) =>
      FORMULA_STARTS.has(next.normalize('NFKC').charAt(0)) ? `${start}'` : start,
    );
}

/** One quoted CSV cell: text guarded, numbers as they are, null as an empty cell. */
export function csvCell(value: string | number | null): string {
  const text =
    typeof value === 'string' ? guardFormulas(value) : value === null ? '' : String(value);
  return `"${text.replaceAll('"', '""')}"`;
}
