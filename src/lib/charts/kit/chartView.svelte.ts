/**
 * A chart definition brought to life: the URL state, the live rows (prerendered for the default
 * view, asked of the engine otherwise), and the model and meta of the answer shown. Pages with
 * their own controls use it directly; embeds go through ChartEmbed.
 */
import { liveView } from '$lib/live/liveView.svelte';
import type { ParamSpecs } from '$lib/url/params';
import type { ChartDefinition } from './definition';
import { getLocale } from '$lib/paraglide/runtime';
import { localizeRows } from '$lib/i18n/datasetLabels';

export function chartView<S extends ParamSpecs, R, M, C>(
	definition: ChartDefinition<S, R, M, C>,
	prerendered: () => R[],
	context: () => C
) {
	const { view, live } = liveView<S, R>(definition.params, prerendered, (state) =>
		definition.sql(state, context())
	);
	// The one place rows take the page's language: names of countries, regions, income groups,
	// domains and capabilities (prerendered and live rows alike); codes stay for the chart's logic.
	const answer = $derived({ rows: localizeRows(live.rows, getLocale()), state: live.state });
	const model = $derived(definition.model(answer, context()));
	const meta = $derived(definition.meta(model, answer, view.search, context()));
	return {
		view,
		live,
		get model() {
			return model;
		},
		get meta() {
			return meta;
		}
	};
}
