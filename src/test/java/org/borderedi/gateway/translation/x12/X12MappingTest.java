package org.borderedi.gateway.translation.x12;

import static org.borderedi.gateway.translation.x12.X12Translations.filing;
import static org.borderedi.gateway.translation.x12.X12Translations.interchange;
import static org.borderedi.gateway.translation.x12.X12Translations.sampleFiling;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.borderedi.gateway.edi.Verdict;
import org.borderedi.gateway.model.Consignment;
import org.borderedi.gateway.model.ConsignmentRole;
import org.borderedi.gateway.model.CrewMember;
import org.borderedi.gateway.model.Equipment;
import org.borderedi.gateway.model.Filing;
import org.borderedi.gateway.model.Identifier;
import org.borderedi.gateway.model.Measure;
import org.borderedi.gateway.model.PartyRole;
import org.borderedi.gateway.model.Place;
import org.borderedi.gateway.model.PlaceRole;
import org.borderedi.gateway.model.Programme;
import org.borderedi.gateway.model.Purpose;
import org.borderedi.gateway.model.Seal;
import org.borderedi.gateway.model.Source;
import org.borderedi.gateway.translation.TranslatedMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What the X12 309 and 358 mappings make of single segments and elements, beyond the golden files. */
class X12MappingTest {

    private static final String M10_OCEAN = "M10*DMFW*O*PA*9321483*DEMO TRADER*047E***W*L";
    private static final String P4 = "P4*3001*20261201";

    @Test
    void consignee_name_of_the_second_bill_points_at_its_own_N1_element() {
        Consignment second = sampleFiling("309-ocean-consolidation.edi").consignment("2");

        assertEquals(new Source("N1", 22, "02"), second.party(PartyRole.CONSIGNEE).name().source());
        assertEquals("CASCADE HOME GOODS LLC", second.party(PartyRole.CONSIGNEE).name().value());
    }

    @Test
    void kilograms_become_KGM_and_keep_the_filers_K() {
        Measure weight = sampleFiling("309-ocean-demo.edi").consignment("1").totals().grossWeight();

        assertEquals(new Measure("8400", "KGM", "K", new Source("M11", 5, "05")), weight);
    }

    @Test
    void a_value_that_two_elements_share_points_at_the_element_the_mapping_read() {
        // 10 pieces weighing 10 kg: M1103 and M1105 hold the same text
        Consignment bill = filing(interchange("309", M10_OCEAN, P4, "LX*1", "M11*B1*57035*10*CTN*10*K******DMFW"))
                .consignment("1");

        assertEquals(new Source("M11", 5, "03"), bill.totals().pieces().source());
        assertEquals(new Source("M11", 5, "05"), bill.totals().grossWeight().source());
    }

    @Test
    void pounds_become_LBR_and_keep_the_filers_L() {
        Consignment bill = sampleFiling("309-ocean-hazmat.edi").consignment("1");

        assertEquals("LBR", bill.totals().grossWeight().unit());
        assertEquals("L", bill.totals().grossWeight().originalUnit());
        assertEquals("LBR", bill.goods().get(0).grossWeight().unit());
    }

    @Test
    void houses_naming_their_master_in_N9_MB_get_the_masters_id_as_parent_and_make_it_a_master() {
        Filing filing = sampleFiling("309-ocean-consolidation.edi");

        assertEquals(ConsignmentRole.MASTER, filing.consignment("1").role());
        for (String house : List.of("2", "3")) {
            Consignment c = filing.consignment(house);
            assertEquals(ConsignmentRole.HOUSE, c.role(), house);
            assertEquals("1", c.parent(), house);
            assertEquals("DMFWMB77001", c.parentReference().value(), house);
        }
        // the master's bill number is the house's link, not one of its references
        assertTrue(filing.consignment("2").references().stream().noneMatch(r -> r.value().equals("DMFWMB77001")));
    }

    @Test
    void a_master_named_by_a_house_but_absent_from_the_filing_leaves_the_house_without_parent() {
        Filing filing = filing(interchange("309", M10_OCEAN, P4, "LX*1", "M11*HB1*57035*1*CTN*10*K", "N9*MB*MB404"));

        Consignment house = filing.consignment("1");
        assertEquals(ConsignmentRole.HOUSE, house.role());
        assertNull(house.parent());
        assertEquals(new Identifier("BILL_OF_LADING", "MB404", new Source("N9", 6, "02")), house.parentReference());
    }

