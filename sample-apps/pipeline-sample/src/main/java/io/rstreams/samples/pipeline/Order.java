package io.rstreams.samples.pipeline;

/** What the order source writes to queue {@code orders}. */
public record Order(String orderId, String customer, double amount) {
}
