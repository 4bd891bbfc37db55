package org.borderedi.gateway.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.borderedi.gateway.decisions.Decision;
import org.borderedi.gateway.decisions.DecisionKind;
import org.borderedi.gateway.decisions.HoldState;
import org.borderedi.gateway.decisions.StatusEntry;
import org.borderedi.gateway.edi.Party;
import org.borderedi.gateway.edi.Syntax;
import org.borderedi.gateway.targeting.JdbcSealRecord;
import org.borderedi.gateway.targeting.PerimeterRelease;
import org.junit.jupiter.api.Test;

/**
 * What the journal promises about the syntax layer's state, whatever database holds it; each database the gateway
 * supports runs these same tests.
 */
abstract class JournalContract {

    private static final Party ACME = new Party("ZZ", "ACMEFWD");

    /** A journal on an empty database; each call opens the same database again. */
    abstract JournalSettings settings();

    @Test
    void control_numbers_increase_per_partner_and_series_and_survive_a_restart() {
        Journal journal = started();
        JdbcControlNumbers numbers = new JdbcControlNumbers(journal.dataSource());
        assertEquals(1, numbers.next("acme", "x12-interchange"));
        assertEquals(2, numbers.next("acme", "x12-interchange"));
        assertEquals(1, numbers.next("acme", "x12-group"));
        assertEquals(1, numbers.next("beta", "x12-interchange"));
        journal.stop();

        Journal reopened = started();
        assertEquals(3, new JdbcControlNumbers(reopened.dataSource()).next("acme", "x12-interchange"));
        reopened.stop();
    }

