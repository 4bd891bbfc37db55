package org.borderedi.gateway.edi.edifact;

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
import org.borderedi.gateway.edi.CollectedAcks;
import org.borderedi.gateway.edi.ControlNumbers;
import org.borderedi.gateway.edi.Finding;
import org.borderedi.gateway.edi.GatewayIdentity;
import org.borderedi.gateway.edi.GroupHeader;
import org.borderedi.gateway.edi.GroupOutcome;
import org.borderedi.gateway.edi.InMemoryControlNumbers;
import org.borderedi.gateway.edi.InMemoryInterchangeHistory;
import org.borderedi.gateway.edi.InterchangeHeader;
import org.borderedi.gateway.edi.InterchangeOutcome;
import org.borderedi.gateway.edi.MessageOutcome;
import org.borderedi.gateway.edi.SyntaxEvents;
import org.borderedi.gateway.edi.ValidationProfile;
import org.borderedi.gateway.partners.AckPreferences;
import org.borderedi.gateway.partners.AckPreferences.AckPolicy;
import org.borderedi.gateway.partners.Channel;
import org.borderedi.gateway.partners.CodeListMode;
import org.borderedi.gateway.partners.EdiIdentities;
import org.borderedi.gateway.partners.EdiIdentities.EdifactIdentity;
import org.borderedi.gateway.partners.FilingFormat;
import org.borderedi.gateway.partners.Partner;
import org.borderedi.gateway.partners.PartnerKind;

/** What the EDIFACT tests share: the gateway's identity, partner profiles, a fixed clock and one run of validator + CONTRL writer. */
final class EdifactTestKit {

    static final GatewayIdentity US = new GatewayIdentity(List.of(), List.of(new EdifactIdentity("BORDERGW", null)));

    /** The CONTRL's own date and time: 2026-11-22 15:00 UTC. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T15:00:00Z"), ZoneOffset.UTC);

    /** One validator for the whole suite: its schemas are read once. */
    static final EdifactValidator VALIDATOR = new EdifactValidator();

    private EdifactTestKit() {
    }

    /** The profiles the sample table runs with. */
    enum Profile {
        /** No partner: the standard only. */
        STANDARD,
        /** The demo forwarder (EDIFACT identity DEMOFWD, may file CUSCAR), strict code lists, CONTRL when requested. */
        PARTNER,
        /** The demo forwarder with code lists in "warn". */
        PARTNER_WARN,
        /** The demo forwarder with code lists "off". */
        PARTNER_CODES_OFF,
        /** The demo forwarder wanting a CONTRL always. */
        PARTNER_ALWAYS,
        /** A partner that may file X12 only. */
        X12_ONLY_PARTNER;

        ValidationProfile create() {
            return switch (this) {
                case STANDARD -> ValidationProfile.standardOnly(US);
                case PARTNER -> forPartner(partner(CodeListMode.STRICT, AckPolicy.WHEN_REQUESTED, Set.of(FilingFormat.EDIFACT_CUSCAR)));
                case PARTNER_WARN -> forPartner(partner(CodeListMode.WARN, AckPolicy.WHEN_REQUESTED, Set.of(FilingFormat.EDIFACT_CUSCAR)));
                case PARTNER_CODES_OFF -> forPartner(partner(CodeListMode.OFF, AckPolicy.WHEN_REQUESTED, Set.of(FilingFormat.EDIFACT_CUSCAR)));
                case PARTNER_ALWAYS -> forPartner(partner(CodeListMode.STRICT, AckPolicy.ALWAYS, Set.of(FilingFormat.EDIFACT_CUSCAR)));
                case X12_ONLY_PARTNER -> forPartner(partner(CodeListMode.STRICT, AckPolicy.WHEN_REQUESTED, Set.of(FilingFormat.X12_309)));
            };
        }

        private static ValidationProfile forPartner(Partner partner) {
            return ValidationProfile.forPartner(partner, US, new InMemoryInterchangeHistory());
        }
    }

    static Partner partner(CodeListMode codes, AckPolicy contrl, Set<FilingFormat> formats) {
        return new Partner("demo-forwarder", "Demo Forwarding Inc.", PartnerKind.FORWARDER,
                new EdiIdentities(List.of(), List.of(new EdifactIdentity("DEMOFWD", null)), List.of(), List.of()),
                new Channel.EmbeddedSftp("demo-forwarder", new Channel.Login(Optional.empty(), List.of())),
                new AckPreferences(AckPreferences.FunctionalAck.X12_997, AckPolicy.WHEN_REQUESTED, contrl,
                        AckPreferences.BusinessAck.X12_355), codes, formats);
    }

    static Path sample(String name) {
        return Path.of("edi-samples", "edifact", name);
    }

    static byte[] bytes(String name) {
        try {
            return Files.readAllBytes(sample(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Run run(String sampleName, ValidationProfile profile) {
        return run(new ByteArrayInputStream(bytes(sampleName)), profile, new InMemoryControlNumbers());
    }

    static Run runText(String interchanges, ValidationProfile profile) {
        return run(new ByteArrayInputStream(interchanges.getBytes(StandardCharsets.ISO_8859_1)), profile, new InMemoryControlNumbers());
    }

    static Run run(InputStream in, ValidationProfile profile, ControlNumbers numbers) {
        Run run = new Run();
        try {
            VALIDATOR.validate(in, profile, SyntaxEvents.all(run, new ContrlWriter(profile, numbers, run.acks, CLOCK)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return run;
    }

    /** What one validation reported, in order, and the CONTRLs it produced. */
    static final class Run implements SyntaxEvents {
        final List<String> events = new ArrayList<>();
        final List<InterchangeHeader> headers = new ArrayList<>();
        final List<InterchangeOutcome> interchanges = new ArrayList<>();
        final List<GroupOutcome> groups = new ArrayList<>();
        final List<MessageOutcome> messages = new ArrayList<>();
        final List<Finding> findings = new ArrayList<>();
        final CollectedAcks acks = new CollectedAcks();

        @Override
        public void interchangeStarted(InterchangeHeader header) {
            headers.add(header);
            events.add("interchange " + header.controlNumber());
        }

        @Override
        public void groupStarted(GroupHeader header) {
            events.add("group " + header.controlNumber());
        }

        @Override
        public void messageChecked(MessageOutcome outcome) {
            messages.add(outcome);
            findings.addAll(outcome.findings());
            events.add("message " + outcome.controlNumber() + " " + outcome.verdict() + (outcome.group() == null ? "" : " in " + outcome.group()));
        }

        @Override
        public void groupEnded(GroupOutcome outcome) {
            groups.add(outcome);
            findings.addAll(outcome.findings());
            events.add("end of group " + outcome.header().controlNumber() + " " + outcome.verdict() + " " + outcome.accepted() + "/" + outcome.received());
        }

        @Override
        public void interchangeEnded(InterchangeOutcome outcome) {
            interchanges.add(outcome);
            findings.addAll(outcome.findings());
            events.add("end of interchange " + outcome.header().controlNumber() + " " + outcome.verdict() + " "
                    + outcome.acceptedMessages() + "/" + outcome.messages());
        }

        @Override
        public void unreadable(long offset, String reason) {
            events.add("unreadable at " + offset + ": " + reason);
        }

        /** The CONTRL texts, each parsed back and checked first. */
        List<String> contrls() {
            List<String> texts = acks.acks().stream().map(CollectedAcks.Ack::text).toList();
            texts.forEach(ContrlReadBack::check);
            return texts;
        }
    }
}
