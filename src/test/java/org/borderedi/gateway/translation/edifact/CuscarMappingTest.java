package org.borderedi.gateway.translation.edifact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.borderedi.gateway.model.Consignment;
import org.borderedi.gateway.model.ConsignmentRole;
import org.borderedi.gateway.model.Filing;
import org.borderedi.gateway.model.Identifier;
import org.borderedi.gateway.model.Party;
import org.borderedi.gateway.model.PartyRole;
import org.borderedi.gateway.model.Place;
import org.borderedi.gateway.model.PlaceRole;
import org.borderedi.gateway.model.Programme;
import org.borderedi.gateway.model.Purpose;
import org.borderedi.gateway.model.Source;
import org.borderedi.gateway.translation.TranslatedMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Single behaviours of the CUSCAR mappings, on the samples and on small messages written here. */
class CuscarMappingTest {

    /** A D95B interchange around these message segments (after UNH, before UNT), with a correct UNT count. */
    private static Filing d95b(String... segments) throws IOException {
        return cuscar("95B", segments);
    }

    private static Filing d03b(String... segments) throws IOException {
        return cuscar("03B", segments);
    }

    private static Filing d96a(String... segments) throws IOException {
        return cuscar("96A", segments);
    }

    private static Filing cuscar(String directory, String... segments) throws IOException {
        StringBuilder text = new StringBuilder("UNA:+.? 'UNB+UNOC:3+DEMOFWD:ZZ+BORDERGW:ZZ+261122:1412+T1'UNH+1+CUSCAR:D:"
                + directory + ":UN'");
        for (String segment : segments) {
            text.append(segment).append('\'');
        }
        text.append("UNT+").append(segments.length + 2).append("+1'UNZ+1+T1'");
        List<TranslatedMessage> messages = CuscarTranslation.translate(
                new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)));
        assertEquals(1, messages.size());
        assertTrue(messages.get(0).translated(), messages.get(0).problem() + " " + messages.get(0).outcome().findings());
        return messages.get(0).filing();
    }

    private static Filing only(String sample) {
        List<TranslatedMessage> messages = CuscarTranslation.translate(sample);
        assertEquals(1, messages.size());
        return messages.get(0).filing();
    }

    private static Party party(Consignment consignment, PartyRole role) {
        return consignment.parties().stream().filter(p -> p.role() == role).findFirst().orElseThrow();
    }

    @Test
    void every_value_names_the_segment_position_and_element_it_came_from() {
        Filing filing = only("cuscar-d95b-ocean.edi");
        Party consignee = party(filing.consignments().get(0), PartyRole.CONSIGNEE);

        assertEquals(new Source("NAD", 17, "04"), consignee.name().source());
        assertEquals(new Source("NAD", 17, "09"), consignee.address().country().source());
        assertEquals(new Source("TDT", 5, "08.4"), filing.conveyance().name().source());
    }

    @Test
    void name_lines_are_joined_and_point_at_their_first_component() throws IOException {
        Filing filing = d95b("BGM+85+M1+9", "TDT+20+047E+1", "CNI+1", "RFF+BM:B1",
                "NAD+CN+++MAPLE IMPORTS:CANADA DIVISION+1 KING ST+TORONTO++M5H 1A1+CA", "GID+1+1:CT");
        Party consignee = party(filing.consignments().get(0), PartyRole.CONSIGNEE);

        assertEquals("MAPLE IMPORTS CANADA DIVISION", consignee.name().value());
        assertEquals(new Source("NAD", 6, "04.1"), consignee.name().source());
    }

    @Test
    void a_goods_items_description_and_weight_are_its_own_not_those_of_its_quantity_group_D95B() throws IOException {
        Filing filing = d95b("BGM+85+M1+9", "TDT+20+047E+1", "CNI+1", "RFF+BM:B1", "GID+1+10:CT",
                "FTX+AAA+++FURNITURE PARTS", "MEA+AAE+G+KGM:100", "QTY+1:2", "FTX+AAA+++TWO CARTONS DAMAGED");
        var goods = filing.consignments().get(0).goods().get(0);

        assertEquals("FURNITURE PARTS", goods.description().value());
        assertEquals("100", goods.grossWeight().amount());
    }

    @Test
    void a_goods_items_description_and_weight_are_its_own_not_those_of_its_nested_groups_D03B() throws IOException {
        Filing filing = d03b("BGM+85+M1+9", "TDT+20+047E+1", "CNI+1", "RFF+BM:B1", "GID+1+10:CT",
                "FTX+AAA+++FURNITURE PARTS", "MEA+AAE+G+KGM:100", "GEI+PAC", "MEA+AAE+G+KGM:7", "QTY+1:2",
                "FTX+AAA+++TWO CARTONS DAMAGED");
        var goods = filing.consignments().get(0).goods().get(0);

        assertEquals("FURNITURE PARTS", goods.description().value());
        assertEquals("100", goods.grossWeight().amount());
    }

    @Test
    void a_goods_items_description_and_weight_are_its_own_not_those_of_its_quantity_group_D96A() throws IOException {
        Filing filing = d96a("BGM+85+M1+9", "TDT+20+047E+1", "CNI+1", "RFF+BM:B1", "GID+1+10:CT",
                "FTX+AAA+++FURNITURE PARTS", "MEA+AAE+G+KGM:100", "QTY+1:2", "FTX+AAA+++TWO CARTONS DAMAGED");
        var goods = filing.consignments().get(0).goods().get(0);

        assertEquals("FURNITURE PARTS", goods.description().value());
        assertEquals("100", goods.grossWeight().amount());
    }

    @ParameterizedTest(name = "BGM 1225 {0} is purpose {1}")
    @CsvSource({"9, ORIGINAL", "5, UPDATE", "1, DELETE", "4, AMENDMENT"})
    void the_purpose_follows_the_message_function(String code, Purpose purpose) throws IOException {
        Filing filing = d95b("BGM+85+M1+" + code, "TDT+20+047E+1", "CNI+1", "RFF+BM:B1", "GID+1+1:CT");

        assertEquals(purpose, filing.purpose());
        assertEquals(code, filing.purposeCode().value());
    }

    @ParameterizedTest(name = "TDT mode {0} is {1} for {2}")
    @CsvSource({"1, SEA, ACI_MARINE", "2, RAIL, ACI_RAIL", "3, ROAD, ACI_HIGHWAY", "4, AIR, ACI_AIR"})
    void the_mode_of_transport_picks_the_aci_programme(String code, String mode, Programme programme) throws IOException {
        Filing filing = d95b("BGM+85+M1+9", "TDT+20+047E+" + code, "CNI+1", "RFF+BM:B1", "GID+1+1:CT");

        assertEquals(mode, filing.mode().name());
        assertEquals(List.of(programme), filing.programmes());
    }

    @Test
    void in_D96A_a_consignments_own_transport_and_its_reference_are_neither_the_conveyance_nor_a_bill() throws IOException {
        // SG8 (TDT) and its SG9 (RFF) sit inside the consignment's SG7, beside the RFF that opens SG7
        Filing filing = d96a("BGM+85+M1+9", "NAD+CA+DMFW:172:20", "TDT+20+047E+1", "CNI+1", "RFF+BM:B1",
                "TDT+30+TRK9+3", "RFF+BM:ONCARRIAGE1", "NAD+CN+++MAPLE IMPORTS+1 KING ST+TORONTO++M5H 1A1+CA",
                "GID+1+1:CT");
        Consignment bill = filing.consignments().get(0);

        assertEquals(List.of("B1"), bill.references().stream().map(Identifier::value).toList());
        assertEquals("047E", filing.conveyance().journey().value());
        assertEquals("SEA", filing.mode().name());
        assertEquals("DMFW", filing.conveyance().carrier().value());
        assertEquals(new Source("NAD", 3, "02.1"), filing.conveyance().carrier().source());
        assertEquals("MAPLE IMPORTS", party(bill, PartyRole.CONSIGNEE).name().value());
    }

    @Test
    void houses_name_their_master_in_CNI_and_are_linked_to_it() {
        Filing filing = only("cuscar-d95b-consolidation.edi");
        List<Consignment> bills = filing.consignments();

        assertEquals(3, bills.size());
        assertNull(bills.get(0).parent());
        assertEquals("DMFW0000124001", bills.get(0).number().value());
        for (Consignment house : bills.subList(1, 3)) {
            assertEquals(ConsignmentRole.HOUSE, house.role());
            assertEquals("1", house.parent());
            assertEquals("DMFW0000124001", house.parentReference().value());
            assertEquals("HOUSE_BILL", house.number().scheme());
        }
        assertEquals(List.of("DMFWH2611001", "DMFWH2611002"), bills.subList(1, 3).stream().map(c -> c.number().value()).toList());
    }

    @Test
    void released_separators_survive_into_the_canonical_values() {
        Filing filing = only("cuscar-d95b-released-separators.edi");
        Consignment bill = filing.consignments().get(0);

        assertEquals("DMFW:0000123458", bill.number().value());
        assertEquals("O'BRIEN + SONS LTD", party(bill, PartyRole.SHIPPER).name().value());
        assertEquals("PUMPS 2:1 RATIO, 50+ UNITS?", bill.goods().get(0).description().value());
        assertEquals("M+1", filing.envelope().message());
    }

    @Test
    void goods_are_placed_in_their_containers_and_containers_keep_their_seals() {
        Filing filing = only("cuscar-d03b-containers-seals.edi");

        assertEquals(List.of("DMFU9988774", "TGHU8765436"),
                filing.consignments().get(0).goods().get(0).equipmentRefs().stream().map(t -> t.value()).toList());
        var container = filing.conveyance().equipment().get(0);
        assertEquals(List.of("SH:SH0088001", "CA:CA0088002"),
                container.seals().stream().map(s -> s.issuer().value() + ":" + s.number().value()).toList());
        assertEquals("EMPTY", filing.conveyance().equipment().get(2).loadStatus());
    }

    @Test
    void dangerous_goods_carry_class_un_number_and_packing_group() {
        var hazmat = only("cuscar-d95b-hazmat.edi").consignments().get(0).goods().get(0).hazmat();

        assertEquals("3", hazmat.hazardClass().value());
        assertEquals("1263", hazmat.unNumber().value());
        assertEquals("2", hazmat.packingGroup().value());
        assertEquals(new Source("DGS", 20, "05"), hazmat.packingGroup().source());
    }

    @Test
    void the_arrival_date_dates_the_discharge_port() {
        Place discharge = only("cuscar-d95b-ocean.edi").conveyance().route().get(1);

        assertEquals(PlaceRole.DISCHARGE, discharge.role());
        assertEquals("2026-12-01T12:00", discharge.time().value());
    }

    @Test
    void unknown_party_and_place_qualifiers_do_not_fail_the_mapping() throws IOException {
        Filing filing = d95b("BGM+85+M1+9", "TDT+20+047E+1", "LOC+10+CAVAN", "LOC+11+CAVAN", "CNI+1", "RFF+BM:B1",
                "NAD+AE+++SOME DECLARANT", "GID+1+1:CT");

        assertEquals(List.of(PlaceRole.DISCHARGE), filing.conveyance().route().stream().map(Place::role).toList());
        assertEquals("UNLOCODE", filing.conveyance().route().get(0).location().scheme());
        Party party = filing.consignments().get(0).parties().get(0);
        assertEquals(PartyRole.OTHER, party.role());
        assertEquals("AE", party.nativeRole().value());
    }

    @Test
    void in_an_interchange_with_one_bad_message_the_good_ones_translate() {
        List<TranslatedMessage> messages = CuscarTranslation.translate("cuscar-d95b-one-bad-message.edi");

        assertEquals(List.of(true, false, true), messages.stream().map(TranslatedMessage::translated).toList());
        assertEquals("the message was rejected by syntax validation", messages.get(1).problem());
        assertEquals(List.of("1", "3"), messages.stream().filter(TranslatedMessage::translated)
                .map(m -> m.filing().envelope().message()).toList());
        assertFalse(messages.get(0).filing().consignments().isEmpty());
    }
}
