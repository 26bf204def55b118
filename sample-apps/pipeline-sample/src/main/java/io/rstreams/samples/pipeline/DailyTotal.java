package io.rstreams.samples.pipeline;

/** What the batch bot computes from a batch of invoices. */
public record DailyTotal(int invoices, double total) {
}
