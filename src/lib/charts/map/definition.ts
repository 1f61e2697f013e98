/** The world map (/map, /embed/map) behind the chart contract. */
import type { ChartDefinition } from '$lib/charts/kit/definition';
import { mapModel, type MapModel } from './model';
import type { MapPlace } from './projection';
import type { CapabilityChoice, MapCountryRow } from './types';
import { chosenCapability, mapCountriesSql, mapMeta, mapParams } from './view';

/** What the map needs besides its rows: the capability names and where each country sits. */
export interface MapContext {
	capabilities: CapabilityChoice[];
	places: Record<string, MapPlace>;
}

export const mapChart: ChartDefinition<typeof mapParams, MapCountryRow, MapModel, MapContext> = {
	id: 'map',
	params: mapParams,
	sql: (state) => mapCountriesSql(state),
	model: ({ rows, state }, context) =>
		mapModel(rows, state, chosenCapability(state, context.capabilities)),
	meta: (model, { state }, search, context) => mapMeta(model.rows, state, search, context)
};
