/*
 * MNR Explorer embed resizer (served by the explorer itself as /embed.js)
 *
 * Put this after one or more embed frames on your page:
 *
 *   <iframe src="https://EXPLORER/embed/coverage" title="…" width="100%" height="820"
 *           style="border:0;width:100%;max-width:100%" loading="lazy" data-mnr-embed></iframe>
 *   <script async src="https://EXPLORER/embed.js"></script>
 *
 * Each embed page posts its content height to its parent window whenever it changes
 * ({ type: "mnr-explorer:embed-height", height: <px> }). This script listens, and sets the
 * height of the <iframe data-mnr-embed> that sent it, accepting messages only from that frame,
 * only from the explorer's own origin (the one this script was loaded from), and only a finite
 * height. It also asks every frame for its height once it runs
 * (a frame may have loaded first). Without this script (or where scripts are not allowed) the
 * frame keeps the fixed height of its height attribute and scrolls if the chart is taller.
 * No cookies, no storage, no requests; safe to include more than once.
 */
(function () {
	'use strict';
	var HEIGHT = 'mnr-explorer:embed-height';
	var PING = 'mnr-explorer:embed-ping';
	if (window.__mnrExplorerEmbed) return;
	window.__mnrExplorerEmbed = true;
	// The explorer's origin: where this script came from. Frames of other sites marked
	// data-mnr-embed are never resized, whatever they post.
	var script = document.currentScript;
	var EXPLORER = null;
	try {
		EXPLORER = script && script.src ? new URL(script.src, document.baseURI).origin : null;
	} catch {
		EXPLORER = null;
	}
	if (!EXPLORER) return;

	function frames() {
		return Array.prototype.slice.call(document.querySelectorAll('iframe[data-mnr-embed]'));
	}
	function originOf(frame) {
		try {
			return new URL(frame.src, document.baseURI).origin;
		} catch {
			return null;
		}
	}
	// A ping carries nothing, so it may go to any origin: the frame may not have navigated yet.
	function ping(frame) {
		if (frame.contentWindow) frame.contentWindow.postMessage({ type: PING }, '*');
	}

	window.addEventListener('message', function (event) {
		var data = event.data;
		if (!data || data.type !== HEIGHT || typeof data.height !== 'number') return;
		if (!isFinite(data.height) || event.origin !== EXPLORER) return;
		frames().forEach(function (frame) {
			if (frame.contentWindow !== event.source || originOf(frame) !== event.origin) return;
			var height = Math.max(80, Math.min(Math.ceil(data.height), 20000));
			frame.style.height = height + 'px';
			frame.setAttribute('data-mnr-embed-resized', String(height));
		});
	});

	function start() {
		frames().forEach(function (frame) {
			frame.addEventListener('load', function () {
				ping(frame);
			});
			ping(frame);
		});
	}
	if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
	else start();
})();
