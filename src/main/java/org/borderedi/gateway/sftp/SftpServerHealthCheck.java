package org.borderedi.gateway.sftp;

import java.util.Map;
import java.util.Objects;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

/** Tells Camel's health endpoint whether partners can reach the embedded SFTP server. */
public final class SftpServerHealthCheck extends AbstractHealthCheck {

    public static final String ID = "sftp-server";

    private final EmbeddedSftpServer server;

    public SftpServerHealthCheck(EmbeddedSftpServer server) {
        super(ID);
        this.server = Objects.requireNonNull(server, "server");
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        builder.detail("host", server.host());
        builder.detail("port", server.port());
        builder.detail("partners", server.partnerCount());
        if (server.isListening()) {
            builder.up();
        } else {
            builder.message("the embedded SFTP server is not listening").down();
        }
    }
}
