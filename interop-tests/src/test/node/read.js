"use strict";
// A Node bot reads: {bot, queue, start?, checkpoint?} -> {events} as read() emits them; checkpoints after the last one
// when asked (the read stream's own checkpoint, guarded by the checkpoint it started from).
const { run, readAll } = require("./lib/bus");

run(async ({ bot, queue, start, checkpoint = false }) => {
	const opts = start ? { start } : {};
	return { events: await readAll(bot, queue, opts, checkpoint) };
});