    @ParameterizedTest
    @CsvSource({"O, SEA, ACE_OCEAN, VOYAGE", "S, SEA, ACE_OCEAN, VOYAGE", "J, ROAD, ACE_TRUCK, TRIP", "R, RAIL, ACE_RAIL, TRIP"})
    void transportation_method_names_mode_programme_and_journey(String m102, String mode, String programme, String journey) {
        Filing filing = filing(interchange("309", "M10*DMFW*" + m102 + "*US**DEMO 1*T1***W", P4, "LX*1",
                "M11*B1*57035*1*CTN*10*K"));

        assertEquals(mode, filing.mode().name());
        assertEquals(List.of(Programme.valueOf(programme)), filing.programmes());
        assertEquals(journey, filing.conveyance().journey().scheme());
    }

    @Test
    void vessel_code_is_an_IMO_number_when_M110_says_Lloyds() {
        Filing filing = sampleFiling("309-ocean-demo.edi");

        assertEquals(List.of(new Identifier("IMO", "9321483", new Source("M10", 2, "04"))),
                filing.conveyance().identifiers());
    }

    @Test
    void references_in_N9_take_their_scheme_from_the_qualifier_or_keep_an_unknown_one() {
        Filing filing = filing(interchange("309", M10_OCEAN, P4, "LX*1", "M11*B1*57035*1*CTN*10*K******DMFW",
                "N9*BM*OTHERBL1", "N9*XY*OWN-REF"));

        assertEquals(List.of(
                new Identifier("BILL_OF_LADING", "B1", new Source("M11", 5, "01")),
                new Identifier("SCAC", "DMFW", new Source("M11", 5, "12")),
                new Identifier("BILL_OF_LADING", "OTHERBL1", new Source("N9", 6, "02")),
                new Identifier("XY", "OWN-REF", new Source("N9", 7, "02"))), filing.consignment("1").references());
    }

    @Test
    void an_amendment_with_M13_alone_gets_its_bill_number_from_M1304() {
        Filing filing = filing(interchange("309", "M10*DMFW*O*PA*9321483*DEMO TRADER*047E***Y*L", P4, "LX*1",
                "M13*DMFW*3001*A*0000123456"));

        assertEquals(Purpose.AMENDMENT, filing.purpose());
        assertEquals(List.of(new Identifier("BILL_OF_LADING", "0000123456", new Source("M13", 5, "04"))),
                filing.consignment("1").references());
    }

    @Test
    void an_amendment_that_repeats_the_bill_in_M11_has_the_number_once() {
        Filing filing = filing(interchange("309", "M10*DMFW*O*PA*9321483*DEMO TRADER*047E***Y*L", P4, "LX*1",
                "M13*DMFW*3001*A*0000123456", "M11*0000123456*57035*1*CTN*10*K"));

        assertEquals(List.of(new Identifier("BILL_OF_LADING", "0000123456", new Source("M11", 6, "01"))),
                filing.consignment("1").references());
    }

    @Test
    void party_identifier_and_contact_come_from_N1_and_PER() {
        Filing filing = filing(interchange("309", M10_OCEAN, P4, "LX*1", "M11*B1*57035*1*CTN*10*K",
                "N1*CN*MAPLE IMPORTS INC*1*123456789", "PER*IC*JO SMITH*TE*2065550100"));

        var consignee = filing.consignment("1").party(PartyRole.CONSIGNEE);
        assertEquals(List.of(new Identifier("DUNS", "123456789", new Source("N1", 6, "04"))), consignee.identifiers());
        assertEquals("JO SMITH 2065550100", consignee.contact().value());
        assertEquals(new Source("PER", 7, "02"), consignee.contact().source());
    }

    @Test
    void seals_of_an_M7_get_the_party_of_its_M705_and_the_VID_seals_none() {
        Equipment first = sampleFiling("309-ocean-containers-seals.edi").consignment("1").equipment().get(0);

        List<Seal> seals = first.seals();
        assertEquals(List.of("ML7730012", "ML7730013", "CUS448120"), seals.stream().map(s -> s.number().value()).toList());
        assertNull(seals.get(0).issuer());
        assertNull(seals.get(1).issuer());
        assertEquals("CB", seals.get(2).issuer().value());
        assertEquals(new Source("M7", 13, "05"), seals.get(2).issuer().source());
    }

    @Test
    void equipment_kind_comes_from_VID01_and_goods_refer_to_their_container() {
        Consignment bill = sampleFiling("309-rail.edi").consignment("1");

        assertEquals(List.of("RAIL_CAR:DMRX401233", "ISO6346:DMFU2208710"),
                bill.equipment().stream().map(e -> e.id().scheme() + ":" + e.id().value()).toList());
        assertEquals("45G1", bill.equipment().get(1).isoType().value());
        assertEquals("LOADED", bill.equipment().get(1).loadStatus());
        assertEquals(List.of("DMFU2208710"), bill.goods().get(0).equipmentRefs().stream().map(t -> t.value()).toList());
    }

