/*
 * Copyright 2026 the RStreams binder authors.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.rstreams.localbus.processor;

/**
 * One Kinesis record as the bus's processor receives it from its event source mapping.
 *
 * @param sequenceNumber the Kinesis sequence number
 * @param approximateArrivalMillis when Kinesis received it (epoch ms)
 * @param data the record bytes as the producer sent them (gzip, zlib or JSON text)
 */
public record InputRecord(String sequenceNumber, long approximateArrivalMillis, byte[] data) {
}
