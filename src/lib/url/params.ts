/**
 * View state in the URL. Each page declares its parameters (allowed values and defaults); parsing
 * keeps what is valid and reports what it ignored, so the page can say so and carry on.
 */
export interface ParamSpec {
	/** Allowed values; a function validates free-form values (e.g. a numeric id). */
	values: readonly string[] | ((v: string) => boolean);
	default: string | null;
	/** With a validating function: the values a reader picks from a list (fetched ahead, see prefetch.ts). */
	choices?: readonly string[];
}

export type ParamSpecs = Record<string, ParamSpec>;
export type ParamState<S extends ParamSpecs> = { [K in keyof S]: string | null };

export interface Parsed<S extends ParamSpecs> {
	state: ParamState<S>;
	/** Human-readable notes on parameters that were ignored. */
	ignored: string[];
}

const allowed = (spec: ParamSpec, v: string) =>
	typeof spec.values === 'function' ? spec.values(v) : spec.values.includes(v);

export function parseParams<S extends ParamSpecs>(specs: S, params: URLSearchParams): Parsed<S> {
	const state = {} as ParamState<S>;
	const ignored: string[] = [];
	for (const key of Object.keys(specs) as (keyof S & string)[]) {
		const raw = params.get(key);
		const count = params.getAll(key).length;
		if (count > 1)
			ignored.push(
				`"${key}" appears ${count} times in the address; the first value ("${truncate(raw ?? '')}") is used.`
			);
		if (raw === null) state[key] = specs[key].default;
		else if (allowed(specs[key], raw)) state[key] = raw;
		else {
			state[key] = specs[key].default;
			ignored.push(`"${key}=${truncate(raw)}" is not a valid value, so the default is shown.`);
		}
	}
	for (const key of new Set(params.keys()))
		// Own keys only: "toString" or "__proto__" in an address is not a setting of any page.
		if (!Object.hasOwn(specs, key))
			ignored.push(`"${truncate(key)}" is not a setting of this page and was ignored.`);
	return { state, ignored };
}

/** Query string for a state, leaving out defaults so shared links stay short. */
export function toSearch<S extends ParamSpecs>(specs: S, state: ParamState<S>): string {
	const params = new URLSearchParams();
	for (const key of Object.keys(specs)) {
		const v = state[key];
		if (v !== null && v !== specs[key].default) params.set(key, v);
	}
	const s = params.toString();
	return s ? `?${s}` : '';
}

function truncate(s: string, max = 40): string {
	return s.length > max ? s.slice(0, max) + '…' : s;
}
