// Claim extraction: what counts as a numeric claim, its value, qualifier, base and negation.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/lib/check/claims';
import { parseNumber, parseWordFraction } from '../../../src/lib/check/numbers';

const claims = (s: string) =>
	extractClaims(s).claims.map((c) => ({
		text: c.text,
		kind: c.kind,
		qualifier: c.qualifier,
		value: Math.round(c.value * 100) / 100,
		base: c.base,
		negated: c.negated
	}));

describe('numbers in words', () => {
	it.each([
		['nine', 9],
		['forty-two', 42],
		['forty two', 42],
		['Ninety', 90],
		['a hundred', 100],
		['76.2', 76.2],
		['seventy-ten', NaN]
	])('%s = %d', (raw, value) => expect(parseNumber(raw)).toBe(value));

	it.each([
		['half', 50],
		['three-quarters', 75],
		['two thirds', 66.67],
		['a third', 33.33],
		['one-fifth', 20],
		['four-thirds', NaN]
	])('%s = %d%%', (raw, value) =>
		Number.isNaN(value)
			? expect(parseWordFraction(raw)).toBeNaN()
			: expect(parseWordFraction(raw)).toBeCloseTo(value, 1)
	);
});

describe('extractClaims', () => {
	it('reads percentages in every spelling', () => {
		expect(
			claims('76 per cent, 76%, 76.2 percent, 76percent and ninety per cent').map((c) => [
				c.text,
				c.value
			])
		).toEqual([
			['76 per cent', 76],
			['76%', 76],
			['76.2 percent', 76.2],
			['76percent', 76],
			['ninety per cent', 90]
		]);
	});

	it('reads counts out of a base, and counts of countries', () => {
		expect(claims('In 32 of 42 countries, 29 out of the 41 and thirty-two governments.')).toEqual([
			{
				text: '32 of 42',
				kind: 'fraction',
				qualifier: 'exact',
				value: 32,
				base: 42,
				negated: false
			},
			{
				text: '29 out of the 41',
				kind: 'fraction',
				qualifier: 'exact',
				value: 29,
				base: 41,
				negated: false
			},
			{
				text: 'thirty-two governments',
				kind: 'count',
				qualifier: 'exact',
				value: 32,
				base: null,
				negated: false
			}
		]);
	});

	it('reads shares in words, with their qualifiers', () => {
		expect(
			claims(
				'Over three-quarters of states, nine in ten hotlines. Most countries; almost all have one.'
			).map((c) => [c.text, c.qualifier, c.value])
		).toEqual([
			['Over three-quarters', 'over', 75],
			['nine in ten', 'exact', 90],
			['Most countries', 'over', 50],
			['almost all', 'almost', 100]
		]);
	});

	it('leaves years, money, page numbers and idioms alone', () => {
		expect(claims('In 2021 the fund spent $5 million, see page 42 of 120.')).toEqual([
			// "42 of 120" is a count out of a base; with no topic it will find no matching figure.
			{
				text: '42 of 120',
				kind: 'fraction',
				qualifier: 'exact',
				value: 42,
				base: 120,
				negated: false
			}
		]);
		expect(claims('Nepal is one of the 42 countries reviewed.')).toEqual([]);
		expect(claims('In the second half of 2022, one country changed its law.')).toEqual([]);
		expect(claims('Five million reports were made in 2023.')).toEqual([]);
	});

	it('takes the "of the 42 countries" as a base, not a claim', () => {
		const r = extractClaims('Of the 41 countries that answered, 71 per cent involve children.');
		expect(r.bases).toEqual([41]);
		expect(r.claims.map((c) => c.text)).toEqual(['71 per cent']);
	});

	it('finds negations in the claim’s own clause only', () => {
		expect(claims('17 countries have no support system.')[0].negated).toBe(true);
		expect(claims('41 per cent of countries lack one.')[0].negated).toBe(true);
		expect(claims('There is no national database in 28 countries.')[0].negated).toBe(true);
		expect(
			claims('Three-quarters (76 per cent, 32 of 42) of countries do not have one.').map(
				(c) => c.negated
			)
		).toEqual([true, true, true]);
		expect(claims('90% of countries have a hotline, but none has a database.')[0].negated).toBe(
			false
		);
		expect(claims('No fewer than 30 countries have a strategy.')[0].negated).toBe(false);
	});

	it('gives each claim its own clause', () => {
		const s = 'Nine in ten countries have a hotline, and 95% have a child helpline.';
		const [a, b] = extractClaims(s).claims;
		// The comma, not the "and" after it, is where the first clause ends.
		expect(s.slice(a.region.start, a.region.end)).toBe('Nine in ten countries have a hotline');
		expect(s.slice(b.region.start, b.region.end)).toBe(', and 95% have a child helpline.');
	});

	it('notices bases that are not countries', () => {
		expect(extractClaims('80 per cent of victims are girls.').claims[0].otherBase).toBe('victims');
		expect(extractClaims('One in five children saw it.').claims[0].otherBase).toBe('children');
		expect(
			extractClaims('80 per cent of countries have children’s helplines.').claims[0].otherBase
		).toBeUndefined();
	});

	it('reports "of all countries" and "worldwide"', () => {
		expect(extractClaims('Of all countries, 80% have one.').allCountries).toBe(true);
		expect(extractClaims('80% of countries worldwide have one.').worldwide).toBe(true);
	});
});
