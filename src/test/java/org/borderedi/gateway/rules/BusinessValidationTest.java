package org.borderedi.gateway.rules;

import static org.borderedi.gateway.model.PartyRole.CONSIGNEE;
import static org.borderedi.gateway.model.PartyRole.SHIPPER;
import static org.borderedi.gateway.rules.TestFilings.airConsolidation;
import static org.borderedi.gateway.rules.TestFilings.container;
import static org.borderedi.gateway.rules.TestFilings.conveyanceDate;
import static org.borderedi.gateway.rules.TestFilings.conveyanceEquipment;
import static org.borderedi.gateway.rules.TestFilings.conveyanceRoute;
import static org.borderedi.gateway.rules.TestFilings.edit;
import static org.borderedi.gateway.rules.TestFilings.line;
import static org.borderedi.gateway.rules.TestFilings.measure;
import static org.borderedi.gateway.rules.TestFilings.oceanBill;
import static org.borderedi.gateway.rules.TestFilings.only;
import static org.borderedi.gateway.rules.TestFilings.party;
import static org.borderedi.gateway.rules.TestFilings.place;
import static org.borderedi.gateway.rules.TestFilings.programmes;
import static org.borderedi.gateway.rules.TestFilings.simpleAirBill;
import static org.borderedi.gateway.rules.TestFilings.src;
import static org.borderedi.gateway.rules.TestFilings.truckBill;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.borderedi.gateway.edi.Severity;
import org.borderedi.gateway.model.Filing;
import org.borderedi.gateway.model.Identifier;
import org.borderedi.gateway.model.Measure;
import org.borderedi.gateway.model.Mode;
import org.borderedi.gateway.model.Party;
import org.borderedi.gateway.model.PlaceRole;
import org.borderedi.gateway.model.Programme;
import org.borderedi.gateway.model.Schemes;
import org.borderedi.gateway.model.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BusinessValidationTest {

    private final BusinessValidation validation = BusinessValidation.standard(TestFilings.CLOCK);

    /** Each case: a filing with one field spoiled (or varied within the rules), and every finding it must yield. */
    static Stream<Arguments> cases() {
        Filing air = airConsolidation();
        Filing simple = simpleAirBill();
        Filing ocean = oceanBill();
        Filing truck = truckBill();
        return Stream.of(
                // --- pre-load 7+1, on house 2 of the consolidation
                Arguments.of("house_without_house_bill_number_is_MISSING_HOUSE_BILL_NBR",
                        edit(air, "2", b -> b.references = List.of()),
                        List.of("MISSING_HOUSE_BILL_NBR|2|references[HAWB]|null")),
                Arguments.of("house_bill_number_with_a_hyphen_is_INVALID_HOUSE_BILL_NBR",
                        edit(air, "2", b -> b.references = List.of(hawb("SEL-2222"))),
                        List.of("INVALID_HOUSE_BILL_NBR|2|references[HAWB]|SEL-2222")),
                Arguments.of("house_bill_number_of_13_characters_is_INVALID_HOUSE_BILL_NBR",
                        edit(air, "2", b -> b.references = List.of(hawb("SEL2222222222"))),
                        List.of("INVALID_HOUSE_BILL_NBR|2|references[HAWB]|SEL2222222222")),
                Arguments.of("house_bill_number_of_12_characters_is_valid",
                        edit(air, "2", b -> b.references = List.of(hawb("SEL222222222"))),
                        List.of()),
                Arguments.of("house_without_shipper_is_missing_shipper_name_address_and_country",
                        edit(air, "2", b -> b.party(SHIPPER, null)),
                        List.of("MISSING_SHP_NAME|2|parties[SHIPPER].name|null",
                                "MISSING_SHP_ADDR|2|parties[SHIPPER].address|null",
                                "MISSING_SHP_CTRY|2|parties[SHIPPER].address.country|null")),
                Arguments.of("house_with_blank_shipper_name_is_MISSING_SHP_NAME",
                        edit(air, "2", b -> b.party(SHIPPER, party(SHIPPER, "SHP", 11, " ", "12 TEHERAN-RO", "SEOUL", "KR"))),
                        List.of("MISSING_SHP_NAME|2|parties[SHIPPER].name|null")),
                Arguments.of("house_shipper_without_city_is_MISSING_SHP_ADDR",
                        edit(air, "2", b -> b.party(SHIPPER, party(SHIPPER, "SHP", 11, "SEOUL ELECTRONICS CO", "12 TEHERAN-RO", null, "KR"))),
                        List.of("MISSING_SHP_ADDR|2|parties[SHIPPER].address.city|null")),
                Arguments.of("house_shipper_without_street_is_MISSING_SHP_ADDR",
                        edit(air, "2", b -> b.party(SHIPPER, party(SHIPPER, "SHP", 11, "SEOUL ELECTRONICS CO", null, "SEOUL", "KR"))),
                        List.of("MISSING_SHP_ADDR|2|parties[SHIPPER].address.street|null")),
                Arguments.of("house_shipper_without_country_is_MISSING_SHP_CTRY",
                        edit(air, "2", b -> b.party(SHIPPER, party(SHIPPER, "SHP", 11, "SEOUL ELECTRONICS CO", "12 TEHERAN-RO", "SEOUL", null))),
                        List.of("MISSING_SHP_CTRY|2|parties[SHIPPER].address.country|null")),
                Arguments.of("house_consignee_without_name_is_MISSING_CNE_NAME",
                        edit(air, "2", b -> b.party(CONSIGNEE, party(CONSIGNEE, "CNE", 12, null, "100 GRANVILLE ST", "VANCOUVER", "CA"))),
                        List.of("MISSING_CNE_NAME|2|parties[CONSIGNEE].name|null")),
                Arguments.of("house_without_consignee_address_is_MISSING_CNE_ADDR",
                        edit(air, "2", b -> b.party(CONSIGNEE, new Party(CONSIGNEE, Text.of("CNE"), Text.of("MAPLE IMPORTS LTD"),
                                null, null, List.of(), List.of()))),
                        List.of("MISSING_CNE_ADDR|2|parties[CONSIGNEE].address|null",
                                "MISSING_CNE_CTRY|2|parties[CONSIGNEE].address.country|null")),
                Arguments.of("house_consignee_with_country_only_is_MISSING_CNE_ADDR",
                        edit(air, "2", b -> b.party(CONSIGNEE, party(CONSIGNEE, "CNE", 12, "MAPLE IMPORTS LTD", null, null, "CA"))),
                        List.of("MISSING_CNE_ADDR|2|parties[CONSIGNEE].address|null")),
                Arguments.of("house_consignee_without_country_is_MISSING_CNE_CTRY",
                        edit(air, "3", b -> b.party(CONSIGNEE, party(CONSIGNEE, "CNE", 22, "PRAIRIE TECH INC", "40 ALBERT ST", "WINNIPEG", ""))),
                        List.of("MISSING_CNE_CTRY|3|parties[CONSIGNEE].address.country|null")),
                Arguments.of("house_without_weight_is_MISSING_WEIGHT",
                        edit(air, "2", b -> b.grossWeight(null)),
                        List.of("MISSING_WEIGHT|2|totals.grossWeight|null")),
                Arguments.of("house_weight_in_words_is_INVALID_WEIGHT",
                        edit(air, "2", b -> b.grossWeight(measure("TEN", "KGM", "HBS", 10, "03"))),
                        List.of("INVALID_WEIGHT|2|totals.grossWeight|TEN")),
                Arguments.of("house_weight_of_zero_is_INVALID_WEIGHT_and_differs_from_its_goods",
                        edit(air, "2", b -> b.grossWeight(measure("0", "KGM", "HBS", 10, "03"))),
                        List.of("TOTAL_WEIGHT_MISMATCH|2|totals.grossWeight|0", "INVALID_WEIGHT|2|totals.grossWeight|0")),
                Arguments.of("house_weight_without_unit_is_MISSING_WT_UNITS",
                        edit(air, "2", b -> b.grossWeight(new Measure("10.0", null, null, src("HBS", 10, "03")))),
                        List.of("MISSING_WT_UNITS|2|totals.grossWeight.unit|null")),
                Arguments.of("house_weight_in_tonnes_is_MISSING_WT_UNITS_naming_the_filers_unit",
                        edit(air, "2", b -> b.grossWeight(new Measure("0.01", "TNE", "T", src("HBS", 10, "03")))),
                        List.of("MISSING_WT_UNITS|2|totals.grossWeight.unit|T")),
                Arguments.of("house_weight_in_pounds_is_valid",
                        edit(air, "2", b -> {
                            b.grossWeight(measure("22", "LBR", "HBS", 10, "03"));
                            b.goods = List.of(line("TXT", 13, "MOBILE PHONES", "2", null, null));
                        }),
                        List.of()),
                Arguments.of("house_without_pieces_is_MISSING_BILL_QTY",
                        edit(air, "2", b -> b.pieces(null)),
                        List.of("MISSING_BILL_QTY|2|totals.pieces|null")),
                Arguments.of("house_pieces_in_words_is_INVALID_BILL_QTY",
                        edit(air, "2", b -> b.pieces(measure("TWO", null, "HBS", 10, "02"))),
                        List.of("INVALID_BILL_QTY|2|totals.pieces|TWO")),
                Arguments.of("house_pieces_with_a_fraction_is_INVALID_BILL_QTY_and_differs_from_its_goods",
                        edit(air, "2", b -> b.pieces(measure("2.5", null, "HBS", 10, "02"))),
                        List.of("TOTAL_PIECES_MISMATCH|2|totals.pieces|2.5", "INVALID_BILL_QTY|2|totals.pieces|2.5")),
                Arguments.of("house_pieces_written_2_0_are_whole",
                        edit(air, "2", b -> b.pieces(measure("2.0", null, "HBS", 10, "02"))),
                        List.of()),
                Arguments.of("house_without_goods_description_is_MISSING_CARGO_DESC",
                        edit(air, "2", b -> b.goods = List.of(line("TXT", 13, null, "2", "10.0", null))),
                        List.of("MISSING_CARGO_DESC|2|goods.description|null")),
                Arguments.of("house_without_goods_lines_is_MISSING_CARGO_DESC",
                        edit(air, "2", b -> b.goods = List.of()),
                        List.of("MISSING_CARGO_DESC|2|goods.description|null")),
                Arguments.of("simple_bill_described_as_consol_is_CONSOLIDATION_WITHOUT_HOUSES",
                        edit(simple, "1", b -> b.goods = List.of(line("NG", 5, " consol ", "4", "12.5", null))),
                        List.of("CONSOLIDATION_WITHOUT_HOUSES|1|goods[1].description| consol ")),
                Arguments.of("simple_bill_described_as_consolidation_and_more_is_valid",
                        edit(simple, "1", b -> b.goods = List.of(line("NG", 5, "CONSOLIDATION", "1", "2.5", null),
                                line("NG", 6, "MOBILE PHONES", "3", "10.0", null))),
                        List.of()),
                Arguments.of("master_described_as_consolidation_without_houses_is_CONSOLIDATION_WITHOUT_HOUSES",
                        only(air, "1"),
                        List.of("CONSOLIDATION_WITHOUT_HOUSES|1|goods[1].description|CONSOLIDATION")),
                Arguments.of("master_with_houses_needs_no_7_plus_1_data_of_its_own",
                        edit(air, "1", b -> {
                            b.parties = List.of();
                            b.totals = null;
                            b.goods = List.of();
                        }),
                        List.of()),
                Arguments.of("master_without_air_waybill_is_MISSING_WBL_LINE",
                        edit(air, "1", b -> b.references = List.of()),
                        List.of("MISSING_WBL_LINE|1|references[AWB]|null")),
                Arguments.of("filing_without_consignments_is_MISSING_WBL_LINE",
                        TestFilings.consignments(air, List.of()),
                        List.of("MISSING_WBL_LINE|null|consignments|null")),
                Arguments.of("house_without_master_or_master_number_is_MISSING_WBL_LINE",
                        edit(only(air, "2", "3"), "2", b -> {
                            b.parent = null;
                            b.parentReference = null;
                        }),
                        List.of("MISSING_WBL_LINE|2|parentReference|null")),
                Arguments.of("house_list_naming_its_master_by_air_waybill_is_valid",
                        only(air, "2", "3"),
                        List.of()),
                Arguments.of("house_list_naming_a_master_with_a_wrong_check_digit_is_BAD_WBL_FORMAT",
                        edit(only(air, "2"), "2", b -> b.parentReference = awb("618-12345674")),
                        List.of("BAD_WBL_FORMAT|2|parentReference|618-12345674")),
                Arguments.of("master_air_waybill_with_a_wrong_check_digit_is_BAD_WBL_FORMAT",
                        edit(air, "1", b -> b.references = List.of(awb("618-12345674"))),
                        List.of("BAD_WBL_FORMAT|1|references[AWB]|618-12345674")),
                Arguments.of("simple_air_waybill_without_hyphen_is_BAD_WBL_FORMAT",
                        edit(simple, "1", b -> b.references = List.of(awb("61812345675"))),
                        List.of("BAD_WBL_FORMAT|1|references[AWB]|61812345675")),

                // --- common rules, on the ocean bill
                Arguments.of("container_with_a_wrong_check_digit_is_INVALID_CONTAINER_NUMBER",
                        edit(ocean, "1", b -> b.equipment = List.of(container("CSQU3054384"))),
                        List.of("INVALID_CONTAINER_NUMBER|1|equipment[1].id|CSQU3054384")),
                Arguments.of("container_without_category_letter_is_INVALID_CONTAINER_NUMBER",
                        edit(ocean, "1", b -> b.equipment = List.of(container("CSQ3054383"))),
                        List.of("INVALID_CONTAINER_NUMBER|1|equipment[1].id|CSQ3054383")),
                Arguments.of("container_written_with_spaces_is_valid",
                        edit(ocean, "1", b -> b.equipment = List.of(container("CSQU 305438 3"))),
                        List.of()),
                Arguments.of("conveyance_container_with_a_wrong_check_digit_is_INVALID_CONTAINER_NUMBER",
                        conveyanceEquipment(ocean, container("BICU1234565"), container("BICU1234566")),
                        List.of("INVALID_CONTAINER_NUMBER|null|conveyance.equipment[2].id|BICU1234566")),
                Arguments.of("hs_code_of_five_digits_is_INVALID_HS_CODE",
                        edit(ocean, "1", b -> b.goods = List.of(line("N10", 10, "FURNITURE", "60", "CTN", "1400", "9403.6"),
                                line("N10", 11, "LAMPS", "40", "CTN", "980", "9405.10.00"))),
                        List.of("INVALID_HS_CODE|1|goods[1].hsCode|9403.6")),
                Arguments.of("hs_code_with_letters_is_INVALID_HS_CODE",
                        edit(ocean, "1", b -> b.goods = List.of(line("N10", 10, "FURNITURE", "60", "CTN", "1400", "9403.60"),
                                line("N10", 11, "LAMPS", "40", "CTN", "980", "9405.1O"))),
                        List.of("INVALID_HS_CODE|1|goods[2].hsCode|9405.1O")),
                Arguments.of("total_pieces_other_than_the_goods_lines_are_TOTAL_PIECES_MISMATCH",
                        edit(ocean, "1", b -> b.pieces(measure("99", "CTN", "M11", 4, "06"))),
                        List.of("TOTAL_PIECES_MISMATCH|1|totals.pieces|99")),
                Arguments.of("total_pieces_in_another_package_type_than_the_goods_lines_are_not_compared",
                        edit(ocean, "1", b -> b.pieces(measure("4", "PLT", "M11", 4, "06"))),
                        List.of()),
                Arguments.of("total_weight_off_by_more_than_half_a_percent_is_TOTAL_WEIGHT_MISMATCH",
                        edit(ocean, "1", b -> b.grossWeight(measure("2400", "KGM", "M11", 4, "08"))),
                        List.of("TOTAL_WEIGHT_MISMATCH|1|totals.grossWeight|2400")),
                Arguments.of("total_weight_within_half_a_percent_is_valid",
                        edit(ocean, "1", b -> b.grossWeight(measure("2390", "KGM", "M11", 4, "08"))),
                        List.of()),
                Arguments.of("total_weight_is_not_compared_when_a_goods_line_has_no_weight",
                        edit(ocean, "1", b -> {
                            b.grossWeight(measure("9999", "KGM", "M11", 4, "08"));
                            b.goods = List.of(line("N10", 10, "FURNITURE", "60", "CTN", "1400", "9403.60"),
                                    line("N10", 11, "LAMPS", "40", "CTN", null, "9405.10.00"));
                        }),
                        List.of()),
                Arguments.of("conveyance_date_more_than_a_year_ago_is_DATE_OUT_OF_RANGE",
                        conveyanceDate(ocean, "2025-02-28"),
                        List.of("DATE_OUT_OF_RANGE|null|conveyance.date|2025-02-28")),
                Arguments.of("conveyance_date_exactly_a_year_ago_is_in_range",
                        conveyanceDate(ocean, "2025-03-01"),
                        List.of()),
                Arguments.of("delivery_time_more_than_a_year_ahead_is_DATE_OUT_OF_RANGE",
                        edit(ocean, "1", b -> b.route = List.of(place(PlaceRole.DELIVERY, "USCHI", "2027-03-02T00:00", "R4", 8))),
                        List.of("DATE_OUT_OF_RANGE|1|route[DELIVERY].time|2027-03-02T00:00")),
                Arguments.of("loading_time_in_day_month_year_is_INVALID_DATE",
                        conveyanceRoute(ocean, place(PlaceRole.LOADING, "CNSHA", "20/02/2026", "M11", 4)),
                        List.of("INVALID_DATE|null|conveyance.route[LOADING].time|20/02/2026")),
                Arguments.of("basic_and_offset_iso_times_are_valid",
                        conveyanceRoute(ocean, place(PlaceRole.LOADING, "CNSHA", "20260220", "M11", 4),
                                place(PlaceRole.FIRST_ARRIVAL, "USLAX", "2026-03-05T08:00-08:00", "P4", 3)),
                        List.of()),

                // --- required parties per programme
                Arguments.of("ocean_bill_without_shipper_is_MISSING_SHIPPER",
                        edit(ocean, "1", b -> b.party(SHIPPER, null)),
                        List.of("MISSING_SHIPPER|1|parties[SHIPPER]|null")),
                Arguments.of("ocean_bill_without_consignee_for_ACE_and_ACI_is_MISSING_CONSIGNEE_once",
                        programmes(edit(ocean, "1", b -> b.party(CONSIGNEE, null)), Mode.SEA, Programme.ACE_OCEAN,
                                Programme.ACI_MARINE),
                        List.of("MISSING_CONSIGNEE|1|parties[CONSIGNEE]|null")),
                Arguments.of("ocean_bill_needs_no_air_waybill",
                        edit(ocean, "1", b -> b.references = List.of()),
                        List.of()),
                Arguments.of("highway_consignee_without_city_is_MISSING_CNE_ADDR",
                        edit(truck, "1", b -> b.party(CONSIGNEE, party(CONSIGNEE, "N1", 7, "WEST COAST HOME INC", "500 HARBOR BLVD", null, "US"))),
                        List.of("MISSING_CNE_ADDR|1|parties[CONSIGNEE].address.city|null")),
                Arguments.of("ace_truck_consignee_without_city_is_valid",
                        programmes(edit(truck, "1", b -> b.party(CONSIGNEE, party(CONSIGNEE, "N1", 7, "WEST COAST HOME INC", "500 HARBOR BLVD", null, "US"))),
                                Mode.ROAD, Programme.ACE_TRUCK),
                        List.of()),
                Arguments.of("highway_bill_without_consignee_is_MISSING_CONSIGNEE_only",
                        edit(truck, "1", b -> b.party(CONSIGNEE, null)),
                        List.of("MISSING_CONSIGNEE|1|parties[CONSIGNEE]|null")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void each_rule_reports_exactly_its_cases(String behaviour, Filing filing, List<String> expected) {
        assertEquals(expected, summary(validation.validate(filing)));
    }

    @Test
    void compliant_filings_have_no_findings() {
        for (Filing filing : List.of(airConsolidation(), simpleAirBill(), oceanBill(), truckBill())) {
            assertEquals(List.of(), summary(validation.validate(filing)), filing.id());
        }
    }

    @Test
    void a_finding_names_the_bill_in_its_text_and_points_at_the_nearest_source_of_a_missing_value() {
        Filing filing = edit(airConsolidation(), "2", b -> b.party(SHIPPER, party(SHIPPER, "SHP", 11, null, "12 TEHERAN-RO", "SEOUL", "KR")));

        BusinessFinding finding = validation.validate(filing).get(0);

        assertEquals(new BusinessFinding("MISSING_SHP_NAME", Severity.ERROR, "house 2 (HAWB SEL22222222) has no shipper name",
                "2", new Identifier(Schemes.HOUSE_AIR_WAYBILL, "SEL22222222", src("HBS", 10, "01")),
                "parties[SHIPPER].name", src("SHP", 11, null), null), finding);
    }

    @Test
    void a_missing_party_is_located_at_the_bill_number() {
        Filing filing = edit(airConsolidation(), "3", b -> b.party(CONSIGNEE, null));

        List<BusinessFinding> findings = validation.validate(filing);

        assertEquals(List.of(src("HBS", 20, "01")), findings.stream().map(BusinessFinding::source).distinct().toList());
        assertEquals("house 3 (HAWB SEL33333333) has no consignee address", findings.get(1).text());
    }

    @Test
    void a_bad_value_is_quoted_with_what_it_should_be_and_its_own_source() {
        Filing filing = edit(oceanBill(), "1", b -> b.equipment = List.of(container("CSQU3054384")));

        BusinessFinding finding = validation.validate(filing).get(0);

        assertEquals("bill 1 (B/L MAEU123456789) has container number 'CSQU3054384', which is not an ISO 6346 number"
                + " with a valid check digit", finding.text());
        assertEquals(src("VID", 9, "02"), finding.source());
        assertEquals(new Identifier(Schemes.BILL_OF_LADING, "MAEU123456789", src("M11", 4, "02")), finding.bill());
    }

    @Test
    void a_total_mismatch_says_both_numbers() {
        Filing filing = edit(oceanBill(), "1", b -> b.grossWeight(measure("2400", "KGM", "M11", 4, "08")));

        assertEquals("bill 1 (B/L MAEU123456789) declares total gross weight 2400 KGM, its goods lines add up to 2380 KGM",
                validation.validate(filing).get(0).text());
    }

    @Test
    void a_date_out_of_range_says_how_far_from_which_day() {
        Filing filing = conveyanceDate(oceanBill(), "2027-03-02");

        BusinessFinding finding = validation.validate(filing).get(0);

        assertEquals("the filing has conveyance date '2027-03-02', more than a year after 2026-03-01", finding.text());
        assertEquals(null, finding.consignmentId());
        assertEquals(null, finding.bill());
    }

    @Test
    void a_filing_for_PACT_and_ACAS_reports_each_finding_once() {
        Filing filing = programmes(edit(airConsolidation(), "2", b -> b.references = List.of(hawb("SEL/2"))), Mode.AIR,
                Programme.PACT, Programme.ACAS);

        assertEquals(List.of("INVALID_HOUSE_BILL_NBR|2|references[HAWB]|SEL/2"), summary(validation.validate(filing)));
    }

    @Test
    void a_filing_without_programmes_is_held_to_its_modes_pack() {
        Filing air = programmes(edit(airConsolidation(), "2", b -> b.pieces(null)), Mode.AIR);
        Filing sea = programmes(edit(oceanBill(), "1", b -> b.party(SHIPPER, null)), Mode.SEA);

        assertEquals(List.of("MISSING_BILL_QTY|2|totals.pieces|null"), summary(validation.validate(air)));
        assertEquals(List.of("MISSING_SHIPPER|1|parties[SHIPPER]|null"), summary(validation.validate(sea)));
    }

    @Test
    void a_filing_for_ACE_air_is_held_to_the_common_pack_only() {
        Filing filing = programmes(edit(airConsolidation(), "2", b -> {
            b.pieces(null);
            b.references = List.of(hawb("SEL22222222"), awb("618-12345674"));
        }), Mode.AIR, Programme.ACE_AIR);

        assertEquals(List.of("BAD_WBL_FORMAT|2|references[AWB]|618-12345674"), summary(validation.validate(filing)));
    }

    @Test
    void the_same_finding_from_a_warning_pack_and_an_error_pack_is_an_error() {
        Rule rule = RequiredParties.SHIPPER_NAMED;
        RulePack lenient = new RulePack("LENIENT", "LENIENT-1", Set.of(Programme.ACI_MARINE), List.of(rule.asWarning()));
        RulePack strict = new RulePack("STRICT", "STRICT-1", Set.of(Programme.ACE_OCEAN), List.of(rule));
        RulePack empty = new RulePack("COMMON", "COMMON-1", Set.of(), List.of());
        BusinessValidation custom = new BusinessValidation(new RulePacks(empty, List.of(lenient, strict), Map.of()));
        Filing filing = edit(oceanBill(), "1", b -> b.party(SHIPPER, null));

        Filing lenientOnly = programmes(filing, Mode.SEA, Programme.ACI_MARINE);
        Filing both = programmes(filing, Mode.SEA, Programme.ACI_MARINE, Programme.ACE_OCEAN);

        assertEquals(List.of(Severity.WARNING), custom.validate(lenientOnly).stream().map(BusinessFinding::severity).toList());
        assertEquals(List.of(Severity.ERROR), custom.validate(both).stream().map(BusinessFinding::severity).toList());
    }

    private static List<String> summary(List<BusinessFinding> findings) {
        return findings.stream().map(f -> f.code() + "|" + f.consignmentId() + "|" + f.field() + "|" + f.badValue()).toList();
    }

    private static Identifier hawb(String value) {
        return new Identifier(Schemes.HOUSE_AIR_WAYBILL, value, src("HBS", 10, "01"));
    }

    private static Identifier awb(String value) {
        return new Identifier(Schemes.MASTER_AIR_WAYBILL, value, src("AWB", 2, "01"));
    }
}
