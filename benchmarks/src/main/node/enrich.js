"use strict";
// Contender "leo-sdk enrich": {bot, inQueue, outQueue, events} copies every event of inQueue (from the beginning) to
// outQueue with `enriched: true` through sdk.enrichEvents (outputs correlated, the input checkpointed once Kinesis
// accepted them), then waits until the bus stored `events` events in outQueue. The steady figure runs from the first
// transform call to that moment.
const { sdk, run } = require("./lib/bus");
const result = require("./lib/result");
const { awaitStored } = require("./lib/stored");

run(async ({ bot, inQueue, outQueue, events }) => {
	let first = 0;
	let transformed = 0;
	await sdk.enrichEvents({
		id: bot,
		inQueue,
		outQueue,
		config: { start: "z/", loops: Number.MAX_SAFE_INTEGER, stopTime: Date.now() + 3600 * 1000 },
		transform: (payload, event, done) => {
			if (transformed === 0) {
				first = result.now();
			}
			transformed++;
			done(null, Object.assign({}, payload, { enriched: true }));
		},
	});
	const count = await awaitStored(outQueue, events);
	result.print(count, first, result.now(), { transformed });
});
