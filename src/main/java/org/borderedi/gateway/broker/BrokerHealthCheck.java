package org.borderedi.gateway.broker;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

/**
 * Reports whether the gateway can reach its broker, embedded or external: UP when a connection can be opened and
 * started, DOWN with the reason otherwise, or when no answer comes within the time limit.
 */
public final class BrokerHealthCheck extends AbstractHealthCheck {

    public static final String ID = "broker";
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    private final String url;
    private final ConnectionFactory factory;
    private final Duration timeout;
    /** The probe still under way, if any: never more than one, however often the check is called. */
    private CompletableFuture<Void> probe;

    public BrokerHealthCheck(String url, ConnectionFactory factory) {
        this(url, factory, DEFAULT_TIMEOUT);
    }

    public BrokerHealthCheck(String url, ConnectionFactory factory, Duration timeout) {
        super(ID);
        this.url = Objects.requireNonNull(url, "url");
        this.factory = Objects.requireNonNull(factory, "factory");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        // AbstractHealthCheck calls this under its own lock: one caller at a time.
        builder.detail("url", url);
        // The probe runs on its own thread so that a broker that accepts TCP but never answers, or a failover URL
        // that retries forever, turns the check DOWN instead of hanging the health endpoint.
        if (probe == null || probe.isDone()) {
            probe = CompletableFuture.runAsync(this::connectAndStart, command -> {
                Thread thread = new Thread(command, "broker-health-probe");
                thread.setDaemon(true);
                thread.start();
            });
        }
        try {
            probe.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            builder.up();
        } catch (TimeoutException e) {
            builder.message("no answer from the broker within " + timeout.toMillis() + " ms").down();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() instanceof BrokerUnreachable unreachable ? unreachable.getCause() : e.getCause();
            builder.message(String.valueOf(cause.getMessage())).error(cause).down();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            builder.message("interrupted").down();
        }
    }

    private void connectAndStart() {
        try (Connection connection = factory.createConnection()) {
            connection.start();
        } catch (Exception e) {
            throw new BrokerUnreachable(e);
        }
    }

    /** Carries a checked JMS failure out of the probe thread; its message is the original one. */
    private static final class BrokerUnreachable extends RuntimeException {
        BrokerUnreachable(Exception cause) {
            super(cause.getMessage(), cause);
        }
    }
}
