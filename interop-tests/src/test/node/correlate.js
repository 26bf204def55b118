"use strict";
// createCorrelation as the SDK computes it: {single: [events]} -> one per event; {batch: [events]} -> one for all.
const { sdk, run } = require("./lib/bus");

run(async ({ single = [], batch }) => ({
	single: single.map((event) => sdk.streams.createCorrelation(event)),
	batch: batch ? sdk.streams.createCorrelation(batch) : null,
}));
