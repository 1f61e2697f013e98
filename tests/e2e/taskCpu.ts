/**
 * The CPU time of a page's longest tasks, read from a Chromium trace. A long task's duration as the
 * page sees it (the Long Tasks API) is wall-clock time: on a machine busy with other work (two
 * cores shared with builds) a task of 15 ms of CPU can last 100 ms, so a timing bound on it fails
 * for reasons the page cannot help. The CPU time the page's main thread spent in each task does
 * not depend on what else runs, so it can be held to the 50 ms.
 */
import type { CDPSession, Page } from 'playwright-core';

interface TraceEvent {
	name: string;
	ph: string;
	pid: number;
	tid: number;
	ts: number;
	dur?: number;
	/** Thread (CPU) time of a complete event, in µs. */
	tdur?: number;
	args?: { data?: { type?: string } };
}

export interface TaskCpu {
	/** CPU time of the longest task that runs the page's script or renders it (ms). */
	cpuMs: number;
	/** Its wall-clock time (ms), for the report. */
	wallMs: number;
	/**
	 * CPU time of the longest task that only collects garbage (ms): the browser sweeping objects
	 * the page let go of (such as a result taken down), at a time the page does not choose.
	 */
	gcMs: number;
	/** Tasks counted. */
	tasks: number;
}

/** Events of the garbage collectors (Blink's and V8's). */
const GC = /^(CppGC\.|V8\.GC|MajorGC|MinorGC)/;

/**
 * The longest tasks (by CPU time) of the page's main thread that start after the first event of
 * type `after` (a 'click': what the reader did before, such as the paste, is not counted). The
 * main thread is the one that dispatched that event. A task whose only events are the garbage
 * collectors' counts as garbage collection; one with no event inside counts as the page's.
 */
export function longestTaskCpu(events: TraceEvent[], after = 'click'): TaskCpu {
	const start = events.find((e) => e.name === 'EventDispatch' && e.args?.data?.type === after);
	if (!start) throw new Error(`no ${after} in the trace`);
	const thread = events
		.filter((e) => e.ph === 'X' && e.pid === start.pid && e.tid === start.tid)
		.sort((a, b) => a.ts - b.ts);
	const out: TaskCpu = { cpuMs: 0, wallMs: 0, gcMs: 0, tasks: 0 };
	thread.forEach((task, i) => {
		const end = task.ts + (task.dur ?? 0);
		if (task.name !== 'RunTask' || end <= start.ts) return;
		out.tasks++;
		let onlyGc = false;
		for (let j = i + 1; j < thread.length && thread[j].ts < end; j++) {
			if (!GC.test(thread[j].name)) {
				onlyGc = false;
				break;
			}
			onlyGc = true;
		}
		const cpu = (task.tdur ?? 0) / 1000;
		if (onlyGc) out.gcMs = Math.max(out.gcMs, cpu);
		else if (cpu > out.cpuMs) {
			out.cpuMs = cpu;
			out.wallMs = (task.dur ?? 0) / 1000;
		}
	});
	return out;
}

/** Trace the page while `run` runs: what it returned, and the events of the trace. */
export async function traced<T>(
	page: Page,
	run: () => Promise<T>
): Promise<{ value: T; events: TraceEvent[] }> {
	const cdp: CDPSession = await page.context().newCDPSession(page);
	const events: TraceEvent[] = [];
	cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
	await cdp.send('Tracing.start', {
		categories: 'devtools.timeline,disabled-by-default-devtools.timeline,cppgc',
		transferMode: 'ReportEvents'
	});
	let value: T;
	try {
		value = await run();
	} finally {
		const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
		await cdp.send('Tracing.end');
		await complete;
		await cdp.detach();
	}
	return { value, events };
}
