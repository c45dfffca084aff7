/**
 * The horizontal bar chart of the dashboard (ECharts, SVG renderer): one bar per series in each group.
 * Kept apart from the component so that the option can be tested alone and the library is loaded on first use.
 */
import * as echarts from 'echarts/core'
import { BarChart } from 'echarts/charts'
import { AriaComponent, GridComponent } from 'echarts/components'
import { SVGRenderer } from 'echarts/renderers'
import { COLOURS } from './barLayout'

echarts.use([BarChart, GridComponent, AriaComponent, SVGRenderer])

export interface BarChartData {
  /** The text alternative, given to ECharts as the chart's description so that it keeps the container's label. */
  alt: string
  series: string[]
  groups: { label: string; values: number[] }[]
  unit?: string
}

export function barOption(data: BarChartData): echarts.EChartsCoreOption {
  const unit = data.unit ?? ''
  return {
    animation: false,
    aria: { enabled: true, label: { description: data.alt } },
    color: COLOURS,
    // room on the left for the group labels (truncated at 180 px), on the right for the value labels
    grid: { left: 190, right: 72, top: 8, bottom: 8 },
    xAxis: { type: 'value', axisLabel: { show: false }, splitLine: { show: false } },
    yAxis: {
      type: 'category',
      inverse: true,
      data: data.groups.map((g) => g.label),
      axisTick: { show: false },
      axisLabel: { width: 180, overflow: 'truncate', color: '#1f2937' },
    },
    series: data.series.map((name, si) => ({
      name,
      type: 'bar',
      barMaxWidth: 16,
      data: data.groups.map((g) => g.values[si] ?? 0),
      label: { show: true, position: 'right', color: '#1f2937', formatter: (p: { value: number }) => `${p.value}${unit}` },
    })),
  }
}

export interface BarChartHandle {
  update(data: BarChartData): void
  dispose(): void
}

/** Draws the chart in `el` and follows the size of `el`; dispose() stops both. */
export function renderBarChart(el: HTMLElement, data: BarChartData): BarChartHandle {
  const chart = echarts.init(el, undefined, { renderer: 'svg' })
  chart.setOption(barOption(data))
  const resize = () => chart.resize()
  let observer: ResizeObserver | null = null
  if (typeof ResizeObserver !== 'undefined') {
    observer = new ResizeObserver(resize)
    observer.observe(el)
  } else {
    window.addEventListener('resize', resize)
  }
  return {
    update: (d) => {
      chart.setOption(barOption(d), true)
      chart.resize()
    },
    dispose: () => {
      if (observer) observer.disconnect()
      else window.removeEventListener('resize', resize)
      chart.dispose()
    },
  }
}
