import { describe, expect, it } from 'vitest';
import {
	DEFAULT_THROTTLE,
	NETWORK_PROFILES,
	describeThrottle
} from '../../../scripts/bench/_throttle.js';

describe('throttling profiles', () => {
	it('match Chrome DevTools’ presets (throughput in bytes/s, latency in ms)', () => {
		expect(NETWORK_PROFILES.fast4g).toMatchObject({ latency: 165, downloadThroughput: 1_012_500 });
		expect(NETWORK_PROFILES.slow4g).toMatchObject({ latency: 562.5, downloadThroughput: 180_000 });
	});

	it('are stated in words, so the output says what was used', () => {
		expect(describeThrottle(DEFAULT_THROTTLE)).toMatch(
			/^CPU 4× slower, network "Fast 4G" \(165 ms latency, 8\.1 Mbit\/s down, 1\.35 Mbit\/s up\)/
		);
		expect(describeThrottle({ cpu: 4, network: null })).toMatch(/^CPU 4× slower — via CDP/);
		expect(describeThrottle(null)).toBe('none (full speed, localhost)');
	});
});
