package io.rstreams.localbus.processor;

/**
 * One Kinesis record as the bus's processor receives it from its event source mapping.
 *
 * @param sequenceNumber           the Kinesis sequence number
 * @param approximateArrivalMillis when Kinesis received it (epoch ms)
 * @param data                     the record bytes as the producer sent them (gzip, zlib or JSON text)
 */
public record InputRecord(String sequenceNumber, long approximateArrivalMillis, byte[] data) {
}