    @Test
    void hazardous_goods_take_UN_number_class_and_packing_group_from_H1() {
        var hazmat = sampleFiling("309-ocean-hazmat.edi").consignment("1").goods().get(0).hazmat();

        assertEquals("1263", hazmat.unNumber().value());
        assertEquals("3", hazmat.hazardClass().value());
        assertEquals("III", hazmat.packingGroup().value());
        assertEquals(new Source("H1", 14, "09"), hazmat.packingGroup().source());
        assertEquals("PAINT FLAMMABLE LIQUID", hazmat.properShippingName().value());
        assertEquals("CHEMTREC 8004249300", hazmat.contact().value());
    }

    @Test
    void in_bond_movement_comes_from_M12_and_its_places_from_R4() {
        Consignment bill = sampleFiling("309-truck.edi").consignment("1");

        assertEquals("V40118233", bill.inBond().number().value());
        assertEquals("2704", bill.inBond().destination().location().value());
        assertEquals("DMFW", bill.inBond().carrier().value());
        assertEquals(List.of(PlaceRole.LOADING, PlaceRole.DISCHARGE, PlaceRole.DELIVERY),
                bill.route().stream().map(Place::role).toList());
    }

    @Test
    void an_R4_with_a_function_code_the_mapping_does_not_know_is_left_out() {
        Filing filing = filing(interchange("309", "M10*DMFW*J*US**DEMO TRUCK 42*T1124***W", P4, "LX*1",
                "M11*B1*01822*1*PLT*10*L", "M12*61*V40118233*2704", "R4*Q*D*2704*LOS ANGELES*US"));

        assertEquals(List.of(PlaceRole.LOADING),
                filing.consignment("1").route().stream().map(Place::role).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"309-invalid-code.edi", "309-missing-mandatory-element.edi", "309-element-too-long.edi"})
    void a_set_rejected_by_syntax_validation_yields_no_filing(String sample) {
        List<TranslatedMessage> messages = X12Translations.translateSample(sample);

        assertEquals(1, messages.size());
        assertEquals(Verdict.REJECTED, messages.get(0).outcome().verdict());
        assertFalse(messages.get(0).translated());
        assertNull(messages.get(0).filing());
    }

    @Test
    void consist_is_a_road_filing_for_ACE_truck_with_its_crew_and_the_bills_it_carries() {
        Filing filing = sampleFiling("358-truck-consist.edi");

        assertEquals(Purpose.CONSIST, filing.purpose());
        assertEquals(List.of(Programme.ACE_TRUCK), filing.programmes());
        CrewMember driver = filing.conveyance().crew().get(0);
        assertEquals("ALEX DRIVER", driver.name().value());
        assertEquals("1980-01-15", driver.birthDate().value());
        assertEquals(new Source("DMG", 4, "02"), driver.birthDate().source());
        assertEquals(List.of("BILL_OF_LADING:0000123456", "SCAC:DMFW"), filing.consignment("1").references().stream()
                .map(r -> r.scheme() + ":" + r.value()).toList());
        assertTrue(filing.consignment("1").parties().isEmpty());
    }

    @Test
    void crew_travel_documents_take_their_scheme_from_the_qualifier() {
        Filing filing = filing(interchange("358", "M10*DMFW*J*US**DEMO TRUCK 42*T1123***S",
                "NM1*DR*1*DRIVER*ALEX*J***FC*41234567", "DMG*D8*19800115*M****CA",
                "REF*PP*AB1234567", "REF*DL*WDL-998877", P4, "VID*TL*DMFW*TRK042", "MBL*DMFW*0000123456"));

        CrewMember driver = filing.conveyance().crew().get(0);
        assertEquals("ALEX J DRIVER", driver.name().value());
        assertEquals("CA", driver.nationality().value());
        assertEquals(List.of(
                new Identifier("FAST", "41234567", new Source("NM1", 3, "09")),
                new Identifier("PASSPORT", "AB1234567", new Source("REF", 5, "02")),
                new Identifier("DRIVER_LICENCE", "WDL-998877", new Source("REF", 6, "02"))), driver.documents());
    }

    @Test
    void a_bill_delinked_by_M13_in_its_MBL_loop_keeps_its_number_once() {
        Filing filing = sampleFiling("358-rail-consist.edi");

        assertEquals(List.of("DMRR881200", "DMRR881205", "DMRR881210"),
                filing.consignments().stream().map(c -> c.number().value()).toList());
        assertEquals(2, filing.consignment("2").references().size());
        assertEquals(List.of("RAIL_CAR", "RAIL_CAR", "ISO6346"),
                filing.conveyance().equipment().stream().map(e -> e.id().scheme()).toList());
    }
}
