"use strict";
// Counts the events the bus stored in a queue, as StoredEvents.java does: LeoEvent's max_eid, then the `records` of the
// LeoStream blocks after the last one counted, up to it. Used to tell when a writer's events are all in the queue.
const { config, dynamodb } = require("./bus");

function sleep(ms) {
	return new Promise((resolve) => setTimeout(resolve, ms));
}

function storedCounter(queue) {
	let position = "z/";
	let countedUpTo = null;
	let count = 0;
	return async function countNow() {
		const item = await dynamodb
			.getItem({ TableName: config.LeoEvent, Key: { event: { S: queue } }, ConsistentRead: true })
			.promise();
		const maxEid = item.Item && item.Item.max_eid && item.Item.max_eid.S;
		if (!maxEid || maxEid === countedUpTo) {
			return count;
		}
		let startKey;
		do {
			const page = await dynamodb
				.query({
					TableName: config.LeoStream,
					KeyConditionExpression: "#event = :event and #end between :after and :max",
					ProjectionExpression: "#end, #records",
					ExpressionAttributeNames: { "#event": "event", "#end": "end", "#records": "records" },
					ExpressionAttributeValues: {
						":event": { S: queue },
						":after": { S: position + " " },
						":max": { S: maxEid },
					},
					ExclusiveStartKey: startKey,
					Limit: 1000,
				})
				.promise();
			for (const block of page.Items) {
				count += Number(block.records ? block.records.N : 0);
				position = block.end.S;
			}
			startKey = page.LastEvaluatedKey && Object.keys(page.LastEvaluatedKey).length > 0 ? page.LastEvaluatedKey : undefined;
		} while (startKey);
		countedUpTo = maxEid;
		return count;
	};
}

/** Resolves with the count once at least `expected` events are stored; rejects after `timeoutMs` (StoredEvents.timeoutFor). */
async function awaitStored(queue, expected, timeoutMs = (120 + Math.floor(expected / 500)) * 1000) {
	const countNow = storedCounter(queue);
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const count = await countNow();
		if (count >= expected) {
			return count;
		}
		if (Date.now() > deadline) {
			throw new Error(`Only ${count} of ${expected} events were stored in queue '${queue}' after ${timeoutMs / 1000} s`);
		}
		await sleep(50);
	}
}

module.exports = { awaitStored };
