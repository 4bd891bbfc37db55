package org.borderedi.gateway.filing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.borderedi.gateway.edi.Severity;
import org.borderedi.gateway.edi.Syntax;
import org.borderedi.gateway.model.Consignment;
import org.borderedi.gateway.model.Filing;
import org.borderedi.gateway.model.Identifier;
import org.borderedi.gateway.model.Schemes;
import org.borderedi.gateway.model.SourceFormat;
import org.borderedi.gateway.partners.FilingFormat;
import org.borderedi.gateway.partners.Partner;
import org.borderedi.gateway.rules.BusinessFinding;

/**
 * What a partner may file, for the formats that have no envelope the syntax layer could check (Cargo-IMP, Cargo-XML,
 * the gateway's own XML): the message set must be one the partner's agreement lists, and an air carrier may file only
 * waybills of its own airline (the AWB's three-digit prefix or the flight's carrier is one of its IATA identities).
 * X12 and EDIFACT senders and message sets are checked by the syntax layer.
 */
public final class FilingAuthorization {

    public static final String FORMAT_NOT_AGREED = "FORMAT_NOT_AGREED";
    public static final String SENDER_NOT_AUTHORIZED = "SENDER_NOT_AUTHORIZED";

    /** @param syntax what the file was: a filing in the gateway's own XML may carry any source format inside */
    public List<BusinessFinding> check(Partner partner, Syntax syntax, Filing filing) {
        List<BusinessFinding> findings = new ArrayList<>();
        Optional<FilingFormat> format = syntax == Syntax.GATEWAY_XML ? Optional.of(FilingFormat.GATEWAY_XML)
                : format(filing.format());
        if (format.isPresent() && !partner.mayFile(format.get())) {
            findings.add(new BusinessFinding(FORMAT_NOT_AGREED, Severity.ERROR, "partner " + partner.id()
                    + " is not agreed to file " + filing.format().message() + " messages", null, null, "format", null,
                    filing.format().message()));
        }
        List<String> airlines = partner.identities().iataAirlines();
        if ((syntax == Syntax.CARGO_IMP || syntax == Syntax.CARGO_XML) && !airlines.isEmpty()) {
            Identifier carrier = filing.conveyance() == null ? null : filing.conveyance().carrier();
            boolean carrierOwned = carrier != null && airlines.contains(carrier.value());
            for (Consignment consignment : filing.consignments()) {
                Identifier awb = consignment.references().stream()
                        .filter(r -> Schemes.MASTER_AIR_WAYBILL.equals(r.scheme())).findFirst().orElse(null);
                if (awb != null && !carrierOwned && !airlines.contains(prefix(awb.value()))) {
                    findings.add(new BusinessFinding(SENDER_NOT_AUTHORIZED, Severity.ERROR, "air waybill " + awb.value()
                            + " is not of an airline of partner " + partner.id(), consignment.id(), consignment.number(),
                            "references[AWB]", awb.source(), awb.value()));
                }
            }
        }
        return findings;
    }

    private static String prefix(String awb) {
        String digits = awb.replaceAll("[^0-9]", "");
        return digits.length() >= 3 ? digits.substring(0, 3) : digits;
    }

    private static Optional<FilingFormat> format(SourceFormat format) {
        String key = format.standard() + " " + format.message();
        return Optional.ofNullable(switch (key) {
            case "CARGO-IMP FWB" -> FilingFormat.CARGO_IMP_FWB;
            case "CARGO-IMP FHL" -> FilingFormat.CARGO_IMP_FHL;
            case "CARGO-IMP FFM" -> FilingFormat.CARGO_IMP_FFM;
            case "CARGO-XML XFWB" -> FilingFormat.CARGO_XML_XFWB;
            case "CARGO-XML XFZB" -> FilingFormat.CARGO_XML_XFZB;
            case "CARGO-XML XFFM" -> FilingFormat.CARGO_XML_XFFM;
            default -> null;
        });
    }
}
