package org.borderedi.gateway.acks;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.borderedi.gateway.edi.x12.X12AckInterchange;
import org.borderedi.gateway.model.Conveyance;
import org.borderedi.gateway.model.Filing;
import org.borderedi.gateway.model.Identifier;
import org.borderedi.gateway.model.Mode;
import org.borderedi.gateway.model.Place;
import org.borderedi.gateway.model.PlaceRole;
import org.borderedi.gateway.model.Schemes;
import org.borderedi.gateway.model.Source;
import org.borderedi.gateway.model.Text;

/**
 * The M10 and P4 a 355 repeats from the manifest it answers: every M10 element the filing kept (found by its
 * source), the transportation method from the mode, and the port and date of first arrival; the standard's
 * placeholders where the set could not be translated.
 */
public final class ManifestHeader {

    /** M1001 when the carrier is not known (the set was not translated): no SCAC is ZZZZ. */
    public static final String UNKNOWN_CARRIER = "ZZZZ";
    /** P401 when the port is not known. */
    static final String UNKNOWN_PORT = "0000";

    private static final int[] MIN = {2, 1, 2, 1, 2, 2, 1, 1, 1, 1};
    private static final int[] MAX = {4, 2, 3, 8, 28, 10, 4, 1, 1, 1};

    private ManifestHeader() {
    }

    public static void m10(X12AckInterchange out, Filing filing) throws java.io.IOException {
        String[] elements = new String[10];
        if (filing != null) {
            for (SourcedValue value : m10Values(filing)) {
                int index = elementIndex(value.source());
                if (index >= 0 && index < elements.length) {
                    elements[index] = fit(out, value.value(), MIN[index], MAX[index]);
                }
            }
            if (elements[1] == null) {
                elements[1] = transportationMethod(filing.mode());
            }
            if (elements[3] != null && elements[9] == null && vesselCodeIsImo(filing.conveyance())) {
                elements[9] = "L";
            }
        }
        if (elements[0] == null) {
            elements[0] = UNKNOWN_CARRIER;
        }
        if (elements[1] == null) {
            elements[1] = "O";
        }
        out.segment("M10", elements);
    }

    public static void p4(X12AckInterchange out, Filing filing, ZonedDateTime now) throws java.io.IOException {
        Place arrival = filing == null || filing.conveyance() == null ? null
                : filing.conveyance().route().stream().filter(p -> p.role() == PlaceRole.FIRST_ARRIVAL).findFirst().orElse(null);
        String port = arrival == null || arrival.location() == null ? null : out.optional(arrival.location().value(), 4);
        String date = arrival == null || arrival.time() == null ? null : ccyymmdd(arrival.time().value());
        out.segment("P4", port == null || port.length() != 4 ? UNKNOWN_PORT : port,
                date == null ? now.format(DateTimeFormatter.ofPattern("yyyyMMdd")) : date);
    }

    private static List<SourcedValue> m10Values(Filing filing) {
        List<SourcedValue> values = new ArrayList<>();
        add(values, filing.purposeCode());
        Conveyance conveyance = filing.conveyance();
        if (conveyance != null) {
            add(values, conveyance.carrier());
            add(values, conveyance.nationality());
            add(values, conveyance.name());
            add(values, conveyance.journey());
            conveyance.identifiers().forEach(id -> add(values, id));
        }
        return values;
    }

    private static void add(List<SourcedValue> values, Text text) {
        if (text != null && text.source() != null && "M10".equals(text.source().segment())) {
            values.add(new SourcedValue(text.value(), text.source()));
        }
    }

    private static void add(List<SourcedValue> values, Identifier id) {
        if (id != null && id.source() != null && "M10".equals(id.source().segment())) {
            values.add(new SourcedValue(id.value(), id.source()));
        }
    }

    private static int elementIndex(Source source) {
        String element = source.element();
        if (element == null || !element.matches("\\d{1,2}")) {
            return -1;
        }
        return Integer.parseInt(element) - 1;
    }

    private static String fit(X12AckInterchange out, String value, int min, int max) {
        String safe = out.optional(value, max);
        return safe == null || safe.length() < min ? null : safe;
    }

    private static boolean vesselCodeIsImo(Conveyance conveyance) {
        return conveyance != null && conveyance.identifiers().stream()
                .anyMatch(id -> Schemes.IMO.equals(id.scheme()) && id.source() != null && "04".equals(id.source().element()));
    }

    /** M102: O containerized ocean, J motor, R rail, A air. */
    private static String transportationMethod(Mode mode) {
        if (mode == null) {
            return null;
        }
        return switch (mode) {
            case SEA -> "O";
            case ROAD -> "J";
            case RAIL -> "R";
            case AIR -> "A";
        };
    }

    /** The date of an ISO date or date-time ("2026-12-01", "2026-12-01T10:00"), or a CCYYMMDD as written. */
    private static String ccyymmdd(String value) {
        if (value.matches("\\d{8}")) {
            return value;
        }
        try {
            return LocalDate.parse(value.length() >= 10 ? value.substring(0, 10) : value).format(DateTimeFormatter.BASIC_ISO_DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private record SourcedValue(String value, Source source) {
    }
}
