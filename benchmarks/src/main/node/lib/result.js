"use strict";
// The machine-readable line a contender prints when done (the Java side's ResultLine): "BENCH " + JSON with count,
// steadyMs and rate, the steady-state events per second from the first event to the last as this process saw them.

/** Monotonic milliseconds. */
function now() {
	return Number(process.hrtime.bigint()) / 1e6;
}

function print(count, first, last, extra = {}) {
	const millis = Math.max(last - first, 1e-6);
	const line = Object.assign(
		{ count, steadyMs: Math.round(millis * 10) / 10, rate: Math.round(count / (millis / 1000)) },
		extra
	);
	process.stdout.write("BENCH " + JSON.stringify(line) + "\n");
}

module.exports = { now, print };
