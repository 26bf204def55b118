"use strict";
// The payloads of BenchPayloads.java: an order-like object of exactly 224 bytes of JSON, with a note of words.
const PAYLOAD_BYTES = 224;
const WORDS = ["order", "shipped", "to", "the", "customer", "warehouse", "north", "south", "express", "standard",
	"invoice", "paid", "pending", "returned", "gift", "wrap", "priority", "fragile", "bulk", "discount"];
const REGIONS = ["eu-west-1", "us-east-1", "ap-south-1", "sa-east-1"];

function pad(n, width) {
	return String(n).padStart(width, "0");
}

function payload(n) {
	const p = {
		n,
		customer: "customer-" + pad(n % 1000, 4),
		region: REGIONS[n % REGIONS.length],
		amount: (n % 100000) / 100 + 1,
		currency: n % 2 === 0 ? "EUR" : "USD",
		items: 1 + (n % 9),
		sku: "SKU-" + pad((n * 31) % 1000000, 6),
		note: "",
	};
	const room = PAYLOAD_BYTES - JSON.stringify(p).length;
	let note = "";
	for (let i = 0; note.length < room; i++) {
		note += (i > 0 ? " " : "") + WORDS[(n * 7 + i * 13) % WORDS.length];
	}
	p.note = note.substring(0, Math.max(room, 0));
	return p;
}

module.exports = { payload };
