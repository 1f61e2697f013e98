/**
 * The contract every chart with URL settings keeps: its id, its typed URL parameters, the SQL for a
 * state, the model drawn from an answer, and the words and rows that travel with it. ChartEmbed
 * (and chartView, for pages with controls) wire any definition to the URL, the prerendered rows,
 * the engine and the frame, so a chart's rules live in its own folder and nowhere else.
 */
import type { ParamSpecs, ParamState } from '$lib/url/params';
import type { ChartMeta } from '$lib/export/meta';

/** Rows together with the state that asked for them (see liveRows). */
export interface Answer<R, S extends ParamSpecs> {
	rows: R[];
	state: ParamState<S>;
}

/**
 * One chart kind. `C` is what the route hands in besides the rows (a country, the filters' names);
 * `void` when the chart needs nothing else.
 */
export interface ChartDefinition<S extends ParamSpecs, R, M, C = void> {
	/** Also the /embed/<id> route. */
	id: ChartMeta['id'];
	/** The URL parameters: allowed values (the type) and the one default of each. */
	params: S;
	/** The query for a state; the same text runs at prerender (Node) and in the browser. */
	sql(state: ParamState<S>, context: C): string;
	/** What the chart draws, from an answer and the state that asked for it. */
	model(answer: Answer<R, S>, context: C): M;
	/** The words and rows that travel with the chart (export, embed, briefing pack). */
	meta(model: M, answer: Answer<R, S>, search: string, context: C): ChartMeta;
}
