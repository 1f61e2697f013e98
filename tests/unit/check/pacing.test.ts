// How a long result is drawn a few steps per frame: each step adds one of each kind, and a frame
// stops drawing once its budget is used, however costly a step was.
import { describe, expect, it } from 'vitest';
import { drawFrame, FRAME_BUDGET_MS, nextStep, type Batch } from '../../../src/lib/check/pacing';

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
		// Each step costs 3 ms: three steps (one item of each kind) reach the 8 ms budget.
		const r = drawFrame(
			none,
			{ blocks: 100, figures: 100, groups: 100 },
			(b) => {
				steps.push(b);
				clock += 3;
			},
			() => clock
		);
		expect(FRAME_BUDGET_MS).toBe(8);
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
});
