"use strict";
// A Node offload bot: {bot, queue} -> {events} handed to `each`; offload checkpoints what it handled.
const { sdk, run } = require("./lib/bus");

run(async ({ bot, queue }) => {
	const events = [];
	await sdk.offloadEvents({
		id: bot,
		inQueue: queue,
		each: (payload, event, done) => {
			events.push(event);
			done(null, true);
		},
	});
	return { events };
});
