package org.borderedi.gateway.edi.cargoimp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The layouts of line identifiers that FWB, FHL and FFM share, or that have one obvious layout; each message type's
 * grammar table names which of them it uses. Element numbers in the Javadoc are the segment's element indices.
 */
final class CommonLines {

    private static final Pattern WEIGHT = Pattern.compile("([KL])(\\d{1,7}(?:\\.\\d{1,3})?)");
    private static final Pattern VOLUME = Pattern.compile("(MC|CC|CF|CI)(\\d{1,9}(?:\\.\\d{1,3})?)");
    private static final Pattern DIMENSIONS = Pattern.compile("(CMT|INH)(\\d{1,5})-(\\d{1,5})-(\\d{1,5})");
    private static final Pattern DATE = Pattern.compile("(\\d{2})([A-Z]{3})(\\d{2})?");
    private static final Pattern DAY_MONTH_TIME = Pattern.compile("(\\d{2})([A-Z]{3})(\\d{4})?");
    private static final Pattern OTHER_CHARGE = Pattern.compile("([A-Z]{2})([AC])(\\d{1,12}(?:\\.\\d{1,3})?)");
    private static final Pattern CHARGE_SUMMARY = Pattern.compile("(WT|VC|TX|OA|OC|CT)(\\d{1,12}(?:\\.\\d{1,3})?)");
    private static final List<String> CHARGE_SUMMARY_ORDER = List.of("WT", "VC", "TX", "OA", "OC", "CT");

    private CommonLines() {
    }

    /** SSR, OSI, TXT and other free text: 1 the text, one component per physical line. */
    static final LineLayout TEXT = LineLayout.single(line -> {
        Elements elements = new Elements(1);
        for (PhysicalLine physical : line.lines()) {
            elements.add(1, String.join("/", physical.rest()));
        }
        return elements.list();
    });

    /** SPH, HTS: 1 the codes, one component per code, over all physical lines. */
    static final LineLayout CODES = LineLayout.single(line -> {
        Elements elements = new Elements(1);
        for (PhysicalLine physical : line.lines()) {
            physical.rest().stream().filter(code -> !code.isEmpty()).forEach(code -> elements.add(1, code));
        }
        return elements.list();
    });

    /** Single fields in order, one element each, continuation fields appended (COR, ARD, NOM, SRI, SII, COI, CER...). */
    static LineLayout fields(int size) {
        return LineLayout.single(line -> {
            Elements elements = new Elements(size);
            List<String> fields = new ArrayList<>();
            line.lines().forEach(physical -> fields.addAll(physical.rest()));
            if (fields.size() > size) {
                throw new LineFormatException(line.lines().get(line.lines().size() - 1),
                        line.tag() + " has " + size + " field(s), the line has " + fields.size());
            }
            for (int i = 0; i < fields.size(); i++) {
                elements.put(i + 1, fields.get(i));
            }
            return elements.list();
        });
    }

    /**
     * A line of an identifier not in the grammar, or one that does not fit its layout: every '/' field an element, in
     * order, after the identifier where the line has one (a synthetic tag's line keeps its first field).
     */
    static List<List<String>> generic(LogicalLine line) {
        Elements elements = new Elements(0);
        for (PhysicalLine physical : line.lines()) {
            String text = physical.text();
            boolean identified = physical.continuation() || text.equals(line.tag()) || text.startsWith(line.tag() + "/")
                    || Parties.SUB_LINES.contains(MessageGrammar.identifier(text));
            List<String> fields = identified ? physical.rest() : physical.fields();
            fields.forEach(field -> elements.append(field.isEmpty() ? List.of() : List.of(field)));
        }
        return elements.list();
    }

    /** OCI, one segment per physical line: 1 ISO country, 2 information identifier, 3 customs information identifier, 4 supplementary customs information. */
    static final LineLayout OCI = LineLayout.perLine(line -> {
        List<String> fields = line.rest();
        Elements elements = new Elements(4);
        for (int i = 0; i < fields.size(); i++) {
            elements.put(Math.min(i + 1, 4), i < 3 ? fields.get(i) : String.join("/", fields.subList(3, fields.size())));
        }
        return elements.list();
    });

