import { describe, expect, it } from 'vitest';
import { formatSourcePlace, parseSourceRef } from '../../../src/lib/data/sourceRef';

describe('parseSourceRef', () => {
	it('reads a place and a line range in the review', () => {
		expect(parseSourceRef('Figure 1, lines 380-418')).toEqual([
			{ file: 'framing-the-future-2022.txt', place: 'Figure 1', from: 380, to: 418 }
		]);
	});

	it('reads other files, single lines and several places', () => {
		expect(parseSourceRef('mnr-guidance.md: Capability 1 – Leadership, lines 120-140 ; Footnote 31, lines 967-967')).toEqual([
			{ file: 'mnr-guidance.md', place: 'Capability 1 – Leadership', from: 120, to: 140 },
			{ file: 'framing-the-future-2022.txt', place: 'Footnote 31', from: 967, to: 967 }
		]);
		expect(parseSourceRef('Box 2, line 1058')[0]).toMatchObject({ from: 1058, to: 1058 });
	});

	it.each(['Figure 1', 'Figure 1, lines x-y', 'Figure 1, lines 20-10', ''])('rejects %j', (ref) => {
		expect(() => parseSourceRef(ref)).toThrow();
	});

	it('formats a place for readers', () => {
		expect(formatSourcePlace(parseSourceRef('Table 5, lines 2167-2205')[0])).toBe('Table 5 (lines 2167–2205)');
		expect(formatSourcePlace(parseSourceRef('mnr-guidance.md: Intro, lines 3-3')[0])).toBe('mnr-guidance.md: Intro (line 3)');
	});
});
