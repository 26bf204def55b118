package io.rstreams.autoconfigure;

import io.rstreams.client.BusConfig;

/**
 * The bus this application uses, resolved once at start-up, and where its configuration came from. Holds only
 * resource names and the region: never secret material.
 *
 * @param config the resource names and region
 * @param origin where they came from (e.g. "secret 'rstreams-PlaygroundBus-Bus-1ABC' (via SSM parameter 'PlaygroundBus')")
 * @param local  whether this is the embedded local bus
 */
public record ResolvedBus(BusConfig config, String origin, boolean local) {
}
