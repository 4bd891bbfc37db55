package org.borderedi.gateway.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.borderedi.gateway.edi.GatewayIdentity;
import org.borderedi.gateway.edi.SyntaxEvents;
import org.borderedi.gateway.edi.ValidationProfile;
import org.borderedi.gateway.model.canonical.CanonicalXml;
import org.borderedi.gateway.translation.FileTranslation;

/**
 * Measures translation end to end on one thread: bytes in, validated by the syntax layer, mapped by Smooks, canonical
 * XML out, as the text the gateway records each filing's shipment as. A benchmark, not a test: run it with
 * {@code bench translate}.
 */
public final class TranslationBenchmark {

    private final FileTranslation translation;
    private final CanonicalXml xml;
    private final GatewayIdentity us;

    public TranslationBenchmark(FileTranslation translation, CanonicalXml xml, GatewayIdentity us) {
        this.translation = translation;
        this.xml = xml;
        this.us = us;
    }

    public ValidationBenchmark.Result measure(Path file) throws IOException {
        AtomicLong messages = new AtomicLong();
        AtomicLong translated = new AtomicLong();
        return ValidationBenchmark.measured(file, in -> translation.translate(in, ValidationProfile.standardOnly(us), message -> {
            messages.incrementAndGet();
            if (message.translated()) {
                translated.incrementAndGet();
                xml.toXml(message.filing());
            }
        }, new SyntaxEvents() {
        }), messages, translated);
    }
}
