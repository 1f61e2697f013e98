/**
 * A result's long lists (claims, term hits, blocks of the highlighted text) as they cross from the
 * worker to the page. A dense 200,000-character paste gives about 260,000 small objects; received
 * as objects, the page deserialised them in its own tasks and the garbage collector then copied
 * and traced them all (scavenges of 50-80 ms). Sent as one string of JSON per part, receiving is a
 * copy of characters, and the page parses an item only when it shows it: a few screens' worth.
 */

/** Items' JSON one after the other, and where each item ends in it (UTF-16 offsets). */
export interface PackedPart {
	json: string;
	ends: number[];
}

/** What the page reads of a list: arrays and PartLists alike. */
export interface Listed<T> {
	readonly length: number;
	at(index: number): T | undefined;
	slice(from?: number, to?: number): T[];
}

/** Items as one part (done where the check runs). Items are plain data (types.ts). */
export function pack<T>(items: readonly T[]): PackedPart {
	const json: string[] = [];
	const ends: number[] = [];
	let at = 0;
	for (const item of items) {
		const s = JSON.stringify(item);
		json.push(s);
		at += s.length;
		ends.push(at);
	}
	return { json: json.join(''), ends };
}

/**
 * A list received in parts. An item is parsed the first time it is read and kept, so the same
 * index gives the same object (a drawn block is recognised by identity, see drawBlock.ts).
 */
export class PartList<T> implements Listed<T> {
	#parts: PackedPart[] = [];
	/** Index of each part's first item. */
	#firsts: number[] = [];
	#items: (T | undefined)[] = [];
	#length = 0;

	/** A list whose items are already objects (a check run on the main thread). */
	static of<T>(items: T[]): PartList<T> {
		const list = new PartList<T>();
		list.#items = items.slice();
		list.#length = items.length;
		list.#parts.push({ json: '', ends: items.map(() => 0) });
		list.#firsts.push(0);
		return list;
	}

	get length(): number {
		return this.#length;
	}

	/** Append a part received. */
	add(part: PackedPart): void {
		if (part.ends.length === 0) return;
		this.#firsts.push(this.#length);
		this.#parts.push(part);
		this.#length += part.ends.length;
	}

	at(index: number): T | undefined {
		if (index < 0) index += this.#length;
		if (!(index >= 0 && index < this.#length)) return undefined;
		const known = this.#items[index];
		if (known !== undefined) return known;
		// The part holding the item: the last whose first item is at or before it.
		let lo = 0;
		let hi = this.#firsts.length - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if (this.#firsts[mid] <= index) lo = mid;
			else hi = mid - 1;
		}
		const part = this.#parts[lo];
		const i = index - this.#firsts[lo];
		const item = JSON.parse(part.json.slice(i === 0 ? 0 : part.ends[i - 1], part.ends[i])) as T;
		this.#items[index] = item;
		return item;
	}

	slice(from = 0, to = this.#length): T[] {
		const start = Math.max(0, from < 0 ? from + this.#length : from);
		const end = Math.min(this.#length, to < 0 ? to + this.#length : to);
		const out: T[] = [];
		for (let i = start; i < end; i++) out.push(this.at(i) as T);
		return out;
	}

	/** Every item (for the receipt, which lists them all). */
	all(): T[] {
		return this.slice();
	}
}
