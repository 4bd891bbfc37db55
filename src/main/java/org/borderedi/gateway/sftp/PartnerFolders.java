package org.borderedi.gateway.sftp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The folders of one partner on the embedded SFTP server: the only place that knows the layout, so that the server
 * and the intake that polls {@code inbound/} always agree on it.
 */
public record PartnerFolders(Path root) {

    static final String INBOUND = "inbound";
    static final String OUTBOUND = "outbound";

    /** A partner id becomes a directory name, so it must be one plain name (the registry already enforces this). */
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    public PartnerFolders {
        root = Objects.requireNonNull(root, "root").toAbsolutePath().normalize();
    }

    public static PartnerFolders of(Path partnersRoot, String partnerId) {
        if (partnerId == null || !PLAIN_NAME.matcher(partnerId).matches()) {
            throw new IllegalArgumentException("partner id '" + partnerId + "' cannot be used as a folder name");
        }
        return new PartnerFolders(partnersRoot.resolve(partnerId));
    }

    /** Where the partner drops its filings. */
    public Path inbound() {
        return root.resolve(INBOUND);
    }

    /** Where the partner collects our acknowledgments. */
    public Path outbound() {
        return root.resolve(OUTBOUND);
    }

    /** Creates the root, {@code inbound/} and {@code outbound/} where they do not exist yet. */
    public void create() {
        try {
            Files.createDirectories(inbound());
            Files.createDirectories(outbound());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the SFTP folders under " + root, e);
        }
    }
}