    /**
     * CVD: 1 currency, 2 charge code (FWB; empty in FHL, which has none), 3 prepaid/collect indicators [weight and
     * valuation, other charges], 4 declared value for carriage, 5 declared value for customs, 6 insurance amount.
     * FWB writes six fields, FHL five; the count tells which.
     */
    static final LineLayout CVD = LineLayout.single(line -> {
        List<String> fields = line.first().rest();
        List<String> six = fields.size() >= 6 ? fields : concat(List.of(Elements.field(fields, 0), ""), fields.subList(Math.min(1, fields.size()), fields.size()));
        if (six.size() > 6) {
            throw new LineFormatException(line.first(), "CVD has at most six fields");
        }
        String prepaidCollect = Elements.field(six, 2);
        return new Elements(6)
                .put(1, Elements.field(six, 0))
                .put(2, Elements.field(six, 1))
                .components(3, prepaidCollect.length() == 2 ? List.of(prepaidCollect.substring(0, 1), prepaidCollect.substring(1)) : List.of(prepaidCollect))
                .put(4, Elements.field(six, 3))
                .put(5, Elements.field(six, 4))
                .put(6, Elements.field(six, 5))
                .list();
    });

    /** PPD, COL charge summary: 1 WT weight charge, 2 VC valuation charge, 3 TX taxes, 4 OA other charges due agent, 5 OC due carrier, 6 CT total. */
    static final LineLayout CHARGES = LineLayout.single(line -> {
        Elements elements = new Elements(6);
        for (PhysicalLine physical : line.lines()) {
            for (String field : physical.rest()) {
                if (field.isEmpty()) {
                    continue;
                }
                Matcher charge = CHARGE_SUMMARY.matcher(field);
                if (!charge.matches()) {
                    throw new LineFormatException(physical, "'" + field + "' is not a charge summary entry (WT, VC, TX, OA, OC or CT and an amount)");
                }
                elements.put(CHARGE_SUMMARY_ORDER.indexOf(charge.group(1)) + 1, charge.group(2));
            }
        }
        return elements.list();
    });

    /** OTH, one segment per physical line: 1 prepaid/collect indicator, then one element per charge [code, entitlement A/C, amount]. */
    static final LineLayout OTHER_CHARGES = LineLayout.perLine(line -> {
        List<String> fields = line.rest();
        Elements elements = new Elements(1).put(1, Elements.field(fields, 0));
        for (String field : fields.subList(Math.min(1, fields.size()), fields.size())) {
            Matcher charge = OTHER_CHARGE.matcher(field);
            int at = 0;
            while (at < field.length() && charge.region(at, field.length()).lookingAt()) {
                elements.append(List.of(charge.group(1), charge.group(2), charge.group(3)));
                at = charge.end();
            }
            if (at < field.length()) {
                throw new LineFormatException(line, "'" + field.substring(at) + "' is not an other charge (2-letter code, A or C, amount)");
            }
        }
        return elements.list();
    });

    /** ACC, one segment per physical line: 1 accounting information identifier, 2 accounting information. */
    static final LineLayout ACCOUNTING = LineLayout.perLine(line -> {
        List<String> fields = line.rest();
        return new Elements(2).put(1, Elements.field(fields, 0))
                .put(2, String.join("/", fields.subList(Math.min(1, fields.size()), fields.size()))).list();
    });

    /** ISU: 1 date of issue [day, month, year], 2 place, 3 signature. */
    static final LineLayout ISSUE = LineLayout.single(line -> {
        List<String> fields = line.first().rest();
        return new Elements(3).components(1, date(Elements.field(fields, 0), DATE))
                .put(2, Elements.field(fields, 1)).put(3, Elements.field(fields, 2)).list();
    });

    /** CDC: 1 destination currency [ISO code, conversion rate], 2 collect charges in it, 3 charges at destination, 4 total collect. */
    static final LineLayout DESTINATION_CURRENCY = LineLayout.single(line -> {
        List<String> fields = line.first().rest();
        String currency = Elements.field(fields, 0);
        return new Elements(4)
                .components(1, currency.length() > 3 ? List.of(currency.substring(0, 3), currency.substring(3)) : List.of(currency))
                .put(2, Elements.field(fields, 1)).put(3, Elements.field(fields, 2)).put(4, Elements.field(fields, 3)).list();
    });

    /**
     * REF: 1 sender's office message address [airport, office function, company], 2 file reference, 3 participant
     * identifier, 4 participant code, 5 participant airport or city.
     */
    static final LineLayout SENDER_REFERENCE = LineLayout.single(line -> reference(line.first().rest(), new Elements(5), 1).list());

