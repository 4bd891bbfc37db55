package org.borderedi.gateway.acks;

import java.util.ArrayList;
import java.util.List;
import org.borderedi.gateway.edi.Finding;
import org.borderedi.gateway.edi.MessageOutcome;
import org.borderedi.gateway.edi.Verdict;
import org.borderedi.gateway.model.Consignment;
import org.borderedi.gateway.model.ConsignmentRole;
import org.borderedi.gateway.model.Filing;
import org.borderedi.gateway.model.Identifier;
import org.borderedi.gateway.rules.BusinessFinding;

/**
 * A message as its acknowledgment reports it: accepted or not, its bills, and the errors that decided it, each bill
 * with its own. Only errors are reported; warnings do not change an answer.
 */
record AnsweredMessage(MessageVerdict verdict, List<Bill> bills, List<ReportedError> errors) {

    /**
     * One bill of the filing: a consignment that has a number.
     *
     * @param master the master's number for a house (its parent reference), or null
     */
    record Bill(String consignmentId, Identifier number, Identifier master) {

        /** "014-33975281" for a master or simple bill, "014-33975281-LON5520011" for a house. */
        String label() {
            return master == null ? number.value() : master.value() + "-" + number.value();
        }
    }

    static AnsweredMessage of(MessageVerdict verdict) {
        List<ReportedError> errors = new ArrayList<>();
        MessageOutcome message = verdict.message();
        if (message.verdict() == Verdict.REJECTED) {
            message.findings().stream().filter(Finding::isError).map(ReportedError::of).forEach(errors::add);
        }
        if (verdict.filing() == null && errors.isEmpty()) {
            errors.add(ReportedError.untranslated(verdict.problem()));
        }
        verdict.findings().stream().filter(BusinessFinding::isError).map(ReportedError::of).forEach(errors::add);
        return new AnsweredMessage(verdict, bills(verdict.filing()), List.copyOf(errors));
    }

    private static List<Bill> bills(Filing filing) {
        if (filing == null) {
            return List.of();
        }
        List<Bill> bills = new ArrayList<>();
        for (Consignment consignment : filing.consignments()) {
            if (consignment.number() == null) {
                continue;
            }
            Identifier master = consignment.role() == ConsignmentRole.HOUSE ? consignment.parentReference() : null;
            bills.add(new Bill(consignment.id(), consignment.number(), master));
        }
        return List.copyOf(bills);
    }

    boolean accepted() {
        return verdict.accepted();
    }

    MessageOutcome message() {
        return verdict.message();
    }

    Filing filing() {
        return verdict.filing();
    }

    /** The errors naming this bill. */
    List<ReportedError> errorsOf(Bill bill) {
        return errors.stream().filter(e -> bill.consignmentId().equals(e.consignmentId())).toList();
    }

    /** The errors about the message rather than one of its bills (or about a consignment without a number). */
    List<ReportedError> messageErrors() {
        return errors.stream().filter(e -> e.consignmentId() == null
                || bills.stream().noneMatch(b -> b.consignmentId().equals(e.consignmentId()))).toList();
    }

    /** The bills some error names, in bill order. */
    List<Bill> billsInError() {
        return bills.stream().filter(b -> !errorsOf(b).isEmpty()).toList();
    }
}
