// How a long result is drawn a few steps per frame: each step adds one of each kind, and a frame
// stops drawing once its budget is used, however costly a step was, and does not start a step
// that the last one of its kind says it has no time for. A card takes two steps.
import { describe, expect, it } from 'vitest';
import {
	drawFrame,
	drawTarget,
	NEAR_FLOOR,
	nextStep,
	reached,
	type Batch,
	type StepCosts
} from '../../../src/lib/check/pacing';

const none: Batch = { blocks: 0, figures: 0, groups: 0 };

describe('drawing a long result', () => {
	it('adds one item per step, the kinds taking turns, and stops at what there is', () => {
		const all = { blocks: 5, figures: 1, groups: 0 };
		const steps: Batch[] = [];
		for (let b: Batch | null = none; (b = nextStep(b, all));) steps.push(b);
		expect(steps.slice(0, 3)).toEqual([
			{ blocks: 1, figures: 0, groups: 0 },
			{ blocks: 1, figures: 1, groups: 0 },
			{ blocks: 2, figures: 1, groups: 0 }
		]);
		expect(steps.at(-1)).toEqual(all);
		expect(steps.length).toBe(6);
		expect(nextStep(all, all)).toBe(null);
	});

	it('ends a frame once its budget is used, and says what is left', () => {
		let clock = 0;
		const steps: Batch[] = [];
		// Each step costs 3 ms: three steps (one item of each kind) reach an 8 ms budget.
		const r = drawFrame(
			none,
			{ blocks: 100, figures: 100, groups: 100 },
			(b) => {
				steps.push(b);
				clock += 3;
			},
			() => clock,
			8
		);
		expect(steps.length).toBe(3);
		expect(r).toEqual({ drawn: { blocks: 1, figures: 1, groups: 1 }, more: true });
	});

	it('draws at least one step even when one step alone overruns the budget', () => {
		let clock = 0;
		const r = drawFrame(
			none,
			{ blocks: 2, figures: 0, groups: 0 },
			() => (clock += 100),
			() => clock
		);
		expect(r).toEqual({ drawn: { blocks: 1, figures: 0, groups: 0 }, more: true });
	});

	it('finishes when everything is drawn within the frame', () => {
		let clock = 0;
		const r = drawFrame(
			none,
			{ blocks: 2, figures: 1, groups: 1 },
			() => (clock += 1),
			() => clock
		);
		expect(r).toEqual({ drawn: { blocks: 2, figures: 1, groups: 1 }, more: false });
	});

	it('does not start a step the last one of its kind says would overrun, and takes it first next frame', () => {
		// Figure steps cost 6 ms, block steps 1 ms.
		const price = { blocks: 1, figures: 6, groups: 1 };
		const all = { blocks: 100, figures: 100, groups: 0 };
		let clock = 0;
		let last = none;
		const kinds: string[] = [];
		const apply = (b: Batch) => {
			const kind = (['blocks', 'figures', 'groups'] as const).find((k) => b[k] !== last[k])!;
			kinds.push(kind);
			clock += price[kind];
			last = b;
		};
		const frame = (costs?: StepCosts) => {
			const before = kinds.length;
			const start = clock;
			drawFrame(last, all, apply, () => clock, 8, costs);
			return { kinds: kinds.slice(before), ms: clock - start };
		};
		const costs: StepCosts = {};
		// First frame: nothing measured yet, so steps go on until the budget is used (1 + 6 + 1).
		expect(frame(costs)).toEqual({ kinds: ['blocks', 'figures', 'blocks'], ms: 8 });
		expect(costs).toEqual({ blocks: 1, figures: 6 });
		// Second frame: a figure (6 ms), a block (7 ms); another figure would end at 13 ms: left
		// for the next frame, which starts with it.
		expect(frame(costs)).toEqual({ kinds: ['figures', 'blocks'], ms: 7 });
		expect(frame(costs).kinds[0]).toBe('figures');
	});

	it('keeps a frame that starts with an expensive step to that one step', () => {
		let clock = 0;
		const costs: StepCosts = { blocks: 7 };
		const steps: Batch[] = [];
		const r = drawFrame(
			none,
			{ blocks: 3, figures: 0, groups: 0 },
			(b) => {
				steps.push(b);
				clock += 7;
			},
			() => clock,
			8,
			costs
		);
		// The first step is always taken (drawing advances); the second would end at 14 ms.
		expect(steps).toEqual([{ blocks: 1, figures: 0, groups: 0 }]);
		expect(r.more).toBe(true);
	});
});

describe('lists drawn only near the reader', () => {
	const all = { blocks: 500, figures: 300, groups: 40 };
	const drawn = { blocks: 6, figures: 10, groups: 40 };

	it('draws an open list in full and holds a closed one where it is', () => {
		expect(drawTarget(drawn, all, { blocks: false, figures: true, groups: true }, none)).toEqual({
			blocks: 6,
			figures: 300,
			groups: 40
		});
		expect(drawTarget(drawn, all, { blocks: true, figures: false, groups: false }, none)).toEqual({
			blocks: 500,
			figures: 10,
			groups: 40
		});
	});

	it('draws a short list whole wherever the reader is', () => {
		const closed = { blocks: false, figures: false, groups: false };
		expect(drawTarget(none, { blocks: 3, figures: 12, groups: 2 }, closed)).toEqual({
			blocks: 3,
			figures: 12,
			groups: 2
		});
		expect(drawTarget(none, all, closed)).toEqual(NEAR_FLOOR);
	});

	it('never targets more than the list holds, even when drawn ran past it', () => {
		const past = { blocks: 9, figures: 0, groups: 0 };
		const small = { blocks: 3, figures: 0, groups: 0 };
		expect(drawTarget(past, small, { blocks: false, figures: false, groups: false }, none)).toEqual(
			small
		);
	});

	it('says when the target is reached, list by list', () => {
		const target = drawTarget(drawn, all, { blocks: false, figures: false, groups: false }, none);
		expect(reached(drawn, target)).toBe(true);
		expect(reached(drawn, all)).toBe(false);
		expect(reached({ ...drawn, figures: 9 }, { ...drawn })).toBe(false);
	});

	it('a frame loop toward a closed list stops at once (nothing drawn)', () => {
		const target = drawTarget(drawn, all, { blocks: false, figures: false, groups: false }, none);
		let applied = 0;
		const frame = drawFrame(
			drawn,
			target,
			() => applied++,
			() => 0
		);
		expect(frame.more).toBe(false);
		expect(applied).toBe(0);
	});
});
