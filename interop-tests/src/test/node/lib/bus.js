"use strict";
/*
 * The Node SDK (leo-sdk 6.x, aws-sdk v2) pointed at a local bus, as protocol.md section 12 says:
 *  - RSTREAMS_CONFIG names the bus's tables, stream and bucket;
 *  - per-service endpoints for Kinesis, S3 and the SDK's DynamoDB client;
 *  - AWS.config.dynamodb.endpoint for sdk.bot (lib/cron.js builds its own DynamoDB client and ignores dynamodbConfig);
 *  - an http.Agent instead of the https.Agent the SDK hard-codes, which cannot reach http:// endpoints.
 * Every run is told its endpoints through environment variables by the JUnit side (NodeSdk.java) and answers
 * through the JSON file named by INTEROP_RESULT, because the SDK itself prints to stdout.
 */
const fs = require("fs");
const http = require("http");
const https = require("https");
const AWS = require("aws-sdk");

function env(name) {
	const value = process.env[name];
	if (!value) {
		throw new Error(`${name} is not set`);
	}
	return value;
}

const dynamodb = env("RSTREAMS_DYNAMODB_ENDPOINT");
const s3 = env("RSTREAMS_S3_ENDPOINT");
const kinesis = env("RSTREAMS_KINESIS_ENDPOINT");
const agent = new http.Agent({ keepAlive: true });

const handleRequest = AWS.NodeHttpClient.prototype.handleRequest;
AWS.NodeHttpClient.prototype.handleRequest = function (request, options, callback, errCallback) {
	if (request.endpoint.protocol === "http:" && options && options.agent instanceof https.Agent) {
		options = Object.assign({}, options, { agent });
	}
	return handleRequest.call(this, request, options, callback, errCallback);
};
AWS.config.update({ dynamodb: { endpoint: dynamodb } });

const { RStreamsSdk } = require("leo-sdk");
const sdk = new RStreamsSdk(JSON.parse(env("RSTREAMS_CONFIG")), {
	kinesisConfig: { endpoint: kinesis, httpOptions: { agent } },
	// there is no local Firehose; an endpoint that refuses connections keeps a stray call off AWS
	firehoseConfig: { endpoint: "http://127.0.0.1:9", httpOptions: { agent } },
	s3Config: { endpoint: s3, s3ForcePathStyle: true, httpOptions: { agent } },
	dynamodbConfig: { endpoint: dynamodb, httpOptions: { agent } },
});

/** The JSON the JUnit side passed in INTEROP_INPUT. */
function input() {
	return JSON.parse(env("INTEROP_INPUT"));
}

/** Runs main(input) and writes its answer to INTEROP_RESULT; any failure exits 1 with the error on stderr. */
function run(main) {
	Promise.resolve()
		.then(() => main(input()))
		.then((result) => {
			fs.writeFileSync(env("INTEROP_RESULT"), JSON.stringify(result === undefined ? {} : result));
			process.exit(0);
		})
		.catch((err) => {
			console.error("FAILED:", err && err.stack || err);
			process.exit(1);
		});
}

/** Reads everything `bot` can read of `queue` now, as the SDK emits it; checkpoints after it when asked. */
function readAll(bot, queue, opts, checkpoint) {
	return new Promise((resolve, reject) => {
		const events = [];
		const stream = sdk.read(bot, queue, opts);
		stream.on("data", (event) => events.push(event));
		stream.on("error", reject);
		stream.on("end", () => {
			if (!checkpoint) {
				resolve(events);
				return;
			}
			stream.checkpoint((err) => (err ? reject(err) : resolve(events)));
		});
	});
}

module.exports = { sdk, run, readAll };
