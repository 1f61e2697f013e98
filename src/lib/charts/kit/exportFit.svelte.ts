/**
 * The size a chart is laid out at for an export. A slide or square export draws the chart afresh
 * at the size of the band the frame leaves it (exporter.ts asks compose.ts for it), instead of
 * shrinking the screen drawing into it, so the chart's text keeps its design size. ChartFrame
 * provides one per chart; the chart reads it and passes it to its pure layout function. It is set
 * for the moment the exporter copies the SVG and cleared before the next paint, so the page never
 * shows the export layout.
 */
import { getContext, setContext } from 'svelte';

import type { ExportFit } from '$lib/export/compose';
export type { ExportFit };

export class ExportFitState {
	current = $state<ExportFit | null>(null);
}

const KEY = Symbol('export-fit');

/** For ChartFrame: the chart inside it lays out at this size while it is set. */
export function provideExportFit(): ExportFitState {
	return setContext(KEY, new ExportFitState());
}

/** For a chart: its frame's export size (never set outside a frame, as in an embed's tests). */
export function exportFit(): ExportFitState {
	return getContext<ExportFitState | undefined>(KEY) ?? new ExportFitState();
}
