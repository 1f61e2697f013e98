/**
 * The whole check at once, for tests: drives the same generator the worker and the page's runner
 * step through (src/lib/check/check.ts `checkSteps`), without their pacing.
 */
import { checkSteps, type CompiledDataset } from '../../../src/lib/check/check';
import type { CheckResult } from '../../../src/lib/check/types';

export function runCheck(text: string, compiled: CompiledDataset): CheckResult {
	const steps = checkSteps(text, compiled);
	for (;;) {
		const r = steps.next();
		if (r.done) return r.value;
	}
}
