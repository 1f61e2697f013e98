/**
 * The answers being worked on, as reactive state, saved to this browser on every change. One
 * instance per page. The rules (what a stored value is, what a file is) live in storage.ts and
 * answerFile.ts; this only wires them to the form.
 */
import {
	deleteAll,
	loadAnswers,
	loadBackup,
	saveAnswers,
	saveBackup,
	type KeyValueStore
} from './storage';
import { isEmptyAnswer } from './questions';
import { emptyAnswerSet, type Answer, type AnswerSet, type AssessQuestion } from './types';

export type SaveState = 'idle' | 'saved' | 'failed' | 'damaged';

export class AssessSession {
	set = $state<AnswerSet>(emptyAnswerSet());
	saveState = $state<SaveState>('idle');
	hasBackup = $state(false);
	#store: KeyValueStore | null = null;
	#questions: AssessQuestion[];

	constructor(questions: AssessQuestion[]) {
		this.#questions = questions;
	}

	/** Read what this browser holds (call once, in the browser). */
	open(store: KeyValueStore): void {
		this.#store = store;
		const loaded = loadAnswers(store, this.#questions);
		this.set = loaded.set;
		this.saveState =
			loaded.state === 'damaged' ? 'damaged' : loaded.state === 'loaded' ? 'saved' : 'idle';
		this.hasBackup = loadBackup(store, this.#questions) !== null;
	}

	get answeredCount(): number {
		return Object.values(this.set.answers).filter((a) => !isEmptyAnswer(a)).length;
	}

	#save(): void {
		if (!this.#store) return;
		this.saveState = saveAnswers(this.#store, $state.snapshot(this.set)) ? 'saved' : 'failed';
	}

	answer(questionId: string, value: Answer | undefined): void {
		const answers = { ...this.set.answers };
		if (value === undefined || isEmptyAnswer(value)) delete answers[questionId];
		else answers[questionId] = value;
		this.set = { ...this.set, answers };
		this.#save();
	}

	identity(field: 'country' | 'respondent', value: string): void {
		this.set = { ...this.set, [field]: value };
		this.#save();
	}

	/** Put a new answer set in place, keeping the current one as the backup. */
	replace(next: AnswerSet): void {
		if (this.#store) this.hasBackup = saveBackup(this.#store, $state.snapshot(this.set));
		this.set = next;
		this.#save();
	}

	/** Bring back the answers the last import or merge replaced (the current ones become the backup). */
	restoreBackup(): boolean {
		if (!this.#store) return false;
		const backup = loadBackup(this.#store, this.#questions);
		if (!backup) return false;
		saveBackup(this.#store, $state.snapshot(this.set));
		this.set = backup;
		this.#save();
		return true;
	}

	deleteEverything(): void {
		if (this.#store) deleteAll(this.#store);
		this.set = emptyAnswerSet();
		this.hasBackup = false;
		this.saveState = 'idle';
	}
}
