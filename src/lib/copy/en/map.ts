/** Interface strings of the map area: the world map and the country pages (see ../en.ts). */
import * as m from '$lib/paraglide/messages';

const times = (n: number) => (n === 1 ? 'once' : `${n} times`);

export const map = {
	pageTitle: 'World map',
	description: (n: number) =>
		`The ${n} countries of Framing the Future on a world map, coloured by income group, region, survey, Safe Online funding or how often the review names each as an example.`,
	lede: (n: number) =>
		`The ${n} countries whose answers the review analyses. Choose what to colour them by; hover over or tab to a country for its details, and select it to open its page. The same data is listed under the map.`,
	colourLabel: 'Colour by',
	colours: {
		income: 'Income group',
		region: 'Region',
		survey: 'Survey answered',
		safeonline: 'Safe Online funding',
		mentions: 'Times named as an example'
	},
	capabilityLabel: 'Count examples for',
	allCapabilities: 'All capabilities',
	survey: {
		alliance: 'Alliance survey of governments',
		unicef: 'UNICEF / End Violence study'
	},
	safeOnline: {
		global: 'Funded (global scope)',
		regional: 'Funded (regional scope)',
		unspecified: 'Funded (scope not printed)',
		none: 'Not listed as funded'
	},
	// The legend adds the number of countries in brackets: "Not named (3)".
	zero: 'Not named',
	basemapFailed: 'The map’s country shapes could not be loaded; the list below has the same data.',
	notInReview: 'Not one of the review’s countries',
	skipMap: 'Skip the map’s country links to the list',
	legendLabel: (what: string) => `Legend: ${what}`,
	countriesUnit: (n: number) => (n === 1 ? '1 country' : `${n} countries`),

	/** Scope of a mention count: all capabilities, or one. */
	scope: (capability: { capability_id: number; short_name: string } | null) =>
		capability
			? `for capability ${capability.capability_id} (${capability.short_name})`
			: 'across the 21 capabilities',
	/** "Named as an example 3 times for capability 12 (Hotline)" — never "has". */
	named: (n: number, scope: string) =>
		n === 0 ? `Not named as an example ${scope}` : `Named as an example ${times(n)} ${scope}`,
	namedShort: (n: number) => (n === 0 ? 'not named' : `named ${times(n)}`),

	title: {
		income: 'The review’s countries by income group',
		region: 'The review’s countries by region',
		survey: 'Which survey each country answered',
		safeonline: 'Which countries the review lists as receiving Safe Online funding',
		mentions: 'How often the review names each country as an example'
	},
	subtitle: (n: number, alliance: number, unicef: number) =>
		`${n} countries: ${alliance} answered the Alliance survey, ${unicef} took part in the UNICEF / End Violence study. Other countries are grey.`,
	subtitleMentions: (n: number, total: number, scope: string) =>
		`${total} examples naming one of the ${n} countries, ${scope}. Other countries are grey.`,

	notes: {
		englandWales:
			'England and Wales answered the survey as one respondent. The review keeps that name (and writes “UK” for interventions that cover the whole country); the map has no shape for England and Wales alone, so it colours the whole United Kingdom.',
		markers: (names: string[]) =>
			`${names.join(', ')} ${names.length === 1 ? 'is' : 'are'} too small to see at this scale, so ${names.length === 1 ? 'it is' : 'they are'} also marked with a circle.`,
		notRating:
			'Being named as an example is not a rating: the review does not assess countries, and a country it does not name may still do the work.',
		countRule:
			'Counted: each place a capability’s tables, boxes or text names the country. Lists of survey participants and funding recipients are not counted here; they are shown on each country page.',
		safeOnlineScope:
			'The review prints a scope (global or regional) in brackets for some recipients only; the others are shown as “scope not printed”.',
		income: 'Income groups are the World Bank list the review cites (fiscal year 2022).',
		region: 'Regions are UNICEF’s, as the review uses them.'
	},

	zoom: {
		label: 'Zoom the map',
		in: 'Zoom in',
		out: 'Zoom out',
		reset: 'Whole world',
		/** Said in an export of a zoomed map, under its legend. */
		exportNote: (times: string, where: string) => `Zoomed in ${times}× on ${where}.`,
		around: (country: string) => `the area around ${country}`,
		/** Pan with the arrow keys while a zoom button has focus. */
		keys: 'When zoomed in, the arrow keys move the map while a zoom button has focus.',
		presets: {
			europe: 'Europe and Central Asia',
			africa: 'Africa and the Middle East',
			asia: 'Asia and the Pacific',
			americas: 'Americas'
		}
	},

	list: {
		title: 'The countries as a list',
		intro: 'Select a column heading to sort. Each name opens the country’s page.',
		caption: (what: string) => `The review’s countries, with ${what.toLowerCase()}`,
		country: 'Country',
		mentions: 'Named as an example',
		sortBy: (what: string) => `Sort by ${what.toLowerCase()}`
	},

	card: {
		open: 'Select to open the country page',
		/** On touch screens and phones a tap shows the card; the link opens the page. */
		openLink: 'Open country page',
		close: 'Close',
		drawnAs: 'Drawn as the whole United Kingdom'
	},

	/** Alt text pieces. */
	alt: {
		categories: (what: string, parts: string[]) =>
			`World map of the review’s countries coloured by ${what.toLowerCase()}: ${parts.join('; ')}. Other countries are grey.`,
		mentions: (scope: string, most: string, least: string) =>
			`World map of the review’s countries shaded by how often the review names each as an example ${scope}. Named most often: ${most}. ${least}`,
		leastNamed: (names: string[], n: number) =>
			n === 0
				? 'Every country is named at least once.'
				: `Not named: ${names.join(', ')}${names.length < n ? ` and ${n - names.length} more` : ''} (${n === 1 ? '1 country' : `${n} countries`}).`,
		noneNamed: (scope: string) =>
			`World map of the review’s countries. None of them is named as an example ${scope}.`
	},

	/** The site's error page (it speaks of countries when a country address is wrong). */
	errors: {
		get notFoundTitle() {
			return m.error_not_found_title();
		},
		get notFound() {
			return m.error_not_found();
		},
		get otherTitle() {
			return m.error_other_title();
		},
		get home() {
			return m.error_home();
		}
	},

	/** The country pages. */
	country: {
		description: (name: string) =>
			`What Framing the Future (2022) records about ${name}: income group, region, survey, Safe Online funding, and every place the review names it as an example.`,
		lede: 'One of the 42 countries whose answers Framing the Future analyses.',
		notAssessment:
			'The review does not assess or rank countries. Being named as an example below is not a rating, and it is not evidence that the country has (or lacks) a capability: it records that the review cites the country at that point.',
		factsTitle: 'What the review records about the country',
		facts: {
			income: 'Income group',
			region: 'Region',
			survey: 'Survey answered',
			safeOnline: 'Safe Online funding',
			listed: 'Listed among the 42 as',
			note: 'Also noted'
		},
		sourceLabel: 'Source',
		mentionsTitle: (name: string, n: number) =>
			n === 0
				? `Where the review names ${name} as an example`
				: `Where the review names ${name} as an example (${n})`,
		mentionsIntro: (n: number, capabilities: number) =>
			n === 0
				? 'The review does not name this country as an example of any capability.'
				: `Named as an example ${times(n)}, under ${capabilities} ${capabilities === 1 ? 'capability' : 'capabilities'}. Summaries are in our own words; each gives the place in the review.`,
		crossCutting: 'Across the review (not tied to one capability)',
		crossCuttingIntro:
			'Lists of the countries that took part in each survey or received funding. They are not counted as examples of a capability.',
		kind: {
			table: 'Table',
			box: 'Box',
			text: 'In the text',
			list: 'List',
			figure: 'Figure'
		},
		subject: 'Subject',
		capabilityLink: (id: number, name: string) => `Capability ${id}: ${name}`,
		chartTitle: (name: string) => `Examples naming ${name}, by capability`,
		chartTitleDomain: (name: string) => `Examples naming ${name}, by domain`,
		chartSubtitle: (n: number) =>
			`${n} ${n === 1 ? 'example' : 'examples'} tied to a capability; counts, not a rating.`,
		byLabel: 'Count by',
		by: { capability: 'Capability', domain: 'Domain' },
		chartAlt: (
			name: string,
			total: number,
			top: string,
			unnamed: number,
			of: number,
			unit: string
		) =>
			total === 0
				? `Bar chart: the review names ${name} as an example under none of the ${of} ${unit}.`
				: `Bar chart of how often the review names ${name} as an example, per ${unit.replace(/ies$/, 'y').replace(/s$/, '')}: ${total} in all. Most: ${top}. ${unnamed} of ${of} ${unit} do not name it.`,
		chartNote:
			'A bar counts the places the review names the country for that capability; a longer bar is not a better score.',
		neighbours: 'More countries',
		previous: 'Previous country',
		next: 'Next country',
		get backToMap() {
			return m.country_back_to_map();
		},
		get notFoundTitle() {
			return m.country_not_found_title();
		},
		opening: (code: string) => m.country_opening({ code }),
		notFound: (code: string) => m.country_not_found({ code }),
		errorTitle: 'This page could not be shown'
	}
} as const;
