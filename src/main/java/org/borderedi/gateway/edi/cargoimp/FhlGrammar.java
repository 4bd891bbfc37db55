package org.borderedi.gateway.edi.cargoimp;

import static org.borderedi.gateway.edi.cargoimp.MessageGrammar.LineRule.line;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The FHL (house waybill list) grammar, versions 4 and 5: the master's MBI line, then per house an HBS line followed
 * by that house's TXT, HTS, OCI, SHP, CNE and CVD lines. The segments keep that order, so a house's lines are the ones
 * after its HBS up to the next HBS.
 */
final class FhlGrammar {

    static final MessageGrammar GRAMMAR = new MessageGrammar("FHL", Set.of("4", "5"),
            (text, previous, grammar) -> MessageGrammar.identifier(text),
            Map.of("SHP", Parties.SUB_LINES, "CNE", Parties.SUB_LINES),
            List.of(
                    line("MBI", LineLayout.single(FhlGrammar::masterBill)),
                    line("HBS", LineLayout.single(FhlGrammar::houseBill)),
                    line("TXT", CommonLines.TEXT),
                    line("HTS", CommonLines.CODES),
                    line("OCI", CommonLines.OCI),
                    line("SHP", Parties.PARTY),
                    line("CNE", Parties.PARTY),
                    line("CVD", CommonLines.CVD)),
            segments -> segments.stream().filter(s -> s.tag().equals("MBI")).findFirst().map(Consignments::number).orElse(null));

    private FhlGrammar() {
    }

    /** MBI: elements 1-11 of the consignment layout, as the FWB waybill line. */
    private static List<List<String>> masterBill(LogicalLine line) throws LineFormatException {
        PhysicalLine first = line.first();
        List<String> fields = first.rest();
        if (fields.size() > 2 || line.lines().size() > 1) {
            throw new LineFormatException(first, "MBI has two fields and no continuation");
        }
        Elements elements = new Elements(11);
        Consignments.waybill(first, Elements.field(fields, 0), elements);
        Consignments.quantity(first, Elements.field(fields, 1), elements, false);
        return elements.list();
    }

    /**
     * HBS: 1 house waybill number, 2 origin, 3 destination, 4 pieces, 5 weight code, 6 weight, 7 SLAC (shipper's load
     * and count), 8 manifest description of goods, 9 special handling codes (one component each, from the
     * continuation lines).
     */
    private static List<List<String>> houseBill(LogicalLine line) throws LineFormatException {
        PhysicalLine first = line.first();
        List<String> fields = first.rest();
        String route = Elements.field(fields, 1);
        if (fields.size() > 6 || !route.matches("[A-Z]{3}[A-Z]{3}")) {
            throw new LineFormatException(first, "HBS is house number / origin and destination (6 letters) / pieces / "
                    + "weight / SLAC / description");
        }
        Elements elements = new Elements(9)
                .put(1, Elements.field(fields, 0))
                .put(2, route.substring(0, 3))
                .put(3, route.substring(3))
                .put(4, Elements.field(fields, 2));
        CommonLines.weight(first, Elements.field(fields, 3), elements, 5);
        elements.put(7, Elements.field(fields, 4)).put(8, Elements.field(fields, 5));
        for (PhysicalLine handling : line.lines().subList(1, line.lines().size())) {
            handling.rest().stream().filter(code -> !code.isEmpty()).forEach(code -> elements.add(9, code));
        }
        return elements.list();
    }
}
