/**
 * View state in the URL. Each page declares its parameters (allowed values and defaults); parsing
 * keeps what is valid and reports what it ignored, so the page can say so and carry on. A
 * parameter's allowed values are its type: a page reads `'overall' | 'income' | 'countries'`, not
 * `string`, and a parameter whose default is a value is never null.
 */
export interface ParamSpec<V extends string = string> {
	/** Allowed values; a type guard validates free-form values (e.g. a numeric id). */
	values: readonly V[] | ((v: string) => v is V) | ((v: string) => boolean);
	/** The one default of the parameter: a value, or null for "not set". */
	default: V | null;
	/** With a validating function: the values a reader picks from a list (fetched ahead, see prefetch.ts). */
	choices?: readonly string[];
}

export type ParamSpecs = Record<string, ParamSpec>;

/** The values a parameter allows, as a type. */
export type ParamValue<P> = P extends { values: readonly (infer V extends string)[] }
	? V
	: P extends { values: (v: string) => v is infer V extends string }
		? V
		: string;

/** A page's state: each parameter's allowed values, or null only where its default is null. */
export type ParamState<S extends ParamSpecs> = {
	[K in keyof S]: S[K] extends { default: null } ? ParamValue<S[K]> | null : ParamValue<S[K]>;
};

export interface Parsed<S extends ParamSpecs> {
	state: ParamState<S>;
	/** Human-readable notes on parameters that were ignored. */
	ignored: string[];
}

const allowed = (spec: ParamSpec, v: string) =>
	typeof spec.values === 'function' ? spec.values(v) : spec.values.includes(v);

/**
 * The value a reader's choice stands for: null ("no setting") becomes the parameter's default, a
 * value it does not allow is refused (undefined).
 */
export function acceptValue(spec: ParamSpec, raw: string | null): string | null | undefined {
	if (raw === null) return spec.default;
	return allowed(spec, raw) ? raw : undefined;
}

/** Writes one parsed value into a state; the only place a checked string becomes a parameter's type. */
export function setValue<S extends ParamSpecs>(
	state: ParamState<S>,
	key: keyof S,
	value: string | null
) {
	(state as Record<keyof S, string | null>)[key] = value;
}

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
		if (raw === null) setValue(state, key, specs[key].default);
		else if (allowed(specs[key], raw)) setValue(state, key, raw);
		else {
			setValue(state, key, specs[key].default);
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
