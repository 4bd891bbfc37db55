package org.borderedi.gateway.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.borderedi.gateway.partners.AckPreferences;
import org.borderedi.gateway.partners.Channel;
import org.borderedi.gateway.partners.CodeListMode;
import org.borderedi.gateway.partners.EdiIdentities;
import org.borderedi.gateway.partners.FilingFormat;
import org.borderedi.gateway.partners.Partner;
import org.borderedi.gateway.partners.PartnerKind;
import org.borderedi.gateway.partners.PartnerRegistry;
import org.borderedi.gateway.partners.Secret;
import org.borderedi.gateway.partners.TestPartners;
import org.borderedi.gateway.sftp.PartnerFolders;
import org.borderedi.gateway.sftp.UploadTracker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClaimedUploadsTest {

    @TempDir
    Path data;

    private final DefaultCamelContext camel = new DefaultCamelContext();
    private final PendingClaims pending = new PendingClaims();
    private IntakeSettings settings;
    private ClaimedUploads claimedUploads;
    private PartnerFolders acme;

    @BeforeEach
    void setUp() throws Exception {
        settings = new IntakeSettings(1000, Pattern.compile(".*\\.part"), data.resolve("sftp"), data.resolve("staging"),
                Duration.ofDays(30));
        Partner remote = new Partner("remote-co", "Remote Co", PartnerKind.FORWARDER,
                new EdiIdentities(List.of(new EdiIdentities.X12Identity("ZZ", "REMOTE")), List.of(), List.of(), List.of()),
                new Channel.RemoteSftp("h.example", 22, "u", Optional.of(new Secret("p")), Optional.empty(), "h.example ssh-ed25519 AAAA",
                        "/out", "/in"),
                AckPreferences.DEFAULTS, CodeListMode.STRICT, java.util.Set.of(FilingFormat.X12_309));
        PartnerRegistry partners = new PartnerRegistry(List.of(TestPartners.sftpForwarder("acme", "a-long-enough-password"), remote));
        claimedUploads = new ClaimedUploads(new Archive(data), new ErrorArea(data),
                new RemoteTakes(data, Duration.ofDays(30)), pending, new UploadTracker(), partners, settings);
        acme = PartnerFolders.of(settings.partnersRoot(), "acme");
        acme.create();
    }

    @AfterEach
    void tearDown() throws Exception {
        camel.close();
    }

    @Test
    void takes_a_claimed_file_into_the_archive_and_publishes_its_reference_and_digest() throws Exception {
        Path dropped = Files.writeString(acme.inbound().resolve("m.edi"), "abc");
        Exchange exchange = claimFor(dropped, Optional.empty());
        pending.add(dropped);

        claimedUploads.take(exchange);

        assertEquals("TAKEN", exchange.getIn().getHeader(IntakeHeaders.OUTCOME));
        String reference = exchange.getIn().getBody(String.class);
        assertEquals("abc", Files.readString(data.resolve(reference)));
        assertFalse(Files.exists(dropped));
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", exchange.getIn().getHeader(IntakeHeaders.SHA256));
        assertEquals(3L, exchange.getIn().getHeader(IntakeHeaders.SIZE_BYTES));
        assertEquals(null, exchange.getIn().getHeader(IntakeHeaders.CLAIM_SOURCE), "claim-only headers are removed");
        assertFalse(pending.contains(dropped), "the claim is settled");
    }

    @Test
    void a_claim_redelivered_after_the_move_publishes_the_same_receipt() throws Exception {
        Path dropped = Files.writeString(acme.inbound().resolve("m.edi"), "abc");
        Exchange first = claimFor(dropped, Optional.empty());
        Exchange redelivered = copyOf(first);
        claimedUploads.take(first);

        claimedUploads.take(redelivered);

        assertEquals("TAKEN", redelivered.getIn().getHeader(IntakeHeaders.OUTCOME));
        assertEquals(first.getIn().getBody(String.class), redelivered.getIn().getBody(String.class));
        assertEquals(first.getIn().getHeader(IntakeHeaders.RECEIPT_ID), redelivered.getIn().getHeader(IntakeHeaders.RECEIPT_ID));
    }

    @Test
    void drops_a_second_claim_for_a_file_already_taken() throws Exception {
        Path dropped = Files.writeString(acme.inbound().resolve("m.edi"), "abc");
        Exchange second = claimFor(dropped, Optional.empty());
        claimedUploads.take(claimFor(dropped, Optional.empty()));

        claimedUploads.take(second);

        assertEquals("DROPPED", second.getIn().getHeader(IntakeHeaders.OUTCOME));
        assertTrue(second.getIn().getHeader(IntakeHeaders.OUTCOME_REASON, String.class).contains("no longer there"));
    }

    @Test
    void drops_a_claim_whose_file_changed_since_so_it_is_claimed_again_when_quiet() throws Exception {
        Path dropped = Files.writeString(acme.inbound().resolve("m.edi"), "abc");
        Exchange exchange = claimFor(dropped, Optional.empty());
        Files.writeString(dropped, "abcdef");
        pending.add(dropped);

        claimedUploads.take(exchange);

        assertEquals("DROPPED", exchange.getIn().getHeader(IntakeHeaders.OUTCOME));
        assertTrue(Files.exists(dropped), "the file stays for the next poll");
        assertFalse(pending.contains(dropped));
    }

    @Test
    void refuses_an_empty_file_keeps_it_with_its_reason_and_tells_the_partner() throws Exception {
        Path dropped = Files.createFile(acme.inbound().resolve("empty.edi"));
        Exchange exchange = claimFor(dropped, Optional.empty());
        String receiptId = exchange.getIn().getHeader(IntakeHeaders.RECEIPT_ID, String.class);

        claimedUploads.take(exchange);

        assertEquals("REJECTED", exchange.getIn().getHeader(IntakeHeaders.OUTCOME));
        assertEquals("the file is empty", exchange.getIn().getHeader(IntakeHeaders.OUTCOME_REASON));
        assertTrue(Files.exists(data.resolve("error/acme/" + receiptId)));
        assertTrue(Files.readString(data.resolve("error/acme/" + receiptId + ".reason.txt")).contains("reason: the file is empty"));
        String notice = Files.readString(acme.outbound().resolve(receiptId + ".intake-rejected.txt"));
        assertTrue(notice.contains("Not taken: empty.edi") && notice.contains("Reason: the file is empty"), notice);
    }

    @Test
    void refuses_a_file_over_the_size_limit() throws Exception {
        Path dropped = Files.write(acme.inbound().resolve("big.edi"), new byte[1001]);
        Exchange exchange = claimFor(dropped, Optional.empty());

        claimedUploads.take(exchange);

        assertEquals("REJECTED", exchange.getIn().getHeader(IntakeHeaders.OUTCOME));
        assertEquals("the file has 1001 bytes, more than the limit of 1000", exchange.getIn().getHeader(IntakeHeaders.OUTCOME_REASON));
    }

    @Test
    void refuses_an_upload_the_sftp_server_refused_while_it_was_written() throws Exception {
        Path dropped = Files.writeString(acme.inbound().resolve("cut.edi"), "abc");
        Exchange exchange = claimFor(dropped, Optional.of("upload exceeds the gateway's limit of 1000 bytes"));

        claimedUploads.take(exchange);

        assertEquals("REJECTED", exchange.getIn().getHeader(IntakeHeaders.OUTCOME));
        assertEquals("upload exceeds the gateway's limit of 1000 bytes", exchange.getIn().getHeader(IntakeHeaders.OUTCOME_REASON));
    }

    @Test
    void refuses_a_claim_that_points_outside_the_partners_inbound_folder() throws Exception {
        Path elsewhere = Files.writeString(data.resolve("secret.txt"), "do not take");
        Exchange exchange = claimFor(elsewhere, Optional.empty());

        assertThrows(IllegalArgumentException.class, () -> claimedUploads.take(exchange));
        assertTrue(Files.exists(elsewhere));
    }

    @Test
    void a_file_downloaded_again_from_a_partners_server_after_a_crash_is_not_filed_twice() throws Exception {
        Path staging = Files.createDirectories(settings.stagingFor("remote-co"));
        Exchange first = remoteClaim(Files.writeString(staging.resolve(ReceiptIds.next(Instant.now())), "abc"));
        Exchange again = remoteClaim(Files.writeString(staging.resolve(ReceiptIds.next(Instant.now())), "abc"));

        claimedUploads.take(first);
        claimedUploads.take(again);

        assertEquals("TAKEN", first.getIn().getHeader(IntakeHeaders.OUTCOME));
        assertEquals("DROPPED", again.getIn().getHeader(IntakeHeaders.OUTCOME));
        try (Stream<Path> left = Files.list(staging)) {
            assertEquals(0, left.count(), "the second download is removed");
        }
    }

    private Exchange claimFor(Path file, Optional<String> refusal) throws Exception {
        Instant now = Instant.now();
        Claim claim = new Claim(ReceiptIds.next(now), "acme", "sftp", file.getFileName().toString(), now, file,
                Files.size(file), Files.getLastModifiedTime(file).toMillis(), Optional.empty(), refusal);
        Exchange exchange = new DefaultExchange(camel);
        claim.writeTo(exchange.getIn());
        // changes within the same millisecond must still be seen as changes by the test above
        Files.setLastModifiedTime(file, FileTime.fromMillis(claim.modified()));
        return exchange;
    }

    private Exchange remoteClaim(Path staged) throws Exception {
        Instant now = Instant.now();
        Claim claim = new Claim(staged.getFileName().toString(), "remote-co", "remote-sftp", "m.edi", now, staged,
                Files.size(staged), Files.getLastModifiedTime(staged).toMillis(),
                Optional.of("remote-co|/out/m.edi|3|1700000000000"), Optional.empty());
        Exchange exchange = new DefaultExchange(camel);
        claim.writeTo(exchange.getIn());
        return exchange;
    }

    private Exchange copyOf(Exchange exchange) {
        Exchange copy = new DefaultExchange(camel);
        copy.getIn().setHeaders(new java.util.HashMap<>(exchange.getIn().getHeaders()));
        return copy;
    }
}
