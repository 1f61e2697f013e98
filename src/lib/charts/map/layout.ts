/**
 * The map's marks: one per review country, in a stable order (by name, so keyboard order does
 * not jump when the list is re-sorted), with its fill, where it sits and what it is called.
 * Pure, so the prerender and the browser draw the same thing.
 */
import { compareNames } from '$lib/i18n/collate';
import { countryLabel } from './card';
import { shapeElementId } from './isoNumeric';
import { attributeKey, type MapColouring } from './palette';
import type { MapPlace } from './projection';
import type { CapabilityChoice, MapColour, MapCountryRow } from './types';

export interface MapMark {
	row: MapCountryRow;
	place: MapPlace;
	/** Element id of the shape in the base map, or null when the base map has none. */
	shapeId: string | null;
	fill: string;
	/** What the colour stands for, as data: the count when colouring by mentions, else the
	 * category's code (data-value on the mark, checked against exports). */
	value: string;
	/** Accessible name of the country's link. */
	label: string;
}

export function mapMarks(
	rows: MapCountryRow[],
	places: Record<string, MapPlace>,
	colouring: MapColouring,
	colour: MapColour,
	capability: CapabilityChoice | null
): MapMark[] {
	return [...rows]
		.sort((a, b) => compareNames(a.name, b.name))
		.map((row) => {
			const place = places[row.map_iso3];
			if (!place) throw new Error(`No map place for ${row.iso3} (${row.map_iso3})`);
			return {
				row,
				place,
				shapeId: place.shape ? shapeElementId(place.atlas_id) : null,
				fill: colouring.fillOf(row),
				value: colour === 'mentions' ? String(row.mentions) : attributeKey(row, colour),
				// Worded when read: only the marks' markup reads it, and hydration adopts that markup
				// without writing it (adoptedMarkup), so a first visit never pays for 40-odd cards.
				get label() {
					return countryLabel(row, colour, capability);
				}
			};
		});
}

/** Where the card goes: at the country, opening leftwards and upwards when near an edge. */
export interface CardPosition {
	/** Percentages of the map's width and height. */
	left: number;
	top: number;
	alignRight: boolean;
	alignBottom: boolean;
}

export function cardPosition(place: MapPlace, width: number, height: number): CardPosition {
	const left = (place.x / width) * 100;
	const top = (place.y / height) * 100;
	return { left, top, alignRight: left > 55, alignBottom: top > 55 };
}
