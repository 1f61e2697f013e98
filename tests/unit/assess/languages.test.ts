// The self-assessment in its three languages: every assess_ message is in English, French and
// Spanish (none empty, French typography kept), every word the page reads from copy.assess changes
// with the page's language, numbers are written the page's way, and an answer file is the same
// whichever language's page wrote it.
import { readFileSync } from 'node:fs';
import { render } from 'svelte/server';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { getLocale, overwriteGetLocale } from '../../../src/lib/paraglide/runtime';
import { copy } from '../../../src/lib/copy';
import {
	answerFileName,
	readAnswerFile,
	serializeAnswerFile,
	toAnswerFile
} from '../../../src/lib/assess/answerFile';
import { comparisonRows } from '../../../src/lib/assess/comparison';
import { chartMeta, domainCharts } from '../../../src/lib/assess/charts';
import ComparisonChart from '../../../src/lib/assess/ComparisonChart.svelte';
import type { AssessData } from '../../../src/lib/assess/load';
import type { Locale } from '../../../src/lib/i18n/locales';
import { assessData } from './dataset';

const original = getLocale;
const as = (l: Locale) => overwriteGetLocale(() => l);
afterEach(() => overwriteGetLocale(original));

const catalogue = (locale: string) =>
	JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8')) as Record<string, string>;
const assessKeys = (c: Record<string, string>) =>
	Object.keys(c).filter((k) => k.startsWith('assess_'));

let data: AssessData;
beforeAll(async () => {
	data = await assessData();
}, 60_000);

describe('assess_ messages', () => {
	const en = catalogue('en');
	const keys = assessKeys(en);

	it('are many (the whole page), and every one is in French and Spanish, none empty', () => {
		expect(keys.length).toBeGreaterThan(250);
		for (const locale of ['fr', 'es']) {
			const other = catalogue(locale);
			expect(assessKeys(other).sort(), locale).toEqual([...keys].sort());
			for (const key of keys) {
				expect(en[key].trim(), `en ${key}`).toBeTruthy();
				expect(other[key]?.trim(), `${locale} ${key}`).toBeTruthy();
			}
		}
	});

	it('sit in one block at the end of each file', () => {
		for (const locale of ['en', 'fr', 'es']) {
			const all = Object.keys(catalogue(locale));
			const first = all.findIndex((k) => k.startsWith('assess_'));
			expect(
				all.slice(first).every((k) => k.startsWith('assess_')),
				locale
			).toBe(true);
		}
	});

	it('keep French typography: no-break spaces before : ; ? ! and inside « »', () => {
		const fr = catalogue('fr');
		for (const key of keys) {
			const text = fr[key];
			expect(text, key).not.toMatch(/ [:;?!»]|« /);
			for (const m of text.matchAll(/[;?!]/g))
				expect(text[m.index - 1], `${key}: ${m[0]}`).toBe('\u202f');
			// A colon follows a no-break space, except in a time or a URL (none here).
			for (const m of text.matchAll(/:/g)) expect(text[m.index - 1], `${key}: ':'`).toBe('\u00a0');
		}
	});

	it('give every survey question a text, whose English is the dataset’s own', () => {
		for (const q of data.questions) expect(en[`assess_question_${q.question_id}`]).toBe(q.text);
		expect(keys.filter((k) => k.startsWith('assess_question_'))).toHaveLength(
			data.questions.length
		);
	});
});

/** Every string copy.assess holds (getters read now), with its path. */
function leaves(value: unknown, path = 'assess'): [string, string][] {
	if (typeof value === 'string') return [[path, value]];
	if (value === null || typeof value !== 'object') return [];
	return Object.keys(value).flatMap((k) =>
		leaves((value as Record<string, unknown>)[k], `${path}.${k}`)
	);
}

