// What the browser keeps between visits: answers saved and read back, a damaged saved value kept
// aside (not overwritten) with an empty form, answers that no longer fit dropped, a refusing
// storage reported, a backup, and "delete" leaving no key behind.
import { describe, expect, it } from 'vitest';
import {
	STORAGE_KEYS,
	deleteAll,
	isBlank,
	loadAnswers,
	loadBackup,
	saveAnswers,
	saveBackup,
	type KeyValueStore
} from '../../../src/lib/assess/storage';
import type { AssessQuestion } from '../../../src/lib/assess/types';

class MapStore implements KeyValueStore {
	map = new Map<string, string>();
	getItem(k: string) {
		return this.map.get(k) ?? null;
	}
	setItem(k: string, v: string) {
		this.map.set(k, v);
	}
	removeItem(k: string) {
		this.map.delete(k);
	}
}

/** Storage that refuses writes, as a full or disabled localStorage does. */
class FullStore extends MapStore {
	setItem(): void {
		throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
	}
}

const QUESTIONS: AssessQuestion[] = [
	{
		question_id: 'q46',
		number: '46',
		section: 'Victims',
		text: 'Child helpline?',
		answer_type: 'yes_no',
		options: 'Yes|No (skip to question 48)',
		capability_id: 11
	},
	{
		question_id: 'q47',
		number: '47',
		section: 'Victims',
		text: 'Helpline details',
		answer_type: 'open',
		options: null,
		capability_id: 11
	}
];

const SET = {
	country: 'Kenya',
	respondent: 'Ministry',
	answers: { q46: 'yes', q47: 'Open all day' }
};

describe('storage', () => {
	it('starts empty, then reads back what it saved', () => {
		const store = new MapStore();
		expect(loadAnswers(store, QUESTIONS).state).toBe('empty');
		expect(saveAnswers(store, SET)).toBe(true);
		expect(loadAnswers(store, QUESTIONS)).toEqual({ state: 'loaded', set: SET });
	});

	it('keeps a damaged value aside and starts empty', () => {
		const store = new MapStore();
		store.setItem(STORAGE_KEYS.answers, '{"country": "Ken');
		const loaded = loadAnswers(store, QUESTIONS);
		expect(loaded.state).toBe('damaged');
		expect(isBlank(loaded.set)).toBe(true);
		expect(store.getItem(STORAGE_KEYS.damaged)).toBe('{"country": "Ken');
		expect(store.getItem(STORAGE_KEYS.answers)).toBeNull();
	});

	it('drops saved answers that no longer fit a question', () => {
		const store = new MapStore();
		store.setItem(
			STORAGE_KEYS.answers,
			JSON.stringify({ country: 'Kenya', answers: { q46: 'perhaps', q47: 'ok', q99: 'yes' } })
		);
		expect(loadAnswers(store, QUESTIONS).set.answers).toEqual({ q47: 'ok' });
	});

	it('says when the browser refuses to save', () => {
		expect(saveAnswers(new FullStore(), SET)).toBe(false);
		expect(saveBackup(new FullStore(), SET)).toBe(false);
	});

	it('keeps a backup and deletes every key', () => {
		const store = new MapStore();
		saveAnswers(store, SET);
		saveBackup(store, { ...SET, answers: { q46: 'no' } });
		store.setItem(STORAGE_KEYS.damaged, 'x');
		expect(loadBackup(store, QUESTIONS)?.answers).toEqual({ q46: 'no' });
		store.setItem('another-app', 'keep me');
		deleteAll(store);
		expect([...store.map.keys()]).toEqual(['another-app']);
		expect(loadBackup(store, QUESTIONS)).toBeNull();
	});
});
