/**
 * Rows as CSV for spreadsheets set to French: `;` between cells, CRLF between rows, cells quoted when they hold
 * a separator, a quote or a line break. Cells starting with = + - @ (or a tab / carriage return) are prefixed
 * with ' so that a spreadsheet does not run them as formulas.
 */
export function toCsv(rows: string[][]): string {
  return rows.map((r) => r.map(cell).join(';')).join('\r\n') + '\r\n'
}

function cell(value: string | number | null | undefined): string {
  let v = value == null ? '' : String(value)
  if (/^[=+\-@\t\r]/.test(v)) v = `'${v}`
  return /[;"\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v
}

/** The CSV file: UTF-8 with a byte order mark, so that Excel reads the accents. */
export function csvBlob(rows: string[][]): Blob {
  return new Blob(['\uFEFF' + toCsv(rows)], { type: 'text/csv;charset=utf-8' })
}

/** A file name safe on every system, ending in .csv (letters with accents are kept). */
export function csvFileName(name: string): string {
  const base = name.replace(/\.csv$/i, '').replace(/[^\p{L}\p{N}._\- ]+/gu, '_').trim() || 'export'
  return `${base}.csv`
}

/** A number as a spreadsheet set to `locale` reads it: no grouping, the locale's decimal separator. */
export function csvNumber(value: number | string | null | undefined, locale: string): string {
  if (value == null || value === '') return ''
  return new Intl.NumberFormat(locale, { useGrouping: false, maximumFractionDigits: 2 }).format(Number(value))
}
