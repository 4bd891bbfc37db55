package org.borderedi.gateway.translation.x12;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.borderedi.gateway.edi.GatewayIdentity;
import org.borderedi.gateway.edi.Syntax;
import org.borderedi.gateway.edi.SyntaxCheck;
import org.borderedi.gateway.edi.ValidationProfile;
import org.borderedi.gateway.model.Filing;
import org.borderedi.gateway.model.canonical.CanonicalXml;
import org.borderedi.gateway.partners.EdiIdentities.X12Identity;
import org.borderedi.gateway.runtime.ProjectFolders;
import org.borderedi.gateway.runtime.SyntaxChecks;
import org.borderedi.gateway.translation.MappingCatalog;
import org.borderedi.gateway.translation.MessageTranslator;
import org.borderedi.gateway.translation.TranslatedMessage;

/** What the X12 mapping tests share: the syntax layer and the mapping catalog as the gateway runs them, built once. */
final class X12Translations {

    static final Path SAMPLES = Path.of("edi-samples", "x12");
    /** Business rules look at dates around this day; the samples' dates are near it. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T00:00:00Z"), ZoneOffset.UTC);
    static final CanonicalXml CANONICAL = new CanonicalXml();

    private static final GatewayIdentity US = new GatewayIdentity(List.of(new X12Identity("ZZ", "BORDERGW")), List.of());
    private static final SyntaxCheck SYNTAX = SyntaxChecks.standard();
    private static final MappingCatalog CATALOG = load();

    private X12Translations() {
    }

    /** Every message of the data, checked against the standard only and translated. */
    static List<TranslatedMessage> translate(byte[] data) {
        List<TranslatedMessage> messages = new ArrayList<>();
        try {
            SYNTAX.check(new ByteArrayInputStream(data), ValidationProfile.standardOnly(US),
                    new MessageTranslator(CATALOG, Syntax.X12, messages::add));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return messages;
    }

    static List<TranslatedMessage> translateSample(String name) {
        return translate(read(SAMPLES.resolve(name)));
    }

    /** The one filing a message maps to, failing the test when it did not map. */
    static Filing filing(String interchange) {
        List<TranslatedMessage> messages = translate(interchange.getBytes(StandardCharsets.US_ASCII));
        if (messages.size() != 1 || !messages.get(0).translated()) {
            throw new AssertionError("expected one translated message, got " + messages);
        }
        return messages.get(0).filing();
    }

    static Filing sampleFiling(String name) {
        List<TranslatedMessage> messages = translateSample(name);
        if (messages.size() != 1 || !messages.get(0).translated()) {
            throw new AssertionError(name + ": expected one translated message, got " + messages);
        }
        return messages.get(0).filing();
    }

    /**
     * An interchange from the demo forwarder holding one transaction set of these segments (ST and SE are added, with
     * SE's count), one segment per line.
     */
    static String interchange(String type, String... segments) {
        StringBuilder set = new StringBuilder("ST*" + type + "*0001~\n");
        for (String segment : segments) {
            set.append(segment).append("~\n");
        }
        set.append("SE*").append(segments.length + 2).append("*0001~\n");
        return "ISA*00*          *00*          *ZZ*DEMOFWD        *ZZ*BORDERGW       *261122*1600*U*00401*000000901*0*P*>~\n"
                + "GS*SO*DEMOFWD*BORDERGW*20261122*1600*901*X*004010~\n" + set
                + "GE*1*901~\nIEA*1*000000901~\n";
    }

    static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MappingCatalog load() {
        try {
            return MappingCatalog.load(ProjectFolders.ofWorkingDirectory());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
