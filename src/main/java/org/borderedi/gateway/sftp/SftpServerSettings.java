package org.borderedi.gateway.sftp;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the embedded SFTP server listens, where it keeps its host key and the partners' folders, and how large an
 * upload may grow.
 *
 * @param host           the address to bind; {@value #DEFAULT_HOST} when null or blank
 * @param port           the port to bind; 0 takes any free port
 * @param hostKeyFile    the server's private host key, generated on first start
 * @param partnersRoot   the directory holding one folder per partner
 * @param maxUploadBytes the largest file a partner may upload
 */
public record SftpServerSettings(String host, int port, Path hostKeyFile, Path partnersRoot, long maxUploadBytes) {

    public static final String DEFAULT_HOST = "127.0.0.1";

    public SftpServerSettings {
        host = host == null || host.isBlank() ? DEFAULT_HOST : host.strip();
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, not " + port);
        }
        hostKeyFile = Objects.requireNonNull(hostKeyFile, "hostKeyFile").toAbsolutePath().normalize();
        partnersRoot = Objects.requireNonNull(partnersRoot, "partnersRoot").toAbsolutePath().normalize();
        if (maxUploadBytes <= 0) {
            throw new IllegalArgumentException("maxUploadBytes must be positive, not " + maxUploadBytes);
        }
    }
}
