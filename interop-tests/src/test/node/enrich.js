"use strict";
// A Node enrich bot: {bot, inQueue, outQueue, field} copies each payload with `field: true` added; enrich sets the
// outputs' correlation_id and checkpoints the input after Kinesis accepted the outputs.
const { sdk, run } = require("./lib/bus");

run(async ({ bot, inQueue, outQueue, field }) => {
	let count = 0;
	await sdk.enrichEvents({
		id: bot,
		inQueue,
		outQueue,
		transform: (payload, event, done) => {
			count++;
			done(null, Object.assign({}, payload, { [field]: true }));
		},
	});
	return { enriched: count };
});
