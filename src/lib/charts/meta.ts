// The chart-to-export contract lives with the exports (the lower layer); charts and views build it.
export type { ChartColumn, ChartMeta } from '$lib/export/meta';