    /** OPI: 1 name, then on its continuation line 2-6 as REF's 1-5. */
    static final LineLayout OTHER_PARTICIPANT = LineLayout.single(line -> {
        Elements elements = new Elements(6).put(1, String.join("/", line.first().rest()));
        for (PhysicalLine physical : line.lines().subList(1, line.lines().size())) {
            reference(physical.rest(), elements, 2);
        }
        return elements.list();
    });

    private static Elements reference(List<String> fields, Elements elements, int from) {
        String address = Elements.field(fields, 0);
        elements.components(from, address.length() == 7
                ? List.of(address.substring(0, 3), address.substring(3, 5), address.substring(5)) : List.of(address));
        for (int i = 1; i < 5; i++) {
            elements.put(from + i, Elements.field(fields, i));
        }
        return elements;
    }

    /** FLT: one element per flight [carrier, flight number, day]. */
    static final LineLayout FLIGHTS = LineLayout.single(line -> {
        List<String> fields = line.first().rest();
        Elements elements = new Elements(0);
        for (int i = 0; i < fields.size(); i += 2) {
            List<String> flight = flight(fields.get(i));
            elements.append(List.of(flight.get(0), flight.get(1), Elements.field(fields, i + 1)));
        }
        return elements.list();
    });

    /** RTG: one element per routing leg [airport or city, carrier]. */
    static final LineLayout ROUTING = LineLayout.single(line -> {
        Elements elements = new Elements(0);
        for (String leg : line.first().rest()) {
            elements.append(leg.length() > 3 ? List.of(leg.substring(0, 3), leg.substring(3)) : List.of(leg));
        }
        return elements.list();
    });

    /** DIM, one segment per physical line: 1 weight code, 2 weight, 3 dimensions [unit, length, width, height], 4 pieces. */
    static final LineLayout DIMENSION_LINES = LineLayout.perLine(line -> {
        List<String> fields = line.rest();
        Elements elements = new Elements(4);
        weight(line, Elements.field(fields, 0), elements, 1);
        return elements.components(3, dimensions(Elements.field(fields, 1))).put(4, Elements.field(fields, 2)).list();
    });

    /** A flight as written ("SU1244") into [carrier, number]: the airline designator is its first two characters. */
    static List<String> flight(String flight) {
        return flight.length() > 2 ? List.of(flight.substring(0, 2), flight.substring(2)) : List.of(flight, "");
    }

    /** "01JAN" or "01JAN0800" into [day, month, time]; "01OCT06" into [day, month, year] with the DATE pattern. */
    static List<String> date(String value, Pattern pattern) {
        Matcher date = pattern.matcher(value);
        if (!date.matches()) {
            return List.of(value);
        }
        return date.group(3) == null ? List.of(date.group(1), date.group(2)) : List.of(date.group(1), date.group(2), date.group(3));
    }

    static List<String> dayMonthTime(String value) {
        return date(value, DAY_MONTH_TIME);
    }

    static boolean isDayMonthTime(String value) {
        return DAY_MONTH_TIME.matcher(value).matches();
    }

    /** K or L and the amount into the elements at index and index + 1; an empty value leaves both empty. */
    static void weight(PhysicalLine line, String value, Elements elements, int index) throws LineFormatException {
        if (value.isEmpty()) {
            return;
        }
        Matcher weight = WEIGHT.matcher(value);
        if (!weight.matches()) {
            throw new LineFormatException(line, "'" + value + "' is not a weight (K or L and the amount)");
        }
        elements.put(index, weight.group(1)).put(index + 1, weight.group(2));
    }

    /** MC, CC, CF or CI and the amount into the elements at index and index + 1. */
    static void volume(PhysicalLine line, String value, Elements elements, int index) throws LineFormatException {
        if (value.isEmpty()) {
            return;
        }
        Matcher volume = VOLUME.matcher(value);
        if (!volume.matches()) {
            throw new LineFormatException(line, "'" + value + "' is not a volume (MC, CC, CF or CI and the amount)");
        }
        elements.put(index, volume.group(1)).put(index + 1, volume.group(2));
    }

    /** "CMT100-80-60" into [unit, length, width, height]; anything else ("NDA", no dimensions available) as written. */
    static List<String> dimensions(String value) {
        Matcher dimensions = DIMENSIONS.matcher(value);
        return dimensions.matches()
                ? List.of(dimensions.group(1), dimensions.group(2), dimensions.group(3), dimensions.group(4))
                : List.of(value);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
