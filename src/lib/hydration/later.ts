/**
 * Hydration in parts. Svelte hydrates a page in one task; on a phone that task blocks input for a
 * few hundred milliseconds. The page's hydration passes over a part wrapped in <HydrateLater>,
 * which is then hydrated as a root of its own in a task of its own right after, so the page's work
 * is split into tasks short enough for the browser to answer input between them.
 *
 * Only the first render of a document is split: on a client-side navigation there is no markup to
 * adopt, so a part mounts at once. A part inside a part is hydrated in a task of its own after
 * the outer one's.
 */

let documentHydrated = false;
let waiting = 0;
let queue: Promise<void> = Promise.resolve();
let viewChanged = false;
let adoptingPart = false;

/**
 * Called when the page, while it hydrates, shows another view than the prerendered one (a view
 * read from the address). A part hydrated later would adopt markup drawn for the other view and
 * keep it wherever its values come from one string (the map's marks, the lists, the cells), so
 * the parts are then drawn afresh instead.
 */
export function markViewChanged(): void {
	if (!documentHydrated || waiting > 0) viewChanged = true;
}

/** Whether a part can adopt its prerendered markup: the page still shows the prerendered view. */
export function canAdoptPrerendered(): boolean {
	return !viewChanged;
}

/**
 * Whether what a component draws now is adopted from the prerendered markup: while a part is
 * hydrated as a root of its own (see below). Not while the page itself hydrates: its view may yet
 * turn out to differ from the prerendered one (markViewChanged), and every markup string it draws
 * is in a part.
 */
export function adoptsPrerendered(): boolean {
	return adoptingPart;
}

/** Run `hydrate`, a part's hydration of its prerendered markup, telling adoptsPrerendered. */
export function adoptingPrerendered<T>(hydrate: () => T): T {
	adoptingPart = true;
	try {
		return hydrate();
	} finally {
		adoptingPart = false;
	}
}

/**
 * Whether a part created now stands on prerendered markup, to be adopted in a task of its own:
 * while the page hydrates, or while the part around it is being adopted (a part inside a part,
 * such as a chart inside its frame). A part drawn afresh has nothing inside to adopt.
 */
export function onPrerendered(): boolean {
	return !documentHydrated || adoptingPart;
}

/** True until the layout has mounted, that is while the first page is being hydrated. */
export function isHydrating(): boolean {
	return !documentHydrated;
}

/** Called by the root layout on mount: parts created from now on render at once. */
export function markHydrated(): void {
	documentHydrated = true;
	showSettled();
}

/**
 * Run `renderLive` in a task of its own, after the parts queued before it, and return a function
 * that cancels it. <html data-hydrated> is set once every queued part is live, so tests and the
 * benchmark know when each control answers.
 */
export function goLiveLater(renderLive: () => void): () => void {
	let cancelled = false;
	waiting++;
	queue = queue.then(
		() =>
			new Promise<void>((done) =>
				setTimeout(() => {
					// A part that fails is reported as any error is, and does not hold up the parts after it.
					try {
						if (!cancelled) renderLive();
					} finally {
						waiting--;
						showSettled();
						done();
					}
				})
			)
	);
	return () => {
		cancelled = true;
	};
}

function showSettled(): void {
	if (documentHydrated && waiting === 0 && typeof document !== 'undefined')
		document.documentElement.dataset.hydrated = '';
}
