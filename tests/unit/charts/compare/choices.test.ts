// The capability choices on /compare: all capabilities first, those without an income comparison
// marked, and a capability from the URL that the list lacks still shown as chosen.
import { describe, expect, it } from 'vitest';
import { copy } from '$lib/copy';
import { capabilityChoices } from '$lib/charts/compare/choices';

const listed = [
	{ capability_id: 3, short_name: 'Legislation', compared: false },
	{ capability_id: 12, short_name: 'Hotline', compared: true }
];
const nameOf = (id: number) =>
	({ 3: 'Legislation', 5: 'Offender management', 12: 'Hotline' })[id] ?? '';

describe('capabilityChoices', () => {
	it('offers every capability, marking those the review does not compare', () => {
		expect(capabilityChoices(listed, null, nameOf)).toEqual([
			{ value: '', text: copy.compare.allCapabilities },
			{ value: '3', text: `3. Legislation ${copy.compare.notCompared}` },
			{ value: '12', text: '12. Hotline' }
		]);
	});
	it('keeps a chosen capability that has no group figures, so the select shows it', () => {
		const choices = capabilityChoices(listed, '5', nameOf);
		expect(choices).toHaveLength(4);
		expect(choices.at(-1)).toEqual({
			value: '5',
			text: `5. Offender management ${copy.compare.notCompared}`
		});
		expect(capabilityChoices(listed, '12', nameOf)).toHaveLength(3);
	});
});
