package org.borderedi.gateway.edi.cargoimp;

import static org.borderedi.gateway.edi.cargoimp.MessageGrammar.LineRule.line;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.borderedi.gateway.edi.Segment;

/**
 * The FFM (flight manifest) grammar, versions 7 and 8. Most of its lines have no identifier, so they get synthetic
 * tags: FFMFLT for the flight line after {@code FFM/8}, POU for a point of unloading (an airport code alone, or with
 * NIL or its dates), CSG for each consignment line ({@code 014-26488125LHRYOW/T1K120MC0.5/HUMAN REM}), END for the
 * closing LAST or CONT.
 */
final class FfmGrammar {

    private static final Pattern FLIGHT_LINE = Pattern.compile("\\d{1,3}/.*");
    private static final Pattern CONSIGNMENT_LINE = Pattern.compile("\\d{3}-\\d{8}.*");
    private static final Pattern ULD = Pattern.compile("([A-Z]{3})(\\d{4,5})([A-Z0-9]{2,3})");

    static final MessageGrammar GRAMMAR = new MessageGrammar("FFM", Set.of("7", "8"), FfmGrammar::tagOf, Map.of(),
            List.of(
                    line("FFMFLT", LineLayout.single(FfmGrammar::flight)),
                    line("POU", LineLayout.single(FfmGrammar::pointOfUnloading)),
                    line("ULD", LineLayout.single(FfmGrammar::unitLoadDevice)),
                    line("CSG", LineLayout.single(FfmGrammar::consignment)),
                    line("DIM", CommonLines.DIMENSION_LINES),
                    line("OSI", CommonLines.TEXT),
                    line("SSR", CommonLines.TEXT),
                    line("OCI", CommonLines.OCI),
                    line("END", LineLayout.single(line -> new Elements(1).put(1, line.first().text()).list()))),
            FfmGrammar::reference);

    private FfmGrammar() {
    }

    private static String tagOf(String text, String previous, MessageGrammar grammar) {
        if (previous.equals("MSG") && FLIGHT_LINE.matcher(text).matches()) {
            return "FFMFLT";
        }
        if (CONSIGNMENT_LINE.matcher(text).matches()) {
            return "CSG";
        }
        if (text.equals("LAST") || text.equals("CONT")) {
            return "END";
        }
        String identifier = MessageGrammar.identifier(text);
        if (identifier.equals(MessageGrammar.UNKNOWN)) {
            return identifier;
        }
        List<String> fields = List.of(text.split("/", -1));
        boolean airportLine = fields.size() == 1 || (!grammar.defines(identifier)
                && (fields.get(1).equals("NIL") || CommonLines.isDayMonthTime(fields.get(1))));
        return airportLine ? "POU" : identifier;
    }

    /**
     * FFMFLT: 1 manifest sequence number, 2 flight [carrier, number], 3 flight date [day, month, time], 4 airport of
     * departure, 5 aircraft registration, 6 ISO country of first arrival, 7 first arrival [day, month, time], 8 airport
     * of first arrival (6-8 are FFM/8's first point of arrival; FFM/7 lines stop at 5).
     */
    private static List<List<String>> flight(LogicalLine line) throws LineFormatException {
        List<String> fields = line.first().fields();
        if (fields.size() > 8 || line.lines().size() > 1) {
            throw new LineFormatException(line.first(), "the flight line has at most eight fields");
        }
        return new Elements(8)
                .put(1, fields.get(0))
                .components(2, CommonLines.flight(Elements.field(fields, 1)))
                .components(3, CommonLines.dayMonthTime(Elements.field(fields, 2)))
                .put(4, Elements.field(fields, 3))
                .put(5, Elements.field(fields, 4))
                .put(6, Elements.field(fields, 5))
                .components(7, CommonLines.dayMonthTime(Elements.field(fields, 6)))
                .put(8, Elements.field(fields, 7))
                .list();
    }

    /** POU: 1 airport of unloading, 2 NIL when nothing is unloaded there, 3 scheduled arrival and 4 departure [day, month, time]. */
    private static List<List<String>> pointOfUnloading(LogicalLine line) throws LineFormatException {
        List<String> fields = line.first().fields();
        Elements elements = new Elements(4).put(1, fields.get(0));
        int date = 3;
        for (String field : fields.subList(1, fields.size())) {
            if (field.equals("NIL")) {
                elements.put(2, field);
            } else if (CommonLines.isDayMonthTime(field) && date <= 4) {
                elements.components(date++, CommonLines.dayMonthTime(field));
            } else if (!field.isEmpty()) {
                throw new LineFormatException(line.first(), "'" + field + "' is neither NIL nor a date on the point of unloading line");
            }
        }
        return elements.list();
    }

    /** ULD: 1 ULD identification [type, serial number, owner], 2 what follows its '-' (loading indicator), 3 remarks. */
    private static List<List<String>> unitLoadDevice(LogicalLine line) {
        List<String> fields = line.first().rest();
        String[] identification = Elements.field(fields, 0).split("-", 2);
        Matcher uld = ULD.matcher(identification[0]);
        return new Elements(3)
                .components(1, uld.matches() ? List.of(uld.group(1), uld.group(2), uld.group(3)) : List.of(identification[0]))
                .put(2, identification.length > 1 ? identification[1] : "")
                .put(3, fields.size() > 1 ? String.join("/", fields.subList(1, fields.size())) : "")
                .list();
    }

    /**
     * CSG: elements 1-12 of the consignment layout (12 the consignment's total pieces when this is part of it),
     * 13 manifest description of goods, 14 special handling codes (one component each, from the continuation lines).
     */
    private static List<List<String>> consignment(LogicalLine line) throws LineFormatException {
        PhysicalLine first = line.first();
        List<String> fields = first.fields();
        Elements elements = new Elements(14);
        Consignments.waybill(first, fields.get(0), elements);
        Consignments.quantity(first, Elements.field(fields, 1), elements, true);
        elements.put(13, fields.size() > 2 ? String.join("/", fields.subList(2, fields.size())) : "");
        for (PhysicalLine handling : line.lines().subList(1, line.lines().size())) {
            handling.rest().stream().filter(code -> !code.isEmpty()).forEach(code -> elements.add(14, code));
        }
        return elements.list();
    }

    /** The flight as written with its date: "SU1145/01JAN". */
    private static String reference(List<Segment> segments) {
        return segments.stream()
                .filter(s -> s.tag().equals("FFMFLT"))
                .findFirst()
                .map(s -> String.join("", s.elements().get(1)) + "/" + String.join("", s.elements().get(2)))
                .orElse(null);
    }
}
