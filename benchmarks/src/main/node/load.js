"use strict";
// Contender "leo-sdk load": {bot, queue, events} writes `events` payloads to `queue` with sdk.load (the SDK's defaults:
// gzip chunks to the bus's Kinesis stream), then waits until the bus stored them all. The steady figure runs from the
// first write to that moment; acceptedMs is the part up to the load stream's end. Payloads are built before the clock.
const { once } = require("events");
const { sdk, run } = require("./lib/bus");
const result = require("./lib/result");
const { payload } = require("./lib/payloads");
const { awaitStored } = require("./lib/stored");

run(async ({ bot, queue, events }) => {
	const payloads = [];
	for (let n = 0; n < events; n++) {
		payloads.push(payload(n));
	}
	const first = result.now();
	const stream = sdk.load(bot, queue);
	for (const p of payloads) {
		if (!stream.write(p)) {
			await once(stream, "drain");
		}
	}
	await new Promise((resolve, reject) => stream.end((err) => (err ? reject(err) : resolve())));
	const accepted = result.now();
	const count = await awaitStored(queue, events);
	result.print(count, first, result.now(), { acceptedMs: Math.round(accepted - first) });
});
