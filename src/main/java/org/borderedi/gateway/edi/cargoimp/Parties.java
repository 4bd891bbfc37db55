package org.borderedi.gateway.edi.cargoimp;

import java.util.List;

/**
 * Reads party blocks into one fixed layout whichever way they are written: with NAM, ADR and LOC lines under the
 * party's line (as FWB/16, FWB/17, FHL/4 and FHL/5 do) or, as some senders still do, with bare continuation lines in
 * the order name, street, place, country.
 */
final class Parties {

    /** SHP, CNE, NFY: 1 account, 2 name, 3 street, 4 place, 5 state, 6 country, 7 postcode, 8 contact ids, 9 numbers. */
    static final LineLayout PARTY = LineLayout.single(Parties::party);
    /** AGT: 1 account, 2 IATA cargo agent numeric code, 3 CASS address, 4 participant identifier, 5 name, 6 place. */
    static final LineLayout AGENT = LineLayout.single(Parties::agent);
    /** The lines a party block takes in under its party line. */
    static final List<String> SUB_LINES = List.of("NAM", "ADR", "LOC");

    private enum Part { ACCOUNT, NAME, STREET, PLACE, COUNTRY }

    private Parties() {
    }

    private static List<List<String>> party(LogicalLine block) throws LineFormatException {
        Elements elements = new Elements(9).put(1, Elements.field(block.first().rest(), 0));
        Part part = Part.ACCOUNT;
        boolean labelled = false;
        for (PhysicalLine line : block.lines().subList(1, block.lines().size())) {
            if (!line.continuation()) {
                labelled = true;
                part = switch (line.fields().get(0)) {
                    case "NAM" -> Part.NAME;
                    case "ADR" -> Part.STREET;
                    default -> Part.PLACE;
                };
            } else if (!labelled || part == Part.PLACE) {
                part = part == Part.COUNTRY ? Part.COUNTRY : Part.values()[part.ordinal() + 1];
            }
            List<String> fields = line.rest();
            switch (part) {
                case NAME -> fields.forEach(name -> elements.add(2, name));
                case STREET -> fields.forEach(street -> elements.add(3, street));
                case PLACE -> elements.put(4, Elements.field(fields, 0)).put(5, Elements.field(fields, 1));
                case COUNTRY -> country(fields, elements);
                default -> throw new LineFormatException(line, "a party line cannot be continued here");
            }
        }
        return elements.list();
    }

    /** The country line: ISO country, postcode, then contact identifier and number pairs (TE, FX, TL...). */
    private static void country(List<String> fields, Elements elements) {
        if (elements.isEmpty(6)) {
            elements.put(6, Elements.field(fields, 0));
        }
        if (elements.isEmpty(7)) {
            elements.put(7, Elements.field(fields, 1));
        }
        for (int i = 2; i < fields.size(); i += 2) {
            elements.add(8, fields.get(i)).add(9, Elements.field(fields, i + 1));
        }
    }

    private static List<List<String>> agent(LogicalLine block) throws LineFormatException {
        List<String> first = block.first().rest();
        Elements elements = new Elements(6);
        for (int i = 0; i < 4; i++) {
            elements.put(i + 1, Elements.field(first, i));
        }
        int next = 5;
        for (PhysicalLine line : block.lines().subList(1, block.lines().size())) {
            int index = line.continuation() ? next : "NAM".equals(line.fields().get(0)) ? 5 : 6;
            if (index > 6) {
                throw new LineFormatException(line, "the agent has a name and a place line only");
            }
            elements.put(index, String.join("/", line.rest()));
            next = index + 1;
        }
        return elements.list();
    }
}
