import { describe, expect, it } from 'vitest'
import { toCsv } from '@/components/plan/csv'

describe('toCsv', () => {
  it('separates cells with semicolons and rows with CRLF', () => {
    expect(toCsv([['Code', 'Titre'], ['1.1.1', 'Sport santé']])).toBe('Code;Titre\r\n1.1.1;Sport santé\r\n')
  })

  it('quotes cells holding a separator, a quote or a line break', () => {
    expect(toCsv([['a;b', 'dit "oui"', 'deux\nlignes']])).toBe('"a;b";"dit ""oui""";"deux\nlignes"\r\n')
  })

  it('neutralises cells a spreadsheet would read as formulas', () => {
    expect(toCsv([['=SUM(A1)', '-2', '+33', '@x', 'ok']])).toBe("'=SUM(A1);'-2;'+33;'@x;ok\r\n")
  })
})
