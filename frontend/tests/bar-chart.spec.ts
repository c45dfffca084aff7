import { afterEach, describe, expect, it } from 'vitest'
import { h } from 'vue'
import { flushPromises, mount } from '@vue/test-utils'
import { fireEvent, screen, within } from '@testing-library/dom'
import { createAppI18n } from '@/i18n'
import BarChart from '@/components/reporting/BarChart.vue'
import { barOption } from '@/components/reporting/barChart'
import { cleanup } from './helpers'

afterEach(cleanup)

const data = {
  alt: 'Financements par année : 2025 12000 / 3000, 2026 5000 / 0.',
  series: ['Prévu', 'Versé'],
  groups: [
    { label: '2025', values: [12000, 3000] },
    { label: '2026', values: [5000, 0] },
  ],
  unit: ' €',
}

describe('bar chart option', () => {
  it('draws one horizontal bar series per series, the groups as categories, described by the text alternative', () => {
    const o = barOption(data) as Record<string, any>
    expect(o.aria).toEqual({ enabled: true, label: { description: data.alt } })
    expect(o.yAxis).toMatchObject({ type: 'category', data: ['2025', '2026'] })
    expect(o.xAxis).toMatchObject({ type: 'value' })
    expect(o.series).toHaveLength(2)
    expect(o.series.map((s: { name: string }) => s.name)).toEqual(['Prévu', 'Versé'])
    expect(o.series.map((s: { type: string }) => s.type)).toEqual(['bar', 'bar'])
    expect(o.series[0].data).toEqual([12000, 5000])
    expect(o.series[1].data).toEqual([3000, 0])
    expect(o.series[1].label.formatter({ value: 3000 })).toBe('3000 €')
  })
})

describe('BarChart', () => {
  it('names the chart by its text alternative, shows it as text and the table on demand', async () => {
    const wrapper = mount(
      { render: () => h(BarChart, { title: 'Financements par année', ...data }, () => h('table', { 'aria-label': 'Détail' }, [h('tbody', [h('tr', [h('td', '12000')])])])) },
      { attachTo: document.body, global: { plugins: [createAppI18n('fr')] } },
    )
    await flushPromises()
    await new Promise((r) => setTimeout(r, 50))
    await flushPromises()
    const figure = screen.getByRole('figure', { name: 'Financements par année' })
    const chart = within(figure).getByRole('img', { name: data.alt })
    // ECharts drew its SVG in the container and kept the text alternative as the container's name
    expect(chart.querySelector('svg')).toBeTruthy()
    expect(chart.getAttribute('aria-label')).toBe(data.alt)
    expect(within(figure).getByText(data.alt, { selector: 'p' })).toBeTruthy()
    expect(within(figure).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Prévu', 'Versé'])

    expect(screen.queryByRole('table', { name: 'Détail' })).toBeNull()
    const toggle = within(figure).getByRole('button', { name: 'Afficher le tableau' })
    await fireEvent.click(toggle)
    expect(toggle.getAttribute('aria-expanded')).toBe('true')
    expect(screen.getByRole('table', { name: 'Détail' })).toBeTruthy()
    expect(within(figure).getByRole('button', { name: 'Masquer le tableau' })).toBe(toggle)
    wrapper.unmount()
    expect(chart.querySelector('svg')).toBeNull()
  })
})
