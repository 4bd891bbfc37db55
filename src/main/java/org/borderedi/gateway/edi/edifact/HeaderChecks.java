package org.borderedi.gateway.edi.edifact;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.borderedi.gateway.edi.Finding;
import org.borderedi.gateway.edi.FindingCode;
import org.borderedi.gateway.edi.InterchangeHeader;
import org.borderedi.gateway.edi.Party;
import org.borderedi.gateway.edi.Position;
import org.borderedi.gateway.edi.Syntax;
import org.borderedi.gateway.edi.ValidationProfile;
import org.borderedi.gateway.partners.EdiIdentities.EdifactIdentity;
import org.borderedi.gateway.partners.Partner;

/**
 * The checks of a UNB made before the interchange is read any further: whether the gateway reads its syntax level,
 * whether its sender may send it and it is addressed to us, whether it came before (each of these stops the
 * interchange), and then its own values (date, time, acknowledgment request, test indicator).
 */
final class HeaderChecks {

    private HeaderChecks() {
    }

    /**
     * What stops the interchange at its header; empty when it may be read. The history records the interchange
     * only when nothing else stops it: a spoofed or misaddressed interchange must not make the real one a duplicate.
     */
    static List<Finding> gate(InterchangeStart start, ValidationProfile profile) {
        InterchangeHeader header = start.header();
        List<Finding> findings = new ArrayList<>();
        syntaxLevel(start).ifPresent(findings::add);
        Optional<Partner> partner = profile.partner();
        if (partner.isPresent()) {
            if (!isIdentityOf(partner.get(), header.sender())) {
                findings.add(at(header, 2, 1, FindingCode.SENDER_NOT_AUTHORIZED, "0004", header.sender().id(),
                        "sender " + shown(header.sender()) + " is not an EDIFACT identity of partner " + partner.get().id()
                                + " (" + identities(partner.get()) + ")"));
            }
            if (!profile.us().isEdifactRecipient(header.receiver())) {
                findings.add(at(header, 3, 1, FindingCode.NOT_THE_RECIPIENT, "0010", header.receiver().id(),
                        "recipient " + shown(header.receiver()) + " is not this gateway (" + profile.us().edifact().stream()
                                .map(EdifactIdentity::toString).reduce((a, b) -> a + ", " + b).orElse("no EDIFACT identity") + ")"));
            }
        }
        if (findings.isEmpty()) {
            profile.history().firstArrival(Syntax.EDIFACT, header.sender(), header.controlNumber()).ifPresent(first ->
                    findings.add(at(header, 5, 0, FindingCode.DUPLICATE_INTERCHANGE, "0020", header.controlNumber(),
                            "interchange " + header.controlNumber() + " from " + shown(header.sender())
                                    + " was received before, first at " + first)));
        }
        return findings;
    }

    /** The UNB's date, time, acknowledgment request and test indicator. */
    static List<Finding> values(InterchangeStart start) {
        InterchangeHeader header = start.header();
        List<Finding> findings = new ArrayList<>();
        String date = header.date();
        int dateLength = start.syntaxVersion() >= 4 ? 8 : 6;
        if (date != null && date.length() == dateLength && date.chars().allMatch(Character::isDigit) && !isDate(date)) {
            findings.add(at(header, 4, 1, FindingCode.INVALID_INTERCHANGE_DATE, "0017", date,
                    "UNB date '" + date + "' is not a valid " + (dateLength == 8 ? "CCYYMMDD" : "YYMMDD") + " date"));
        }
        String time = header.time();
        if (time != null && time.length() == 4 && time.chars().allMatch(Character::isDigit) && !isTime(time)) {
            findings.add(at(header, 4, 2, FindingCode.INVALID_INTERCHANGE_TIME, "0019", time,
                    "UNB time '" + time + "' is not a valid HHMM time"));
        }
        String ackRequest = start.unb().value(9, 1);
        if (ackRequest != null && !ackRequest.equals("1")) {
            findings.add(at(header, 9, 0, FindingCode.INVALID_ACK_REQUESTED, "0031", ackRequest,
                    "UNB acknowledgement request '" + ackRequest + "' is not 1 (the only value; leave it out for none)"));
        }
        String test = start.unb().value(11, 1);
        if (test != null && !test.equals("1")) {
            findings.add(at(header, 11, 0, FindingCode.INVALID_TEST_INDICATOR, "0035", test,
                    "UNB test indicator '" + test + "' is not 1 (the only value; leave it out for live data)"));
        }
        return findings;
    }

    /** An EDIFACT identity matches on the id, and on the qualifier when both give one. */
    static boolean isIdentityOf(Partner partner, Party sender) {
        return partner.identities().edifact().stream().anyMatch(id -> id.id().equals(sender.id())
                && (id.qualifier() == null || sender.qualifier() == null || id.qualifier().equals(sender.qualifier())));
    }

    private static Optional<Finding> syntaxLevel(InterchangeStart start) {
        if (start.level().isPresent()) {
            return Optional.empty();
        }
        InterchangeHeader header = start.header();
        String identifier = header.syntaxIdentifier();
        Optional<SyntaxLevel> known = SyntaxLevel.of(identifier);
        if (known.isEmpty()) {
            return Optional.of(at(header, 1, 1, FindingCode.SYNTAX_LEVEL_NOT_SUPPORTED, "0001", identifier,
                    "syntax identifier " + identifier + " is not supported: the gateway reads UNOA to UNOK, UNOW and UNOY"));
        }
        String version = header.version();
        String text = start.syntaxVersion() >= 1 && start.syntaxVersion() <= SyntaxLevel.LATEST_VERSION
                ? identifier + " is not defined in syntax version " + version
                : "syntax version " + version + " is not supported: the gateway reads versions 1 to " + SyntaxLevel.LATEST_VERSION;
        return Optional.of(at(header, 1, 2, FindingCode.SYNTAX_LEVEL_NOT_SUPPORTED, "0002", version, text));
    }

    private static boolean isDate(String date) {
        try {
            int year = date.length() == 8 ? Integer.parseInt(date.substring(0, 4)) : 2000 + Integer.parseInt(date.substring(0, 2));
            int rest = date.length() - 4;
            LocalDate.of(year, Integer.parseInt(date.substring(rest, rest + 2)), Integer.parseInt(date.substring(rest + 2)));
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static boolean isTime(String time) {
        try {
            LocalTime.of(Integer.parseInt(time.substring(0, 2)), Integer.parseInt(time.substring(2)));
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static Finding at(InterchangeHeader header, int element, int component, FindingCode code, String reference,
            String value, String text) {
        Position position = Position.ofInterchange(header.controlNumber()).atSegment(1, "UNB", null).atElement(element, component, 0);
        return Finding.error(code, position, text).withElement(reference, value);
    }

    private static String identities(Partner partner) {
        return partner.identities().edifact().isEmpty() ? "it has none"
                : String.join(", ", partner.identities().edifact().stream().map(EdifactIdentity::toString).toList());
    }

    private static String shown(Party party) {
        return party.qualifier() == null ? party.id() : party.id() + " (qualifier " + party.qualifier() + ")";
    }
}
