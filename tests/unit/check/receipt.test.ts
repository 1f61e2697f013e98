// The check receipt and the reader reference it carries.
import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileDataset, type CompiledDataset } from '../../../src/lib/check/check';
import { runCheck } from './runCheck';
import { buildReceipt, receiptText, sha256Hex } from '../../../src/lib/check/receipt';
import { readerReference } from '../../../src/lib/check/reference';
import { checkDataset } from './dataset';
import { BUILDER_TEXT } from '../../../src/lib/data/readerText';
import { REVIEW_CORPUS } from './review-corpus.generated';

let compiled: CompiledDataset;
beforeAll(async () => {
	compiled = compileDataset(await checkDataset());
}, 60_000);

describe('readerReference', () => {
	it('gives the reader reference: section, figure and a phrase to search, never line numbers', () => {
		const leadership = compiled.byId.get('c01-governance-mechanism')!;
		expect(readerReference(leadership)).toBe(
			`Framing the Future (2022): ${leadership.figure ? `${leadership.figure} · ` : ''}${leadership.section} · search “${leadership.search_phrase}”${(leadership.phrase_count ?? 1) > 1 ? ` (${leadership.phrase_count} places)` : ''}`
		);
		// A row without reader columns: the places of its source_ref, without their lines.
		expect(
			readerReference({
				source_ref: 'Leadership: Current status, lines 1082-1084 ; Figure 1, lines 384-420'
			})
		).toBe('Framing the Future (2022): Leadership: Current status; Figure 1');
		// Guidance from the MNR itself is not attributed to the review.
		expect(readerReference({ source_ref: 'mnr-guidance.md: Capability 1, lines 80-101' })).toBe(
			'The MNR guidance: Capability 1'
		);
		for (const ind of compiled.byId.values()) {
			expect(readerReference(ind)).not.toMatch(/\blines?\s+\d|extract/i);
			expect(readerReference(ind)).toContain('search “');
		}
	});
});

describe('the receipt', () => {
	const text =
		'Over three-quarters (76 per cent, 32 of 42) of countries have a national education programme.\nIn 29 per cent of countries (12 of 41), there is no experience of child participation. The 2022 study covered 139 countries. Avoid child pornography; see <www.icmec.org/child-pornography-model-legislation-report/>.';

	it('fingerprints the text with SHA-256 and records every claim', async () => {
		const sha = await sha256Hex(text);
		expect(sha).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
		const result = runCheck(text, compiled);
		const receipt = buildReceipt({
			text,
			sha256: sha,
			result,
			byId: compiled.byId,
			datasetVersion: 'abc123def456',
			checkedAt: new Date('2026-12-04T12:00:00Z')
		});
		expect(receipt.dataset_version).toBe('abc123def456');
		expect(receipt.checked_at).toBe('2026-12-04T12:00:00.000Z');
		expect(receipt.text).toEqual({ sha256: sha, characters: text.length });
		expect(receipt.claims.map((c) => [c.words, c.verdict])).toEqual([
			['Over three-quarters', 'matches'],
			['76 per cent', 'matches'],
			['32 of 42', 'matches'],
			['29 per cent', 'matches'],
			['12 of 41', 'matches'],
			['139 countries', 'outside']
		]);
		const education = receipt.claims[1].figure!;
		expect(education).toMatchObject({
			indicator_id: 'c13-education',
			yes: 32,
			n: 42,
			pct: 76.2,
			status: 'stated'
		});
		expect(education.reference).toBe(
			'Framing the Future (2022): Education programme › Current status · search “(76 per cent, 32 of 42) have a national education” (2 places)'
		);
		// The technical reference, with its lines, stays in the JSON as a field of its own.
		expect(education.source_ref).toMatch(/^Education programme: Current status, lines \d+-\d+$/);
		expect(receipt.claims[5].figure).toBeNull();
		// The flagged term is listed; the one inside the address is not.
		expect(receipt.wording.map((w) => w.words)).toEqual(['child pornography']);

		const plain = receiptText(receipt);
		expect(plain).toContain(`Text SHA-256:     ${sha}`);
		expect(plain).toContain('Dataset version:  abc123def456');
		expect(plain).toContain('[3] “32 of 42”');
		expect(plain).toContain('Review:      32 of 42 countries = 76.2% (printed 76%)');
		expect(plain).toContain(
			'Find it in:  Framing the Future (2022): Education programme › Current status · search “(76 per cent, 32 of 42) have a national education”'
		);
		expect(plain).not.toMatch(/lines? \d|extract/i);
	});
});

describe('the receipt of the whole review pasted', () => {
	it('holds no line range and no talk of extraction in its reader-facing words', async () => {
		// The review's own sentences (every printing's sentence, as extracted): every kind of
		// verdict, note, figure and nearby-figure reference the check gives on real text.
		const text = [...new Set(REVIEW_CORPUS.map((e) => e.raw))].join('\n\n');
		const result = runCheck(text, compiled);
		expect(result.figures.length).toBeGreaterThan(150);
		const receipt = buildReceipt({
			text,
			sha256: await sha256Hex(text),
			result,
			byId: compiled.byId,
			datasetVersion: 'abc123def456',
			checkedAt: new Date('2026-12-04T12:00:00Z')
		});
		// A boolean, so a failure does not print the whole receipt; then the first offender.
		const plain = receiptText(receipt);
		expect(BUILDER_TEXT.exec(plain)?.[0] ?? null).toBeNull();
		const readerFacing = receipt.claims.flatMap((c) => [
			c.explanation,
			...c.notes,
			c.figure?.reference ?? '',
			...c.candidates.map((k) => k.reference)
		]);
		expect(readerFacing.filter((t) => BUILDER_TEXT.test(t))).toEqual([]);
		// One phrase for two figures ("all 15 … online child sexual abuse … ‘knowing possession’"):
		// the receipt names the other figure in words, as the card does.
		const tech = compiled.byId.get('c03-hic-criminalize-tech-facilitated')!;
		expect(plain).toContain(
			`Note:        The same words are also about another of the review’s figures, with the same verdict: “${tech.label}”.`
		);
		// The technical field is still there for every named figure.
		for (const c of receipt.claims) if (c.figure) expect(c.figure.source_ref).toMatch(/lines \d/);
	});
});
