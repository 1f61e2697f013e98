/**
 * Which dataset version this page shows. A link may carry `v=`:
 * - the current version, or none: the prerendered figures are the ones to show;
 * - an earlier release: the engine loads that release's files (data/v/<version>/), every chart asks
 *   the engine, and downloads point at those files, so an old link shows what it showed;
 * - a version this site does not have: the current figures, and a notice saying so.
 * Read once per page load, so the version does not change while a reader moves between pages.
 */
import { base } from '$app/paths';
import {
	isVersionId,
	releaseDataPath,
	releaseOf,
	releasesSince,
	VERSION_PARAM,
	VERSIONS_FILE,
	type DatasetVersions,
	type Release
} from './versions';

export type PinState = 'current' | 'resolving' | 'older' | 'unknown';

class DatasetPin {
	/** The version this build was made with (prerendered into every page). */
	current = $state('');
	/** The version the address asked for, if any. */
	requested = $state<string | null>(null);
	state = $state<PinState>('current');
	/** The requested earlier release, once known. */
	release = $state<Release | null>(null);
	/** Releases after the requested one, newest first. */
	newer = $state<Release[]>([]);
	/** Why the requested version cannot be shown (state 'unknown'). */
	problem = $state<string | null>(null);
	#resolved: Promise<void> = Promise.resolve();

	/** The version charts, exports and links show. */
	get shown(): string {
		return this.state === 'older' && this.requested ? this.requested : this.current;
	}

	/** The prerendered figures are not the ones to show: views must ask the engine. */
	get needsEngine(): boolean {
		return this.state === 'resolving' || this.state === 'older';
	}

	/** Called by the root layout: on the server with no search, in the browser once per load. */
	init(current: string, search: string): void {
		this.current = current;
		const requested = new URLSearchParams(search).get(VERSION_PARAM);
		this.requested = requested;
		this.release = null;
		this.newer = [];
		this.problem = null;
		if (requested === null || requested === current) {
			this.state = 'current';
			this.#resolved = Promise.resolve();
		} else if (!isVersionId(requested)) {
			this.#unknown(requested);
			this.#resolved = Promise.resolve();
		} else {
			this.state = 'resolving';
			this.#resolved = this.#resolve(requested);
		}
	}

	async #resolve(requested: string): Promise<void> {
		let versions: DatasetVersions;
		try {
			const res = await fetch(`${base}/data/${VERSIONS_FILE}`);
			if (!res.ok) throw new Error(`HTTP ${res.status}`);
			versions = (await res.json()) as DatasetVersions;
			if (!Array.isArray(versions.releases)) throw new Error('no list of releases');
		} catch {
			this.#unknown(requested, true);
			return;
		}
		const release = releaseOf(versions, requested);
		if (!release || requested === versions.current) return this.#unknown(requested);
		this.release = release;
		this.newer = releasesSince(versions, requested);
		this.state = 'older';
	}

	#unknown(requested: string, listUnavailable = false): void {
		this.state = 'unknown';
		this.problem = listUnavailable ? 'list-unavailable' : requested;
	}

	/** Path (without base) of the data folder of the version shown. */
	get #folder(): string {
		return this.state === 'older' && this.requested ? releaseDataPath(this.requested) : '/data';
	}

	/** Path (without base) of a data file of the version shown, for download links. */
	filePath(file: string): string {
		return `${this.#folder}/${file}`;
	}

	/** Where the engine reads the tables of the version shown (base included). */
	async dataPath(): Promise<string> {
		await this.#resolved;
		return base + this.#folder;
	}
}

export const datasetPin = new DatasetPin();
