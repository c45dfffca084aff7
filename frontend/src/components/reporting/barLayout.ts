/** Colours and size of the dashboard bar charts, apart from ECharts so that the component can use them before it loads. */

/** Series colours, shared by the chart and its legend (contrast ≥ 3:1 on white). */
export const COLOURS = ['#1d4ed8', '#15803d', '#b45309', '#7c3aed', '#be123c']

/** Height in pixels a chart needs for its groups and series. */
export function chartHeight(seriesCount: number, groupCount: number): number {
  return Math.max(1, groupCount) * (Math.max(1, seriesCount) * 18 + 14) + 24
}
