"use strict";
// Contender "leo-sdk read": {bot, queue, events} reads `events` events of `queue` from the beginning with sdk.read
// (fromLeo), without checkpointing. The SDK's own stop conditions (100 loops, 240 s) are lifted so that it reads them all.
const { sdk, run } = require("./lib/bus");
const result = require("./lib/result");

run(({ bot, queue, events }) => new Promise((resolve, reject) => {
	let count = 0;
	let first = 0;
	let last = 0;
	const stream = sdk.read(bot, queue, {
		start: "z/",
		limit: events,
		loops: Number.MAX_SAFE_INTEGER,
		stopTime: Date.now() + 3600 * 1000,
	});
	stream.on("data", () => {
		last = result.now();
		if (count === 0) {
			first = last;
		}
		count++;
	});
	stream.on("error", reject);
	stream.on("end", () => {
		result.print(count, first, last);
		resolve();
	});
}));
