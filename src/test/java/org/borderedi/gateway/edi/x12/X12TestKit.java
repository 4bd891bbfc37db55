package org.borderedi.gateway.edi.x12;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.borderedi.gateway.edi.CollectedAcks;
import org.borderedi.gateway.edi.ControlNumbers;
import org.borderedi.gateway.edi.Finding;
import org.borderedi.gateway.edi.GatewayIdentity;
import org.borderedi.gateway.edi.GroupHeader;
import org.borderedi.gateway.edi.GroupOutcome;
import org.borderedi.gateway.edi.InMemoryControlNumbers;
import org.borderedi.gateway.edi.InMemoryInterchangeHistory;
import org.borderedi.gateway.edi.InterchangeHeader;
import org.borderedi.gateway.edi.InterchangeHistory;
import org.borderedi.gateway.edi.InterchangeOutcome;
import org.borderedi.gateway.edi.MessageOutcome;
import org.borderedi.gateway.edi.SyntaxEvents;
import org.borderedi.gateway.edi.ValidationProfile;
import org.borderedi.gateway.partners.AckPreferences;
import org.borderedi.gateway.partners.AckPreferences.AckPolicy;
import org.borderedi.gateway.partners.AckPreferences.FunctionalAck;
import org.borderedi.gateway.partners.Channel;
import org.borderedi.gateway.partners.CodeListMode;
import org.borderedi.gateway.partners.EdiIdentities;
import org.borderedi.gateway.partners.EdiIdentities.X12Identity;
import org.borderedi.gateway.partners.FilingFormat;
import org.borderedi.gateway.partners.Partner;
import org.borderedi.gateway.partners.PartnerKind;

/** What the X12 tests share: the gateway's identity, partners, a fixed clock, the samples and a recording run. */
final class X12TestKit {

    static final GatewayIdentity US = new GatewayIdentity(List.of(new X12Identity("ZZ", "BORDERGW")), List.of());
    /** The acknowledgments' own date and time: 261123 / 0805, unlike any sample's. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T08:05:00Z"), ZoneOffset.UTC);
    /** One validator for all tests: the schemas are built once and shared. */
    static final X12Validator VALIDATOR = new X12Validator();

    private X12TestKit() {
    }

    static ValidationProfile standard() {
        return ValidationProfile.standardOnly(US);
    }

    /** The demo forwarder (ZZ:DEMOFWD), filing 309 and 358 unless told otherwise. */
    static Partner forwarder(FunctionalAck functionalAck, AckPolicy ta1, CodeListMode codeLists, FilingFormat... formats) {
        Set<FilingFormat> allowed = formats.length == 0 ? Set.of(FilingFormat.X12_309, FilingFormat.X12_358) : Set.of(formats);
        return new Partner("demo-forwarder", "Demo Forwarding Inc.", PartnerKind.FORWARDER,
                new EdiIdentities(List.of(new X12Identity("ZZ", "DEMOFWD")), List.of(), List.of(), List.of()),
                new Channel.EmbeddedSftp("demo-forwarder", new Channel.Login(Optional.empty(), List.of())),
                new AckPreferences(functionalAck, ta1, AckPolicy.WHEN_REQUESTED, AckPreferences.BusinessAck.X12_355), codeLists, allowed);
    }

    static Partner forwarder() {
        return forwarder(FunctionalAck.X12_997, AckPolicy.WHEN_REQUESTED, CodeListMode.STRICT);
    }

    static ValidationProfile profile(Partner partner) {
        return ValidationProfile.forPartner(partner, US, new InMemoryInterchangeHistory());
    }

    static ValidationProfile profile(Partner partner, InterchangeHistory history) {
        return ValidationProfile.forPartner(partner, US, history);
    }

    static byte[] sample(String name) {
        try {
            return Files.readAllBytes(Path.of("edi-samples/x12", name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Text with line breaks for reading: removes them (X12 text blocks in tests are one segment per line). */
    static String x12(String lines) {
        return lines.replace("\n", "");
    }

    static Run run(byte[] data, ValidationProfile profile) {
        return run(new ByteArrayInputStream(data), profile, new InMemoryControlNumbers());
    }

    static Run run(InputStream data, ValidationProfile profile, ControlNumbers numbers) {
        Run run = new Run();
        X12Acknowledger acknowledger = new X12Acknowledger(profile, numbers, run.acks, CLOCK);
        try {
            VALIDATOR.validate(data, profile, SyntaxEvents.all(run, acknowledger));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return run;
    }

    /** Everything a validation run reported, in order, and the acknowledgments it gave. */
    static final class Run implements SyntaxEvents {

        final List<String> log = new ArrayList<>();
        final List<InterchangeHeader> headers = new ArrayList<>();
        final List<GroupOutcome> groups = new ArrayList<>();
        final List<MessageOutcome> messages = new ArrayList<>();
        final List<InterchangeOutcome> interchanges = new ArrayList<>();
        final List<String> unreadable = new ArrayList<>();
        final CollectedAcks acks = new CollectedAcks();

        @Override
        public void interchangeStarted(InterchangeHeader header) {
            headers.add(header);
            log.add("interchange " + header.controlNumber());
        }

        @Override
        public void groupStarted(GroupHeader header) {
            log.add("group " + header.controlNumber());
        }

        @Override
        public void messageChecked(MessageOutcome outcome) {
            messages.add(outcome);
            log.add("set " + outcome.type() + " " + outcome.controlNumber() + " " + outcome.verdict().x12());
        }

        @Override
        public void groupEnded(GroupOutcome outcome) {
            groups.add(outcome);
            log.add("end group " + outcome.header().controlNumber() + " " + outcome.verdict().x12());
        }

        @Override
        public void interchangeEnded(InterchangeOutcome outcome) {
            interchanges.add(outcome);
            log.add("end interchange " + outcome.header().controlNumber() + " " + outcome.verdict().x12());
        }

        @Override
        public void unreadable(long offset, String reason) {
            unreadable.add(offset + ": " + reason);
            log.add("unreadable at " + offset);
        }

        /** The acknowledgments as "KIND for ISA13" and one segment per line. */
        String ackText() {
            return acks.acks().stream()
                    .map(ack -> ack.kind() + " for " + ack.acknowledgedInterchange() + "\n" + ack.text().replace("~", "~\n"))
                    .collect(Collectors.joining());
        }

        /** Every finding of the run: interchange, group and set level. */
        List<Finding> findings() {
            List<Finding> all = new ArrayList<>();
            interchanges.forEach(i -> all.addAll(i.findings()));
            groups.forEach(g -> all.addAll(g.findings()));
            messages.forEach(m -> all.addAll(m.findings()));
            return all;
        }
    }
}
