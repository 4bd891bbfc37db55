package org.borderedi.gateway.edi.cargoimp;

import static org.borderedi.gateway.edi.cargoimp.MessageGrammar.LineRule.line;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.borderedi.gateway.edi.Segment;

/**
 * The FWB (air waybill) grammar, versions 16 and 17: its line table, read top to bottom in the order the lines stand
 * in a message. The element layout of every line is in the package documentation; the two versions share it.
 */
final class FwbGrammar {

    private static final Pattern WAYBILL_LINE = Pattern.compile("\\d{3}-.*");
    private static final Pattern GOODS_DATA = Pattern.compile("N[A-Z]");
    private static final Pattern LINE_NUMBER = Pattern.compile("\\d{1,2}");

    static final MessageGrammar GRAMMAR = new MessageGrammar("FWB", Set.of("16", "17"),
            (text, previous, grammar) -> WAYBILL_LINE.matcher(text).matches() ? "AWB" : MessageGrammar.identifier(text),
            Map.of("SHP", Parties.SUB_LINES, "CNE", Parties.SUB_LINES, "NFY", Parties.SUB_LINES, "AGT", List.of("NAM", "LOC")),
            List.of(
                    line("AWB", LineLayout.single(FwbGrammar::waybill)),
                    line("FLT", CommonLines.FLIGHTS),
                    line("RTG", CommonLines.ROUTING),
                    line("SHP", Parties.PARTY),
                    line("CNE", Parties.PARTY),
                    line("AGT", Parties.AGENT),
                    line("SSR", CommonLines.TEXT),
                    line("NFY", Parties.PARTY),
                    line("ACC", CommonLines.ACCOUNTING),
                    line("CVD", CommonLines.CVD),
                    line("RTD", FwbGrammar::rateDescription),
                    line("OTH", CommonLines.OTHER_CHARGES),
                    line("PPD", CommonLines.CHARGES),
                    line("COL", CommonLines.CHARGES),
                    line("CER", CommonLines.fields(1)),
                    line("ISU", CommonLines.ISSUE),
                    line("OSI", CommonLines.TEXT),
                    line("CDC", CommonLines.DESTINATION_CURRENCY),
                    line("REF", CommonLines.SENDER_REFERENCE),
                    line("COR", CommonLines.fields(1)),
                    line("COI", CommonLines.fields(3)),
                    line("SII", CommonLines.fields(2)),
                    line("ARD", CommonLines.fields(1)),
                    line("SPH", CommonLines.CODES),
                    line("NOM", CommonLines.fields(2)),
                    line("SRI", CommonLines.fields(3)),
                    line("OPI", CommonLines.OTHER_PARTICIPANT),
                    line("OCI", CommonLines.OCI)),
            segments -> segments.stream().filter(s -> s.tag().equals("AWB")).findFirst().map(Consignments::number).orElse(null));

    private FwbGrammar() {
    }

    /** AWB: elements 1-11 of the consignment layout (waybill, origin, destination, quantity, volume, density). */
    private static List<List<String>> waybill(LogicalLine line) throws LineFormatException {
        PhysicalLine first = line.first();
        List<String> fields = first.fields();
        if (fields.size() > 2 || line.lines().size() > 1) {
            throw new LineFormatException(first, "the waybill line has two fields and no continuation");
        }
        Elements elements = new Elements(11);
        Consignments.waybill(first, fields.get(0), elements);
        Consignments.quantity(first, Elements.field(fields, 1), elements, false);
        return elements.list();
    }

    /** RTD: one segment per physical line, "RTD" for rate data, "RTDG" for goods data (NG, NC, ND, NV, NU, NS, NH, NO). */
    private static List<Segment> rateDescription(LogicalLine line) throws LineFormatException {
        List<Segment> segments = new ArrayList<>();
        for (PhysicalLine physical : line.lines()) {
            List<String> fields = physical.rest();
            boolean numbered = !fields.isEmpty() && LINE_NUMBER.matcher(fields.get(0)).matches();
            String number = numbered ? fields.get(0) : "";
            List<String> data = fields.subList(numbered ? 1 : 0, fields.size());
            boolean goods = physical != line.first() && !data.isEmpty() && GOODS_DATA.matcher(data.get(0)).matches();
            segments.add(goods
                    ? new Segment("RTDG", physical.number(), goodsData(physical, number, data))
                    : new Segment("RTD", physical.number(), rateData(physical, number, data)));
        }
        return segments;
    }

    /**
     * RTD rate data: 1 rate line number, 2 pieces, 3 weight code, 4 gross weight, 5 rate class code, 6 commodity item
     * number (or ULD rate class, class rate percentage), 7 chargeable weight, 8 rate or charge, 9 total, 10 rate
     * combination point. The fields are told apart by their prefix letter.
     */
    private static List<List<String>> rateData(PhysicalLine line, String number, List<String> fields) throws LineFormatException {
        Elements elements = new Elements(10).put(1, number);
        for (String field : fields) {
            if (field.isEmpty()) {
                continue;
            }
            String value = field.substring(1);
            switch (field.charAt(0)) {
                case 'P' -> elements.put(value.matches("\\d+") ? 2 : 10, value);
                case 'K', 'L' -> CommonLines.weight(line, field, elements, 3);
                case 'C' -> elements.put(5, value);
                case 'S' -> elements.put(6, value);
                case 'W' -> elements.put(7, value);
                case 'R' -> elements.put(8, value);
                case 'T' -> elements.put(9, value);
                default -> throw new LineFormatException(line, "'" + field + "' is not a rate description field (P, K, L, C, S, W, R or T)");
            }
        }
        return elements.list();
    }

    /**
     * RTDG goods data: 1 line number, 2 goods data identifier, then for NG and NC 3 the description; for ND 3 weight
     * code, 4 weight, 5 dimensions [unit, length, width, height] or [NDA], 6 pieces; for NV 3 volume code, 4 volume;
     * for NU (ULD), NS (SLAC), NH (harmonised code), NO (country of origin) 3 the value, further fields after it.
     */
    private static List<List<String>> goodsData(PhysicalLine line, String number, List<String> fields) throws LineFormatException {
        String identifier = fields.get(0);
        List<String> values = fields.subList(1, fields.size());
        Elements elements = new Elements(2).put(1, number).put(2, identifier);
        switch (identifier) {
            case "NG", "NC" -> elements.put(3, String.join("/", values));
            case "ND" -> {
                elements.put(6, "");
                CommonLines.weight(line, Elements.field(values, 0), elements, 3);
                elements.components(5, CommonLines.dimensions(Elements.field(values, 1))).put(6, Elements.field(values, 2));
            }
            case "NV" -> {
                elements.put(4, "");
                CommonLines.volume(line, Elements.field(values, 0), elements, 3);
            }
            default -> values.forEach(value -> elements.append(value.isEmpty() ? List.of() : List.of(value)));
        }
        return elements.list();
    }
}
