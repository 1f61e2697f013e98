import { describe, expect, it } from 'vitest';
import { longestTaskCpu } from '../../e2e/taskCpu';

/** A complete trace event on thread 1 of process 1 (times in µs). */
const ev = (name: string, ts: number, dur: number, tdur = dur, type?: string) => ({
	name,
	ph: 'X',
	pid: 1,
	tid: 1,
	ts,
	dur,
	tdur,
	...(type ? { args: { data: { type } } } : {})
});

describe('longest task by CPU time, from a trace (check.e2e.ts)', () => {
	const trace = [
		// Before the click (the paste): not counted.
		ev('RunTask', 0, 300_000),
		ev('EventDispatch', 10, 100, 100, 'paste'),
		ev('RunTask', 400_000, 1_000),
		ev('EventDispatch', 400_100, 500, 500, 'click'),
		// A frame of 20 ms of CPU that the machine stretched to 90 ms.
		ev('RunTask', 500_000, 90_000, 20_000),
		ev('FunctionCall', 500_100, 50_000, 12_000),
		// A garbage collector's sweep, alone in its task.
		ev('RunTask', 700_000, 60_000, 60_000),
		ev('CppGC.IncrementalSweep', 700_010, 59_000),
		// Script that allocated enough to start a collection: the page's.
		ev('RunTask', 800_000, 30_000, 30_000),
		ev('FunctionCall', 800_010, 29_000),
		ev('MinorGC', 800_020, 20_000),
		// Another thread's long task: not the page's main thread.
		{ ...ev('RunTask', 900_000, 500_000), tid: 2 }
	];

	it('counts the page’s tasks after the click by CPU time, and garbage collection apart', () => {
		expect(longestTaskCpu(trace)).toEqual({ cpuMs: 30, wallMs: 30, gcMs: 60, tasks: 4 });
	});

	it('fails loudly without the click', () => {
		expect(() => longestTaskCpu(trace.filter((e) => e.name !== 'EventDispatch'))).toThrow();
	});
});
