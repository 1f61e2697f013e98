/**
 * What the map says about one country: the card shown on hover or focus, and the same words as
 * the link's accessible name. Counts are worded as "named as an example", never as having.
 */
import { copy } from '$lib/copy';
import { attributeLabel } from './palette';
import type { CapabilityChoice, MapColour, MapCountryRow } from './types';

export interface CardLine {
	label: string;
	value: string;
	/** The attribute the map is coloured by. */
	current: boolean;
}

export interface CountryCard {
	title: string;
	lines: CardLine[];
	/** "Named as an example 3 times for capability 12 (Hotline)". */
	mentions: string;
	/** Extra line on how the country is drawn, when the map shape is not the review's unit. */
	drawnAs: string | null;
}

const ATTRIBUTES: Exclude<MapColour, 'mentions'>[] = ['income', 'region', 'survey', 'safeonline'];

/** Countries whose map shape covers more than the review's respondent: short and long wording. */
export const DRAWN_AS: Record<string, { readonly short: string; readonly note: string }> = {
	// Getters: the words are read in the page's language at each use, not at module load.
	GBR: {
		get short() {
			return copy.map.card.drawnAs;
		},
		get note() {
			return copy.map.notes.englandWales;
		}
	}
};

/** How the map draws a country, when that needs saying (England and Wales). */
export function drawnAsNote(iso3: string): string | null {
	return DRAWN_AS[iso3]?.note ?? null;
}

export function countryCard(
	row: MapCountryRow,
	colour: MapColour,
	capability: CapabilityChoice | null
): CountryCard {
	return {
		title: row.name,
		lines: ATTRIBUTES.map((a) => ({
			label: copy.map.colours[a],
			value: attributeLabel(row, a),
			current: a === colour
		})),
		mentions: copy.map.named(row.mentions, copy.map.scope(capability)),
		drawnAs: DRAWN_AS[row.iso3]?.short ?? null
	};
}

/** The accessible name of a country's link: the coloured attribute first, then the count. */
export function countryLabel(
	row: MapCountryRow,
	colour: MapColour,
	capability: CapabilityChoice | null
): string {
	const card = countryCard(row, colour, capability);
	const current = card.lines.find((l) => l.current);
	return [
		card.title,
		current ? `${current.label}${copy.colon} ${current.value}` : null,
		card.mentions,
		card.drawnAs
	]
		.filter(Boolean)
		.join('. ');
}
