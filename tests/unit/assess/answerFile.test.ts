// Answer files: what Export writes reads back unchanged, and every way a file can be wrong (not
// JSON, another kind of file, a newer or older format, missing or mistyped fields, an answer that
// does not fit its question, another country) is refused with its own reason.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
	answerFileName,
	readAnswerFile,
	sameCountry,
	serializeAnswerFile,
	toAnswerFile,
	type FileReading
} from '../../../src/lib/assess/answerFile';
import type { AssessData } from '../../../src/lib/assess/load';
import { assessData } from './dataset';

let data: AssessData;
beforeAll(async () => {
	data = await assessData();
}, 60_000);

const ISP =
	'There are laws requiring Internet Service Providers (ISPs) to report suspected CSAM to law enforcement or to some other mandated agency';

function valid(over: Record<string, unknown> = {}) {
	return {
		format: 'mnr-explorer-self-assessment',
		schemaVersion: 1,
		datasetVersion: 'testversion1',
		country: 'Kenya',
		respondent: 'Ministry of ICT',
		exportedAt: '2026-12-04T09:30:00.000Z',
		answers: { q7: 'yes', q17: [ISP], q8: 'A national taskforce' },
		...over
	};
}

const read = (value: unknown, country?: string): FileReading =>
	readAnswerFile(typeof value === 'string' ? value : JSON.stringify(value), {
		questions: data.questions,
		datasetVersion: 'testversion1',
		country
	});
const problemOf = (r: FileReading) => (r.ok ? null : r.problem);

describe('answer files', () => {
	it('reads back what export writes', () => {
		const set = {
			country: ' Kenya ',
			respondent: 'Ministry of ICT',
			answers: { q7: 'yes', q10: '', q17: [ISP], q55: [] }
		};
		const file = toAnswerFile(set, 'testversion1', new Date('2026-12-04T09:30:00Z'));
		expect(file.country).toBe('Kenya');
		expect(Object.keys(file.answers)).toEqual(['q7', 'q17']);
		const r = read(serializeAnswerFile(file));
		expect(r).toMatchObject({ ok: true, otherDataset: false, unknownQuestions: [] });
		if (r.ok) expect(r.file).toEqual(file);
	});

	it('refuses damaged text and files that are not answer files', () => {
		expect(problemOf(read('{"format": "mnr-explorer-self-assessment", "answ'))?.kind).toBe(
			'damaged'
		);
		// A real CSV from this repository and a real JSON file that is something else.
		expect(problemOf(read(readFileSync('data/survey_questions.csv', 'utf8')))?.kind).toBe(
			'damaged'
		);
		expect(problemOf(read(readFileSync('package.json', 'utf8')))).toEqual({
			kind: 'not-answer-file'
		});
		expect(problemOf(read([valid()]))).toEqual({ kind: 'not-answer-file' });
		expect(problemOf(read('null'))).toEqual({ kind: 'not-answer-file' });
		expect(problemOf(read('x'.repeat(2_000_001)))).toEqual({ kind: 'too-large' });
	});

	it('names the version when it cannot read it', () => {
		expect(problemOf(read(valid({ schemaVersion: 2 })))).toEqual({
			kind: 'newer-version',
			version: 2
		});
		expect(problemOf(read(valid({ schemaVersion: 0 })))).toEqual({
			kind: 'old-version',
			version: 0
		});
		expect(problemOf(read(valid({ schemaVersion: '1' })))).toEqual({
			kind: 'bad-field',
			field: 'schemaVersion'
		});
	});

	it.each(['schemaVersion', 'datasetVersion', 'country', 'exportedAt', 'answers'])(
		'names a missing %s',
		(field) => {
			const file: Record<string, unknown> = valid();
			delete file[field];
			expect(problemOf(read(file))).toEqual({ kind: 'missing-field', field });
		}
	);

	it('names fields of the wrong type', () => {
		expect(problemOf(read(valid({ country: 42 })))).toEqual({
			kind: 'bad-field',
			field: 'country'
		});
		expect(problemOf(read(valid({ country: '  ' })))).toEqual({
			kind: 'missing-field',
			field: 'country'
		});
		expect(problemOf(read(valid({ exportedAt: 'yesterday' })))).toEqual({
			kind: 'bad-field',
			field: 'exportedAt'
		});
		expect(problemOf(read(valid({ answers: [] })))).toEqual({
			kind: 'bad-field',
			field: 'answers'
		});
		expect(problemOf(read(valid({ respondent: null })))).toEqual({
			kind: 'bad-field',
			field: 'respondent'
		});
	});

	it.each([
		[{ q7: 'maybe' }, '7', 'expected one of yes, no'],
		[{ q7: true }, '7', 'expected one of yes, no'],
		[{ q17: 'There are laws' }, '17', 'expected a list of options'],
		[{ q17: ['Laws on something else'] }, '17', 'is not one of its options'],
		[{ q17: [ISP, ISP] }, '17', 'an option is listed twice'],
		[{ q8: 12 }, '8', 'expected text'],
		[{ q8: 'x'.repeat(20_001) }, '8', 'longer than 20000 characters']
	])('refuses an answer that does not fit its question: %j', (answers, question, detail) => {
		const p = problemOf(read(valid({ answers })));
		expect(p).toMatchObject({ kind: 'bad-answer', question });
		expect(p && 'detail' in p ? p.detail : '').toContain(detail);
	});

	it('refuses a file from another country, whatever the spelling of the same one', () => {
		expect(problemOf(read(valid({ country: 'Uganda' }), 'Kenya'))).toEqual({
			kind: 'other-country',
			country: 'Uganda',
			expected: 'Kenya'
		});
		expect(read(valid({ country: "Cote d'Ivoire" }), "  côte d'ivoire ").ok).toBe(true);
		expect(read(valid({ country: 'Uganda' }), '').ok).toBe(true);
		expect(sameCountry('Viet  Nam', 'viet nam')).toBe(true);
		expect(sameCountry('Niger', 'Nigeria')).toBe(false);
	});

	it('drops answers to questions this survey does not have, and flags another dataset', () => {
		const r = read(valid({ datasetVersion: 'older', answers: { q7: 'no', q99: 'yes' } }));
		expect(r).toMatchObject({ ok: true, otherDataset: true, unknownQuestions: ['q99'] });
		if (r.ok) expect(r.file.answers).toEqual({ q7: 'no' });
	});

	it('accepts a byte-order mark and names files safely', () => {
		expect(read('\ufeff' + JSON.stringify(valid())).ok).toBe(true);
		expect(answerFileName("Côte d'Ivoire", '2026-12-04')).toBe(
			'mnr-self-assessment-cote-d-ivoire-2026-12-04.json'
		);
		expect(answerFileName('', '2026-12-04')).toBe('mnr-self-assessment-answers-2026-12-04.json');
	});
});
