package io.rstreams.samples.pipeline;

/** What the invoice bot writes to queue {@code invoices}. */
public record Invoice(String orderId, String customer, double net, double tax, double total) {
}
