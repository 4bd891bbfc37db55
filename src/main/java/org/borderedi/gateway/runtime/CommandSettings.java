package org.borderedi.gateway.runtime;

import java.nio.file.Path;
import java.util.Optional;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * The gateway's configuration for commands that do their work without starting the gateway (validate, bench),
 * resolved by Camel exactly as the running gateway resolves it: application.properties, the {@code --config} file,
 * environment variables and system properties.
 */
final class CommandSettings implements AutoCloseable {

    private final DefaultCamelContext camel = new DefaultCamelContext(false);
    private final GatewaySettings settings;

    CommandSettings(Optional<Path> config) {
        camel.getPropertiesComponent().setLocation(GatewayApplication.propertyLocations(config));
        camel.build();
        settings = GatewaySettings.from(camel.getPropertiesComponent());
    }

    GatewaySettings settings() {
        return settings;
    }

    @Override
    public void close() {
        try {
            camel.close();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
