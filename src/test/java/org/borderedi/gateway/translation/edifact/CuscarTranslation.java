package org.borderedi.gateway.translation.edifact;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.borderedi.gateway.edi.GatewayIdentity;
import org.borderedi.gateway.edi.Syntax;
import org.borderedi.gateway.edi.ValidationProfile;
import org.borderedi.gateway.partners.EdiIdentities.EdifactIdentity;
import org.borderedi.gateway.runtime.ProjectFolders;
import org.borderedi.gateway.runtime.SyntaxChecks;
import org.borderedi.gateway.translation.MappingCatalog;
import org.borderedi.gateway.translation.MessageTranslator;
import org.borderedi.gateway.translation.TranslatedMessage;

/** Reads an EDIFACT sample through the syntax layer and the catalog's mappings, as the gateway does. */
final class CuscarTranslation {

    /** The date business rules take for today: the samples sail around it. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T00:00:00Z"), ZoneOffset.UTC);

    private static final GatewayIdentity US = new GatewayIdentity(List.of(), List.of(new EdifactIdentity("BORDERGW", null)));
    private static MappingCatalog catalog;

    private CuscarTranslation() {
    }

    static synchronized MappingCatalog catalog() {
        if (catalog == null) {
            try {
                catalog = MappingCatalog.load(ProjectFolders.ofWorkingDirectory());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return catalog;
    }

    static Path sample(String name) {
        return Path.of("edi-samples", "edifact", name);
    }

    /** Every message of the sample, translated or with the reason it was not. */
    static List<TranslatedMessage> translate(String sampleName) {
        try (InputStream in = Files.newInputStream(sample(sampleName))) {
            return translate(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<TranslatedMessage> translate(InputStream in) throws IOException {
        List<TranslatedMessage> out = new ArrayList<>();
        SyntaxChecks.standard().check(in, ValidationProfile.standardOnly(US), new MessageTranslator(catalog(), Syntax.EDIFACT, out::add));
        return out;
    }
}
