"use strict";
/*
 * The Node SDK (leo-sdk 6.x on aws-sdk v2) pointed at the standalone local bus, configured the way the interop tests
 * configure it (README "Node bots on a local bus", protocol.md section 12), from the same environment the bus prints for
 * a Spring Boot application: RSTREAMS_CONFIG and SPRING_CLOUD_STREAM_RSTREAMS_BUS_ENDPOINTS_DYNAMODB|S3|KINESIS.
 *  - per-service endpoints for Kinesis, S3 and the SDK's DynamoDB client;
 *  - AWS.config.dynamodb.endpoint for sdk.bot (checkpoints build their own DynamoDB client);
 *  - an http.Agent instead of the https.Agent the SDK hard-codes, which cannot reach http:// endpoints.
 * Modules resolve through NODE_PATH (the interop tests' node_modules), so aws-sdk is the instance leo-sdk uses.
 */
const http = require("http");
const https = require("https");
const AWS = require("aws-sdk");

function env(name) {
	const value = process.env[name];
	if (!value) {
		throw new Error(`${name} is not set: run this script through the side-by-side harness`);
	}
	return value;
}

const endpoints = {
	dynamodb: env("SPRING_CLOUD_STREAM_RSTREAMS_BUS_ENDPOINTS_DYNAMODB"),
	s3: env("SPRING_CLOUD_STREAM_RSTREAMS_BUS_ENDPOINTS_S3"),
	kinesis: env("SPRING_CLOUD_STREAM_RSTREAMS_BUS_ENDPOINTS_KINESIS"),
};
const config = JSON.parse(env("RSTREAMS_CONFIG"));
const agent = new http.Agent({ keepAlive: true });

const handleRequest = AWS.NodeHttpClient.prototype.handleRequest;
AWS.NodeHttpClient.prototype.handleRequest = function (request, options, callback, errCallback) {
	if (request.endpoint.protocol === "http:" && options && options.agent instanceof https.Agent) {
		options = Object.assign({}, options, { agent });
	}
	return handleRequest.call(this, request, options, callback, errCallback);
};
AWS.config.update({ dynamodb: { endpoint: endpoints.dynamodb } });

const { RStreamsSdk } = require("leo-sdk");
const sdk = new RStreamsSdk(config, {
	kinesisConfig: { endpoint: endpoints.kinesis, httpOptions: { agent } },
	// there is no local Firehose; an endpoint that refuses connections keeps a stray call off AWS
	firehoseConfig: { endpoint: "http://127.0.0.1:9", httpOptions: { agent } },
	s3Config: { endpoint: endpoints.s3, s3ForcePathStyle: true, httpOptions: { agent } },
	dynamodbConfig: { endpoint: endpoints.dynamodb, httpOptions: { agent } },
});

/** A plain DynamoDB client of the bus, for counting what is stored (not part of any measured SDK path). */
const dynamodb = new AWS.DynamoDB({ endpoint: endpoints.dynamodb, region: config.Region, httpOptions: { agent } });

/** The JSON object passed as the first argument. */
function input() {
	return JSON.parse(process.argv[2] || "{}");
}

/** Runs main(input); any failure exits 1 with the error on stderr. */
function run(main) {
	Promise.resolve()
		.then(() => main(input()))
		.then(() => process.exit(0))
		.catch((err) => {
			console.error("FAILED:", (err && err.stack) || err);
			process.exit(1);
		});
}

module.exports = { sdk, config, dynamodb, run };
