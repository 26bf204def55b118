"use strict";
// A Node bot writes: {bot, queue, events: [...]} through load(), then {putEvents: [{bot, queue, payload}]} one by one.
const { sdk, run } = require("./lib/bus");

run(async ({ bot, queue, events = [], putEvents = [] }) => {
	if (events.length > 0) {
		await new Promise((resolve, reject) => {
			const stream = sdk.load(bot, queue);
			for (const event of events) {
				stream.write(event);
			}
			stream.end((err) => (err ? reject(err) : resolve()));
		});
	}
	for (const put of putEvents) {
		await sdk.putEvent(put.bot, put.queue, put.payload);
	}
	return { written: events.length + putEvents.length };
});