    @Test
    void concurrent_takers_never_get_the_same_number() throws Exception {
        Journal journal = started();
        JdbcControlNumbers numbers = new JdbcControlNumbers(journal.dataSource());
        Set<Long> taken = ConcurrentHashMap.newKeySet();
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> work = IntStream.range(0, 8).mapToObj(i -> threads.submit(() -> {
                for (int n = 0; n < 25; n++) {
                    taken.add(numbers.next("acme", "edifact-interchange"));
                }
            })).<Future<?>>map(f -> f).toList();
            for (Future<?> done : work) {
                done.get();
            }
        } finally {
            threads.shutdown();
            journal.stop();
        }
        assertEquals(200, taken.size());
        assertEquals(Set.copyOf(IntStream.rangeClosed(1, 200).mapToObj(Long::valueOf).toList()), taken);
    }

    @Test
    void an_interchange_seen_again_within_the_window_is_a_duplicate_and_later_it_is_not() {
        Journal journal = started();
        MutableClock clock = new MutableClock(Instant.parse("2026-01-10T10:00:00Z"));
        JdbcInterchangeHistory history = new JdbcInterchangeHistory(journal.dataSource(), Duration.ofDays(365), clock);

        assertEquals(Optional.empty(), history.firstArrival(Syntax.X12, ACME, "000000101"));
        clock.advance(Duration.ofDays(30));
        assertEquals(Optional.of(Instant.parse("2026-01-10T10:00:00Z")), history.firstArrival(Syntax.X12, ACME, "000000101"));
        assertEquals(Optional.empty(), history.firstArrival(Syntax.X12, new Party("ZZ", "OTHER"), "000000101"));
        assertEquals(Optional.empty(), history.firstArrival(Syntax.EDIFACT, ACME, "000000101"));

        clock.advance(Duration.ofDays(366));
        assertEquals(Optional.empty(), history.firstArrival(Syntax.X12, ACME, "000000101"), "outside the window");
        assertTrue(history.firstArrival(Syntax.X12, ACME, "000000101").isPresent(), "recorded again as new");
        journal.stop();
    }

    @Test
    void pruning_forgets_arrivals_older_than_the_window() {
        Journal journal = started();
        MutableClock clock = new MutableClock(Instant.parse("2026-01-10T10:00:00Z"));
        JdbcInterchangeHistory history = new JdbcInterchangeHistory(journal.dataSource(), Duration.ofDays(10), clock);
        history.firstArrival(Syntax.X12, ACME, "1");
        clock.advance(Duration.ofDays(5));
        history.firstArrival(Syntax.X12, ACME, "2");
        clock.advance(Duration.ofDays(6));

        assertEquals(1, history.prune());
        assertTrue(history.firstArrival(Syntax.X12, ACME, "2").isPresent());
        journal.stop();
    }

    @Test
    void a_journaled_filing_reads_back_whole_and_journaling_it_again_keeps_the_first() {
        Journal journal = started();
        FilingJournal filings = new FilingJournal(journal.dataSource(), Clock.systemUTC());
        String receipt = "20261122T141200000Z-contract-" + System.nanoTime();
        JournaledFiling filing = new JournaledFiling(receipt, "acme", "sftp", "MANIFEST.edi", 512, "ab".repeat(32),
                "archive/acme/2026/11/22/" + receipt, Instant.parse("2026-11-22T14:12:00Z"), "X12 interchange", "ACCEPTED",
                List.of(new JournaledMessage(1, "000000101", "101", "309", "0001", "ACCEPTED", "ACCEPTED", null, null,
                        "<Filing/>")),
                List.of(new OutboundDocument(receipt, 1, "X12_997", null, receipt + "-01-997.x12", "ISA*...~")),
                List.of(new TargetingForward(receipt, 1, "1", "MAEU123", null, "ACE_OCEAN", "<Filing/>")));

        assertEquals(filing, filings.journal(filing));
        JournaledFiling second = new JournaledFiling(receipt, "acme", "sftp", "OTHER.edi", 1, null, "elsewhere",
                Instant.now(), "other", "REJECTED", List.of(), List.of(), List.of());
        assertEquals(filing, filings.journal(second), "a second journal entry for the same receipt replaced the first");
        assertEquals(Optional.of(filing), filings.find(receipt));
        journal.stop();
    }

    @Test
    void deliveries_and_events_are_recorded_in_order() {
        Journal journal = started();
        FilingJournal filings = new FilingJournal(journal.dataSource(), Clock.systemUTC());
        String receipt = "20261122T141200000Z-events-" + System.nanoTime();
        filings.journal(new JournaledFiling(receipt, "acme", "jms", null, 1, null, "archive/x", Instant.now(), "X12",
                "ACCEPTED", List.of(), List.of(new OutboundDocument(receipt, 1, "X12_997", null, receipt + "-01-997.x12", "x")),
                List.of()));
        assertFalse(filings.delivered(receipt, 1));
        filings.deliveryFailed(receipt, 1, "disk full");
        filings.markDelivered(receipt, 1);
        filings.delivered(receipt, 1, "outbound/");
        assertTrue(filings.delivered(receipt, 1));
        assertEquals(List.of("JOURNALED", "DELIVERY_FAILED", "DELIVERED"),
                filings.events(receipt).stream().map(FilingEvent::kind).toList());
        journal.stop();
    }

    @Test
    void an_interchange_seen_again_by_the_same_receipt_is_not_its_own_duplicate() {
        Journal journal = started();
        JdbcInterchangeHistory history = new JdbcInterchangeHistory(journal.dataSource(), Duration.ofDays(365), Clock.systemUTC());
        String control = "R" + System.nanoTime() % 1_000_000_000L;
        assertEquals(Optional.empty(), history.forReceipt("receipt-1").firstArrival(Syntax.X12, ACME, control));
        assertEquals(Optional.empty(), history.forReceipt("receipt-1").firstArrival(Syntax.X12, ACME, control),
                "the same receipt checked again after a crash was taken for a duplicate");
        assertTrue(history.forReceipt("receipt-2").firstArrival(Syntax.X12, ACME, control).isPresent());
        journal.stop();
    }

    @Test
    void a_decision_is_recorded_once_and_its_notices_can_be_sent_again() {
        Journal journal = started();
        FilingJournal filings = new FilingJournal(journal.dataSource(), Clock.systemUTC());
        StatusLog log = new StatusLog(journal.dataSource(), Clock.systemUTC());
        String receipt = "20261122T141200000Z-status-" + System.nanoTime();
        filings.journal(new JournaledFiling(receipt, "acme", "sftp", "M.edi", 1, null, "archive/x", Instant.now(), "X12",
                "ACCEPTED", List.of(new JournaledMessage(1, null, null, "309", "0001", "ACCEPTED", "ACCEPTED", null, null, "<F/>")),
                List.of(OutboundDocument.named(receipt, 1, "X12_997", "997", "x12", null, "ack")),
                List.of(new TargetingForward(receipt, 1, "1", "BILL-" + receipt, null, "ACE_OCEAN", "<F/>"))));
        Decision hold = new Decision("D-" + receipt, receipt + "/1", "1", null, null, "CBP", DecisionKind.HOLD_PLACED, null,
                null, Instant.now());
        DecisionTarget target = log.target(hold).orElseThrow();
        assertEquals(new DecisionTarget("acme", "BILL-" + receipt, receipt, 1, "1"), target);

        List<StatusEntry> steps = List.of(StatusEntry.told(DecisionKind.HOLD_PLACED, HoldState.PLACED));
        List<OutboundDocument> notices = log.record(hold, "ID:message-1", target, steps, (told, seq) ->
                List.of(OutboundDocument.named(receipt, seq, "X12_350", "350", "x12", null, "hold"))).orElseThrow();
        assertEquals(2, notices.get(0).seq());
        assertEquals(Optional.empty(), log.record(hold, "ID:message-2", target, steps, (told, seq) -> List.of()),
                "recorded twice");
        assertEquals(steps, log.entries("acme", "BILL-" + receipt));
        assertEquals(notices, log.notices(hold.decisionId()));
        // the same message back (its first attempt did not commit) is told again; another with the decision is not
        assertTrue(log.recordedFrom(hold.decisionId(), "ID:message-1"));
        assertFalse(log.recordedFrom(hold.decisionId(), "ID:message-2"));
        assertFalse(log.recordedFrom(hold.decisionId(), null));
        journal.stop();
    }

    @Test
    void a_perimeter_release_is_remembered_across_a_restart_and_a_later_one_replaces_it() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-22T14:00:00Z"));
        String container = "TSTU " + (System.nanoTime() % 1_000_000_000_000L); // the record is shared by every run on PostgreSQL
        String key = container.replace(" ", "");
        Journal journal = started();
        new JdbcSealRecord(journal.dataSource(), clock).released(container, Set.of("sh 0077001", "ca1"), "CAPRR");
        journal.stop();

        Journal reopened = started();
        JdbcSealRecord record = new JdbcSealRecord(reopened.dataSource(), clock);
        assertEquals(Optional.of(new PerimeterRelease(key, Set.of("SH0077001", "CA1"), "CAPRR",
                Instant.parse("2026-11-22T14:00:00Z"))), record.releasedAt(key));
        clock.advance(Duration.ofHours(3));
        record.released(key, Set.of("SH0077999"), "CAHAL");
        assertEquals(Optional.of(new PerimeterRelease(key, Set.of("SH0077999"), "CAHAL",
                Instant.parse("2026-11-22T17:00:00Z"))), record.releasedAt(container));
        assertEquals(Optional.empty(), record.releasedAt("NONE0000000"));
        reopened.stop();
    }

    private Journal started() {
        Journal journal = new Journal(settings());
        journal.start();
        return journal;
    }

    /** A clock tests move forward by hand. */
    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration).truncatedTo(ChronoUnit.MILLIS);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
