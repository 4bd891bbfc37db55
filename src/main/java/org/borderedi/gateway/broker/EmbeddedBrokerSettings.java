package org.borderedi.gateway.broker;

import java.nio.file.Path;
import java.util.Objects;
import org.borderedi.gateway.partners.Secret;

/**
 * How the embedded broker is run: where it keeps its data, where it listens, how much memory and disk it may use,
 * and the gateway's own login.
 *
 * @param dataDir          the broker's directory: KahaDB goes to {@code kahadb/}, spooled non-persistent messages
 *                         to {@code tmp/}
 * @param host             the address the TCP connector binds to; {@value #DEFAULT_HOST} when null or blank
 * @param port             the TCP port; 0 picks any free port (see {@link EmbeddedBroker#tcpUrl()})
 * @param memoryLimitBytes messages held in memory before producers are slowed down
 * @param storeLimitBytes  disk used by persistent messages before producers are slowed down
 * @param tempLimitBytes   disk used by spooled non-persistent messages
 * @param gatewayUser      the gateway's own login, with rights on every queue and topic
 * @param gatewayPassword  its password
 */
public record EmbeddedBrokerSettings(
        Path dataDir,
        String host,
        int port,
        long memoryLimitBytes,
        long storeLimitBytes,
        long tempLimitBytes,
        String gatewayUser,
        Secret gatewayPassword) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    /** ActiveMQ's usual port. */
    public static final int DEFAULT_PORT = 61616;

    private static final long MIB = 1024L * 1024L;

    public EmbeddedBrokerSettings {
        Objects.requireNonNull(dataDir, "dataDir");
        host = host == null || host.isBlank() ? DEFAULT_HOST : host.strip();
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, not " + port);
        }
        positive("memoryLimitBytes", memoryLimitBytes);
        positive("storeLimitBytes", storeLimitBytes);
        positive("tempLimitBytes", tempLimitBytes);
        if (gatewayUser == null || gatewayUser.isBlank()) {
            throw new IllegalArgumentException("gatewayUser must not be empty");
        }
        Objects.requireNonNull(gatewayPassword, "gatewayPassword");
        if (gatewayPassword.value().isEmpty()) {
            throw new IllegalArgumentException("gatewayPassword must not be empty");
        }
    }

    /** A broker on 127.0.0.1:61616 with 64 MiB of memory, 4 GiB of store and 1 GiB of temporary storage. */
    public static EmbeddedBrokerSettings defaults(Path dataDir, String gatewayUser, Secret gatewayPassword) {
        return new EmbeddedBrokerSettings(
                dataDir, DEFAULT_HOST, DEFAULT_PORT, 64 * MIB, 4096 * MIB, 1024 * MIB, gatewayUser, gatewayPassword);
    }

    private static void positive(String name, long value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive, not " + value);
        }
    }
}
