/**
 * Where answers live between visits: the browser's localStorage, under keys of this origin only.
 * Nothing here talks to a network. A backup slot holds the answers an import replaced, so an
 * import can be undone. A damaged saved value is kept aside (never silently overwritten) and the
 * form starts empty with a message.
 */
import { answerProblem } from './questions';
import { emptyAnswerSet, type Answer, type AnswerSet, type AssessQuestion } from './types';

export const STORAGE_KEYS = {
	answers: 'mnr-explorer:self-assessment:v1',
	backup: 'mnr-explorer:self-assessment:v1:backup',
	damaged: 'mnr-explorer:self-assessment:v1:damaged'
} as const;

/** The part of the Web Storage API used here, so tests can pass a Map-backed stand-in. */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export type Loaded =
	| { state: 'empty'; set: AnswerSet }
	| { state: 'loaded'; set: AnswerSet }
	| { state: 'damaged'; set: AnswerSet };

/** An answer set from stored JSON, keeping only answers that fit today's questions. */
export function parseStoredSet(text: string, questions: AssessQuestion[]): AnswerSet | null {
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch {
		return null;
	}
	if (typeof raw !== 'object' || raw === null) return null;
	const r = raw as Record<string, unknown>;
	if (typeof r.country !== 'string' || typeof r.answers !== 'object' || r.answers === null)
		return null;
	const byId = new Map(questions.map((q) => [q.question_id, q]));
	const answers: Record<string, Answer> = {};
	for (const [id, a] of Object.entries(r.answers as Record<string, unknown>)) {
		const q = byId.get(id);
		if (q && answerProblem(q, a) === null) answers[id] = a as Answer;
	}
	return {
		country: r.country,
		respondent: typeof r.respondent === 'string' ? r.respondent : '',
		answers
	};
}

function read(store: KeyValueStore, key: string): string | null {
	try {
		return store.getItem(key);
	} catch {
		return null;
	}
}

export function loadAnswers(store: KeyValueStore, questions: AssessQuestion[]): Loaded {
	const text = read(store, STORAGE_KEYS.answers);
	if (text === null) return { state: 'empty', set: emptyAnswerSet() };
	const set = parseStoredSet(text, questions);
	if (set) return { state: 'loaded', set };
	// Keep what was there for a person to recover by hand; start afresh.
	try {
		store.setItem(STORAGE_KEYS.damaged, text);
		store.removeItem(STORAGE_KEYS.answers);
	} catch {
		/* storage refused: the message below still tells the user */
	}
	return { state: 'damaged', set: emptyAnswerSet() };
}

/** Save answers; false when the browser refuses (storage full, disabled or private mode). */
export function saveAnswers(store: KeyValueStore, set: AnswerSet): boolean {
	try {
		store.setItem(STORAGE_KEYS.answers, JSON.stringify(set));
		return true;
	} catch {
		return false;
	}
}

export function saveBackup(store: KeyValueStore, set: AnswerSet): boolean {
	try {
		store.setItem(STORAGE_KEYS.backup, JSON.stringify(set));
		return true;
	} catch {
		return false;
	}
}

export function loadBackup(store: KeyValueStore, questions: AssessQuestion[]): AnswerSet | null {
	const text = read(store, STORAGE_KEYS.backup);
	return text === null ? null : parseStoredSet(text, questions);
}

/** Remove every trace of the self-assessment from this browser. */
export function deleteAll(store: KeyValueStore): void {
	for (const key of Object.values(STORAGE_KEYS)) {
		try {
			store.removeItem(key);
		} catch {
			/* nothing stored, or storage disabled: nothing to delete */
		}
	}
}

/** True when a set holds nothing worth keeping. */
export function isBlank(set: AnswerSet): boolean {
	return !set.country.trim() && !set.respondent.trim() && Object.keys(set.answers).length === 0;
}
