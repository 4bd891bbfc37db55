package org.borderedi.gateway.translation;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;
import org.borderedi.gateway.edi.Detection;
import org.borderedi.gateway.edi.FormatDetector;
import org.borderedi.gateway.edi.Syntax;
import org.borderedi.gateway.edi.SyntaxCheck;
import org.borderedi.gateway.edi.SyntaxEvents;
import org.borderedi.gateway.edi.ValidationProfile;

/**
 * Translates every message of one file, whatever its format: the syntax layer reads and checks EDI and Cargo-IMP
 * message by message and each checked message is mapped as soon as it is read. Memory holds one message at a time.
 */
public final class FileTranslation {

    private final SyntaxCheck check;
    private final MappingCatalog catalog;

    public FileTranslation(SyntaxCheck check, MappingCatalog catalog) {
        this.check = check;
        this.catalog = catalog;
    }

    /**
     * Reads the whole file.
     *
     * @param messages  receives each message, translated or with the reason it is not
     * @param listening also told everything the syntax layer reports (findings, acknowledgment writers)
     * @return what the file is
     */
    public Detection translate(InputStream file, ValidationProfile profile, Consumer<TranslatedMessage> messages,
            SyntaxEvents listening) throws IOException {
        BufferedInputStream buffered = file instanceof BufferedInputStream already ? already
                : new BufferedInputStream(file, 64 * 1024);
        Detection detection = FormatDetector.detect(buffered);
        Syntax syntax = detection.syntax();
        if (!check.checks(syntax)) {
            listening.unreadable(0, syntax == Syntax.UNRECOGNISED ? detection.description()
                    : detection.description() + ": not translated by this gateway yet");
            return detection;
        }
        return check.check(buffered, profile, SyntaxEvents.all(listening, new MessageTranslator(catalog, syntax, messages)));
    }
}
