/**
 * The answer file: what "Export answers" writes and "Import answers" reads. JSON, so a person can
 * open it, with a format tag, a schema version, the dataset version the questions came from, the
 * country, who answered and when. Reading checks everything and says plainly what is wrong;
 * it never returns half a file.
 */
import { copy } from '$lib/copy';
import { slugify } from '$lib/export/files';
import type { FileProblem } from '$lib/copy/kinds';
import { answerProblem, isEmptyAnswer } from './questions';
import type { Answer, AnswerSet, AssessQuestion } from './types';

export const FILE_FORMAT = 'mnr-explorer-self-assessment';
export const SCHEMA_VERSION = 1;
/** Files larger than this are not answer files (81 questions of text fit in far less). */
export const MAX_FILE_BYTES = 2_000_000;

export interface AnswerFile {
	format: typeof FILE_FORMAT;
	schemaVersion: number;
	/** Version of the dataset whose questions were answered (data/README.md). */
	datasetVersion: string;
	country: string;
	respondent: string;
	/** When the file was written, ISO 8601. */
	exportedAt: string;
	answers: Record<string, Answer>;
}

export type { FileProblem };

export type FileReading =
	| {
			ok: true;
			file: AnswerFile;
			/** Questions in the file that this dataset does not have (answers dropped). */
			unknownQuestions: string[];
			/** True when the file was written from another version of the dataset. */
			otherDataset: boolean;
	  }
	| { ok: false; problem: FileProblem };

/** Compare country names as people write them: case, accents and spacing do not matter. */
export function sameCountry(a: string, b: string): boolean {
	const norm = (s: string) =>
		s
			.normalize('NFKD')
			.replace(/[\u0300-\u036f]/g, '')
			.replace(/\s+/g, ' ')
			.trim()
			.toLowerCase();
	return norm(a) === norm(b);
}

/** The file for an answer set, without empty answers. */
export function toAnswerFile(set: AnswerSet, datasetVersion: string, now: Date): AnswerFile {
	const answers: Record<string, Answer> = {};
	for (const [id, a] of Object.entries(set.answers)) if (!isEmptyAnswer(a)) answers[id] = a;
	return {
		format: FILE_FORMAT,
		schemaVersion: SCHEMA_VERSION,
		datasetVersion,
		country: set.country.trim(),
		respondent: set.respondent.trim(),
		exportedAt: now.toISOString(),
		answers
	};
}

export function serializeAnswerFile(file: AnswerFile): string {
	return JSON.stringify(file, null, 2) + '\n';
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);

export interface ReadOptions {
	questions: AssessQuestion[];
	datasetVersion: string;
	/** When set, a file for another country is refused. */
	country?: string;
}

/** Read and check an answer file's text. */
export function readAnswerFile(text: string, opts: ReadOptions): FileReading {
	const fail = (problem: FileProblem): FileReading => ({ ok: false, problem });
	if (text.length > MAX_FILE_BYTES) return fail({ kind: 'too-large' });
	let raw: unknown;
	try {
		raw = JSON.parse(text.replace(/^\ufeff/, ''));
	} catch (e) {
		return fail({ kind: 'damaged', detail: e instanceof Error ? e.message : String(e) });
	}
	if (!isRecord(raw) || raw.format !== FILE_FORMAT) return fail({ kind: 'not-answer-file' });
	if (!('schemaVersion' in raw)) return fail({ kind: 'missing-field', field: 'schemaVersion' });
	const version = raw.schemaVersion;
	if (typeof version !== 'number' || !Number.isInteger(version))
		return fail({ kind: 'bad-field', field: 'schemaVersion' });
	if (version > SCHEMA_VERSION) return fail({ kind: 'newer-version', version });
	if (version < SCHEMA_VERSION) return fail({ kind: 'old-version', version });
	for (const field of ['datasetVersion', 'country', 'exportedAt', 'answers'] as const)
		if (!(field in raw)) return fail({ kind: 'missing-field', field });
	for (const field of ['datasetVersion', 'country', 'exportedAt'] as const)
		if (typeof raw[field] !== 'string') return fail({ kind: 'bad-field', field });
	if ('respondent' in raw && typeof raw.respondent !== 'string')
		return fail({ kind: 'bad-field', field: 'respondent' });
	const country = (raw.country as string).trim();
	if (!country) return fail({ kind: 'missing-field', field: 'country' });
	if (Number.isNaN(Date.parse(raw.exportedAt as string)))
		return fail({ kind: 'bad-field', field: 'exportedAt' });
	if (!isRecord(raw.answers)) return fail({ kind: 'bad-field', field: 'answers' });
	if (opts.country && opts.country.trim() && !sameCountry(country, opts.country))
		return fail({ kind: 'other-country', country, expected: opts.country.trim() });

	const byId = new Map(opts.questions.map((q) => [q.question_id, q]));
	const answers: Record<string, Answer> = {};
	const unknownQuestions: string[] = [];
	for (const [id, a] of Object.entries(raw.answers)) {
		const q = byId.get(id);
		if (!q) {
			unknownQuestions.push(id);
			continue;
		}
		const problem = answerProblem(q, a);
		if (problem) return fail({ kind: 'bad-answer', question: q.number, detail: problem });
		answers[id] = Array.isArray(a) ? [...(a as string[])] : (a as string);
	}
	return {
		ok: true,
		file: {
			format: FILE_FORMAT,
			schemaVersion: version,
			datasetVersion: raw.datasetVersion as string,
			country,
			respondent: typeof raw.respondent === 'string' ? raw.respondent.trim() : '',
			exportedAt: raw.exportedAt as string,
			answers
		},
		unknownQuestions,
		otherDataset: raw.datasetVersion !== opts.datasetVersion
	};
}

/** The answer set a file holds. */
export function answerSetOf(file: AnswerFile): AnswerSet {
	return { country: file.country, respondent: file.respondent, answers: { ...file.answers } };
}

/**
 * "mnr-self-assessment-kenya-2026-12-04.json": says what and when, safe on every system. Only the
 * name's words follow the page's language; the file's contents are the same on every page.
 */
export function answerFileName(country: string, date: string): string {
	const words = copy.assess.pack.files;
	return `${words.prefix}-${slugify(country, 60) || words.answers}-${date}.json`;
}
