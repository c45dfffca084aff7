import { afterEach, describe, expect, it, vi } from 'vitest'
import { h } from 'vue'
import { mount } from '@vue/test-utils'
import PrimeVue from 'primevue/config'
import { fireEvent, screen } from '@testing-library/dom'
import { createAppI18n } from '@/i18n'
import CsvDownload from '@/components/CsvDownload.vue'
import { csvFileName, toCsv } from '@/components/csv'
import { cleanup } from './helpers'

afterEach(cleanup)

describe('toCsv', () => {
  it('separates cells with semicolons and rows with CRLF', () => {
    expect(toCsv([['Code', 'Titre'], ['1.1.1', 'Sport santé']])).toBe('Code;Titre\r\n1.1.1;Sport santé\r\n')
  })

  it('quotes cells holding a separator, a quote or a line break', () => {
    expect(toCsv([['a;b', 'dit "oui"', 'deux\nlignes']])).toBe('"a;b";"dit ""oui""";"deux\nlignes"\r\n')
  })

  it('neutralises cells a spreadsheet would read as formulas', () => {
    expect(toCsv([['=SUM(A1)', '-2', '+33', '@x', '\tcmd', 'ok']])).toBe("'=SUM(A1);'-2;'+33;'@x;'\tcmd;ok\r\n")
  })

  it('makes file names safe, keeping accents', () => {
    expect(csvFileName('bilans-CLS 2 du Grand Quercy/Lot')).toBe('bilans-CLS 2 du Grand Quercy_Lot.csv')
    expect(csvFileName('Décisions.csv')).toBe('Décisions.csv')
  })
})

/** Reads what CsvDownload handed to the browser: the blob and the file name. */
function captureDownloads() {
  const blobs: Blob[] = []
  const names: string[] = []
  vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: (b: Blob) => (blobs.push(b), 'blob:csv'), revokeObjectURL: () => {} }))
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    names.push(this.download)
  })
  return { blobs, names }
}

const read = (b: Blob) =>
  new Promise<string>((resolve) => {
    const reader = new FileReader()
    reader.onload = () => resolve(String(reader.result))
    reader.readAsText(b)
  })

function mountButton(props: Record<string, unknown>) {
  return mount({ render: () => h(CsvDownload, props as never) }, { attachTo: document.body, global: { plugins: [createAppI18n('fr'), PrimeVue] } })
}

describe('CsvDownload', () => {
  it('saves the rows as a UTF-8 CSV with a byte order mark, formulas neutralised', async () => {
    const { blobs, names } = captureDownloads()
    mountButton({ filename: 'décisions-CLS 2', subject: 'Décisions', rows: [['Décision', 'Échéance'], ['=HYPERLINK("x")', '2026-03-01'], ['Relancer; les MSP', '']] })
    const button = screen.getByRole('button', { name: 'Télécharger en CSV : Décisions' })
    expect(button.textContent).toContain('Télécharger en CSV')
    await fireEvent.click(button)
    expect(names).toEqual(['décisions-CLS 2.csv'])
    expect(blobs).toHaveLength(1)
    expect(blobs[0].type).toBe('text/csv;charset=utf-8')
    const bytes = await new Promise<Uint8Array>((resolve) => {
      const reader = new FileReader()
      reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer))
      reader.readAsArrayBuffer(blobs[0])
    })
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect((await read(blobs[0])).replace(/^\uFEFF/, '')).toBe(
      'Décision;Échéance\r\n"\'=HYPERLINK(""x"")";2026-03-01\r\n"Relancer; les MSP";\r\n',
    )
  })

  it('is disabled while there is no row under the header', () => {
    mountButton({ filename: 'vide', rows: [['Nom']] })
    expect((screen.getByRole('button', { name: 'Télécharger en CSV' }) as HTMLButtonElement).disabled).toBe(true)
  })
})
