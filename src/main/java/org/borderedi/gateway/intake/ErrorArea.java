package org.borderedi.gateway.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Where what could not be taken is kept for the operator ({@code error/<partner>/<receipt id>}), with a
 * {@code .reason.txt} beside it saying who sent it, what it was called and why it was refused.
 */
public final class ErrorArea {

    private final Path root;

    public ErrorArea(Path dataDir) {
        this.root = dataDir.toAbsolutePath().normalize().resolve("error");
    }

    /**
     * Moves a refused file here, its reason first: whatever moment the process dies at, a kept file has its reason.
     * A second call for the same receipt finds it done.
     */
    public Path keep(Path source, Refusal refusal) throws IOException {
        Path target = locate(refusal);
        writeReason(target, refusal);
        if (!Files.exists(target) && Files.exists(source)) {
            DurableFiles.move(source, target);
        }
        return target;
    }

    /** Stores a refused message body here, with its reason. */
    public Path keep(InputStream body, Refusal refusal) throws IOException {
        Path target = locate(refusal);
        writeReason(target, refusal);
        DurableFiles.write(target, body);
        return target;
    }

    private Path locate(Refusal refusal) {
        if (!ReceiptIds.isWellFormed(refusal.receiptId())) {
            throw new IllegalArgumentException("not a receipt id: " + refusal.receiptId());
        }
        return root.resolve(refusal.partnerId()).resolve(refusal.receiptId());
    }

    private static void writeReason(Path kept, Refusal refusal) throws IOException {
        DurableFiles.write(kept.resolveSibling(kept.getFileName() + ".reason.txt"), """
                receipt: %s
                partner: %s
                channel: %s
                original name: %s
                kept at: %s
                reason: %s
                """.formatted(refusal.receiptId(), refusal.partnerId(), refusal.channel(), refusal.originalName(),
                Instant.now(), refusal.reason()));
    }

    /** Why something from a partner was not taken. */
    public record Refusal(String receiptId, String partnerId, String channel, String originalName, String reason) {
    }
}
