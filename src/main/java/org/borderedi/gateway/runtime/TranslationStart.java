package org.borderedi.gateway.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.borderedi.gateway.model.canonical.CanonicalXml;
import org.borderedi.gateway.translation.FileTranslation;
import org.borderedi.gateway.translation.MappingCatalog;

/**
 * Loading the syntax schemas and compiling every Smooks mapping is most of the gateway's start-up, and needs neither
 * the journal nor the broker: it begins first, on a thread of its own, while they start, and the filing flow waits
 * for it when it binds its beans. A configuration that cannot be compiled still stops the start-up, with its reason.
 */
final class TranslationStart {

    /** What translation needs, compiled once. */
    record Compiled(FileTranslation translation, CanonicalXml canonicalXml) {
    }

    private final CompletableFuture<Compiled> compiled;

    private TranslationStart(CompletableFuture<Compiled> compiled) {
        this.compiled = compiled;
    }

    static TranslationStart begin(ProjectFolders folders) {
        CompletableFuture<Compiled> compiled = new CompletableFuture<>();
        Thread compiler = new Thread(() -> {
            try {
                CanonicalXml canonicalXml = new CanonicalXml(folders);
                compiled.complete(new Compiled(
                        new FileTranslation(SyntaxChecks.standard(), MappingCatalog.load(folders), canonicalXml), canonicalXml));
            } catch (IOException | RuntimeException | Error e) {
                compiled.completeExceptionally(e);
            }
        }, "translation-start");
        compiler.setDaemon(true);
        compiler.start();
        return new TranslationStart(compiled);
    }

    /** Waits for the compilation; its failure is thrown here, as if it had happened on this thread. */
    Compiled await() throws IOException {
        try {
            return compiled.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while the mappings were compiled", e);
        } catch (ExecutionException | CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof UncheckedIOException unchecked) {
                throw unchecked.getCause();
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IOException(cause);
        }
    }
}
