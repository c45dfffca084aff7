/**
 * The chart of an indicator (ECharts, SVG renderer): its values over time against the baseline and the target.
 * Kept apart from the component so that tests can replace it (jsdom has no layout).
 */
import * as echarts from 'echarts/core'
import { LineChart } from 'echarts/charts'
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components'
import { SVGRenderer } from 'echarts/renderers'
import type { Indicator, Measurement } from '@/api/indicators'

echarts.use([LineChart, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, SVGRenderer])

export interface ChartLabels {
  values: string
  baseline: string
  target: string
}

export interface ChartHandle {
  update(indicator: Indicator, measurements: Measurement[]): void
  dispose(): void
}

function option(indicator: Indicator, measurements: Measurement[], labels: ChartLabels): echarts.EChartsCoreOption {
  const values = measurements.map((m) => [m.date, m.value])
  const baseline = indicator.baseline ? [[indicator.baseline.date, indicator.baseline.value]] : []
  const target = [[indicator.target.date, indicator.target.value]]
  const path = indicator.baseline ? [...baseline, ...target] : []
  return {
    animation: false,
    aria: { enabled: true },
    tooltip: { trigger: 'axis' },
    legend: { data: [labels.values, labels.target], top: 0, right: 0 },
    grid: { left: 48, right: 24, top: 48, bottom: 32 },
    xAxis: { type: 'time' },
    yAxis: { type: 'value', name: indicator.unit ?? '' },
    series: [
      { name: labels.values, type: 'line', data: [...baseline, ...values], symbolSize: 8, lineStyle: { width: 3 }, color: '#1d4ed8' },
      {
        name: labels.target,
        type: 'line',
        data: path.length ? path : target,
        symbol: 'diamond',
        symbolSize: 10,
        lineStyle: { type: 'dashed' },
        color: '#166534',
      },
    ],
  }
}

export function renderChart(el: HTMLElement, indicator: Indicator, measurements: Measurement[], labels: ChartLabels): ChartHandle {
  const chart = echarts.init(el, undefined, { renderer: 'svg' })
  chart.setOption(option(indicator, measurements, labels))
  const resize = () => chart.resize()
  window.addEventListener('resize', resize)
  return {
    update: (i, m) => chart.setOption(option(i, m, labels), true),
    dispose: () => {
      window.removeEventListener('resize', resize)
      chart.dispose()
    },
  }
}