describe('copy.assess follows the page language', () => {
	// Symbols and words spelled alike in English and the other language.
	const SAME: Record<string, RegExp> = {
		fr: /\.(svg|png|csv|n|pct|question|option|note|section|citation|questionLabel)$|\.files\.title$|Introduction/,
		es: /\.(svg|png|csv|n|pct|no)$/
	};
	for (const locale of ['fr', 'es'] as const) {
		it(`${locale}: no word is left in English`, () => {
			as('en');
			const english = new Map(leaves(copy.assess));
			as(locale);
			const other = leaves(copy.assess);
			expect(other.length).toBe(english.size);
			expect(other.length).toBeGreaterThan(120);
			const same = other.filter(
				([path, text]) => english.get(path) === text && !SAME[locale].test(path)
			);
			expect(same).toEqual([]);
		});
	}

	it('writes numbers the page’s way', () => {
		as('fr');
		expect(copy.assess.form.answered(32, 42)).toBe('32 sur 42 répondues');
		expect(copy.assess.saved.saved(1234)).toBe(
			'Enregistré dans ce navigateur · 1\u202f234 questions répondues'
		);
		// French says "0 réponse", in the singular.
		expect(copy.assess.merge.used(0)).toBe(
			'Les réponses fusionnées sont désormais les vôtres\u00a0: 0 réponse.'
		);
		as('es');
		expect(copy.assess.form.answered(32, 42)).toBe('32 de 42 respondidas');
		expect(copy.assess.merge.used(0)).toBe(
			'Las respuestas combinadas son ahora las suyas: 0 respuestas.'
		);
		as('en');
		expect(copy.assess.form.answered(32, 42)).toBe('32 of 42 answered');
		expect(copy.assess.saved.saved(1)).toBe('Saved in this browser · 1 question answered');
	});

	it('names sections, domains and capabilities from the dataset translations', () => {
		as('fr');
		expect(copy.assess.section('Criminal Justice')).toBe('Justice pénale');
		expect(copy.assess.section('Introduction')).toBe('Introduction');
		expect(copy.assess.section('Closing')).toBe('Pour finir');
		const rows = comparisonRows(data.questions, data.figures, { q46: 'no' });
		const victims = domainCharts(rows, data.domains, data.capabilities).find(
			(c) => c.key === 'd3'
		)!;
		expect(victims.name).toBe('Victimes');
		expect(chartMeta(victims).title).toBe('Victimes\u00a0: vos réponses à côté de l’étude');
		expect(chartMeta(victims).columns.map((c) => c.label)).toContain('Votre réponse');
	});

	it('draws the comparison chart in French, with French numbers', () => {
		as('fr');
		const rows = comparisonRows(data.questions, data.figures, { q46: 'no' });
		const chart = domainCharts(rows, data.domains, data.capabilities).find((c) => c.key === 'd3')!;
		const { body } = render(ComparisonChart, {
			props: { chart, examples: new Map(), capabilityName: (id: number) => `Capacité ${id}` }
		});
		expect(body).toMatch(/40 sur 42 · 95[\u00a0\u202f]% ·/);
		expect(body).toMatch(/data-yours="no"[\s\S]*?>Non</);
		expect(body).toContain('Pays que l’étude cite en exemple');
		expect(body).not.toContain('40 of 42 ·');
		expect(body).not.toContain('Countries the review names as examples');
	});
});

describe('answer files are the same in every language', () => {
	const set = {
		country: 'Kenya',
		respondent: 'Ministère',
		answers: {
			q7: 'yes',
			q10: 'no',
			q17: [
				'There are laws requiring Internet Service Providers (ISPs) to report suspected CSAM to law enforcement or to some other mandated agency'
			]
		}
	};
	const when = new Date('2026-12-04T09:30:00Z');

	it('writes the same bytes on /fr/, /es/ and English pages, and reads them back on each', () => {
		const written = (['fr', 'es', 'en'] as const).map((l) => {
			as(l);
			return serializeAnswerFile(toAnswerFile(set, 'v1', when));
		});
		expect(new Set(written).size).toBe(1);
		for (const l of ['en', 'es'] as const) {
			as(l);
			const r = readAnswerFile(written[0], { questions: data.questions, datasetVersion: 'v1' });
			expect(r.ok, l).toBe(true);
			if (r.ok) expect(r.file.answers).toEqual(set.answers);
		}
	});

	it('names the file in the page’s words and says what is wrong in them', () => {
		as('fr');
		expect(answerFileName('Kenya', '2026-12-04')).toBe('mnr-auto-evaluation-kenya-2026-12-04.json');
		const bad = JSON.stringify({
			...JSON.parse(serializeAnswerFile(toAnswerFile(set, 'v1', when))),
			answers: { q7: 'oui' }
		});
		const r = readAnswerFile(bad, { questions: data.questions, datasetVersion: 'v1' });
		expect(r.ok).toBe(false);
		if (!r.ok)
			expect(copy.assess.files.problem('k.json', r.problem)).toBe(
				'k.json n’a pas été importé, et rien n’a changé\u00a0: la réponse à la question 7 ne correspond pas à la question (attendu\u00a0: l’une des valeurs yes, no).'
			);
		as('en');
		expect(answerFileName('Kenya', '2026-12-04')).toBe('mnr-self-assessment-kenya-2026-12-04.json');
	});
});
