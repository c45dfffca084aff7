/**
 * Rows as CSV for spreadsheets set to French: `;` between cells, CRLF between rows, cells quoted when they hold
 * a separator, a quote or a line break. Cells starting with = + - @ are prefixed with ' (no formula injection).
 */
export function toCsv(rows: string[][]): string {
  return rows.map((r) => r.map(cell).join(';')).join('\r\n') + '\r\n'
}

function cell(value: string): string {
  let v = value ?? ''
  if (/^[=+\-@]/.test(v)) v = `'${v}`
  return /[;"\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v
}
