package org.borderedi.gateway.translation.cargoimp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.borderedi.gateway.model.Consignment;
import org.borderedi.gateway.model.ConsignmentRole;
import org.borderedi.gateway.model.Filing;
import org.borderedi.gateway.model.Measure;
import org.borderedi.gateway.model.PartyRole;
import org.borderedi.gateway.model.Schemes;
import org.borderedi.gateway.translation.TranslatedMessage;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the Cargo-IMP mappings make of the things that matter most: numbers, units, house links and parties. */
class CargoImpMappingTest {

    private static final Path EXTERNAL = Path.of("..", "shared", "external-samples", "cargo-imp");

    @Test
    void air_waybill_is_prefix_and_serial_joined_with_the_source_of_the_prefix() {
        Consignment waybill = CargoImpTranslations.filing("fwb16-general.txt").consignments().get(0);

        assertEquals(Schemes.MASTER_AIR_WAYBILL, waybill.number().scheme());
        assertEquals("020-77319045", waybill.number().value());
        assertEquals("AWB@4/01", waybill.number().source().toString());
    }

    @Test
    void kilograms_are_normalised_to_KGM_keeping_K() {
        Measure weight = CargoImpTranslations.filing("fwb16-general.txt").consignments().get(0).totals().grossWeight();

        assertEquals(List.of("486.5", "KGM", "K"), List.of(weight.amount(), weight.unit(), weight.originalUnit()));
    }

    @Test
    void pounds_are_normalised_to_LBR_keeping_L() {
        Measure weight = CargoImpTranslations.filing("fwb16-pounds-crlf.txt").consignments().get(0).totals().grossWeight();

        assertEquals(List.of("1250", "LBR", "L"), List.of(weight.amount(), weight.unit(), weight.originalUnit()));
    }

    @Test
    void a_house_in_pounds_keeps_L_beside_houses_in_kilograms() {
        List<Consignment> bills = CargoImpTranslations.filing("fhl5-three-houses.txt").consignments();

        assertEquals("LBR", bills.get(2).totals().grossWeight().unit());
        assertEquals("L", bills.get(2).totals().grossWeight().originalUnit());
        assertEquals("KGM", bills.get(1).totals().grossWeight().unit());
    }

    @Test
    void the_first_flight_is_the_conveyance_with_its_airline() {
        Filing filing = CargoImpTranslations.filing("fwb16-general.txt");

        assertEquals("LH6770", filing.conveyance().journey().value());
        assertEquals(Schemes.FLIGHT, filing.conveyance().journey().scheme());
        assertEquals("LH", filing.conveyance().carrier().value());
        assertEquals(Schemes.IATA_AIRLINE, filing.conveyance().carrier().scheme());
    }

    @Test
    void houses_name_the_master_by_id_and_by_its_air_waybill() {
        List<Consignment> bills = CargoImpTranslations.filing("fhl4-two-houses.txt").consignments();

        Consignment master = bills.get(0);
        assertEquals(ConsignmentRole.MASTER, master.role());
        assertEquals("057-66201940", master.number().value());
        for (Consignment house : bills.subList(1, bills.size())) {
            assertEquals(ConsignmentRole.HOUSE, house.role());
            assertEquals(master.id(), house.parent());
            assertEquals(Schemes.MASTER_AIR_WAYBILL, house.parentReference().scheme());
            assertEquals("057-66201940", house.parentReference().value());
        }
        assertEquals(List.of("PAR4410021", "PAR4410022"),
                bills.subList(1, 3).stream().map(h -> h.number().value()).toList());
    }

    @Test
    void house_parties_and_goods_come_from_the_lines_after_its_HBS() {
        Consignment house = CargoImpTranslations.filing("fhl4-two-houses.txt").consignments().get(1);

        assertEquals("MAISON AUBERTIN GANTERIE", house.party(PartyRole.SHIPPER).name().value());
        assertEquals("BOUTIQUE SAINT-DENIS INC", house.party(PartyRole.CONSIGNEE).name().value());
        assertEquals("CNE@11/04", house.party(PartyRole.CONSIGNEE).address().city().source().toString());
        assertEquals("LEATHER GLOVES LADIES LEATHER GLOVES IN RETAIL BOXES", house.goods().get(0).description().value());
        assertEquals("420329", house.goods().get(0).hsCode().value());
    }

    @Test
    void a_house_consignee_with_a_name_only_fails_MISSING_CNE_ADDR() {
        List<String> findings = CargoImpTranslations.findings(
                CargoImpTranslations.filing("fhl5-missing-consignee-address.txt"));

        assertTrue(findings.contains("MISSING_CNE_ADDR 1.1 parties[CONSIGNEE].address"), findings.toString());
    }

    @Test
    void consignments_in_a_ULD_name_it_and_the_flight_carries_it() {
        Filing filing = CargoImpTranslations.filing("ffm8-two-ulds.txt");

        assertEquals(List.of("PMC41871AC", "AKE72215AC"),
                filing.conveyance().equipment().stream().map(e -> e.id().value()).toList());
        assertEquals(Schemes.ULD, filing.conveyance().equipment().get(0).id().scheme());
        assertEquals(List.of("PMC41871AC", "PMC41871AC", "AKE72215AC", "AKE72215AC"), filing.consignments().stream()
                .map(c -> c.goods().get(0).equipmentRefs().get(0).value()).toList());
    }

    @Test
    void bulk_consignments_name_no_ULD() {
        Filing filing = CargoImpTranslations.filing("ffm7-two-unloading-points.txt");

        assertTrue(filing.conveyance().equipment().isEmpty());
        assertTrue(filing.consignments().stream().allMatch(c -> c.goods().get(0).equipmentRefs().isEmpty()));
        assertEquals(List.of("CDG", "YUL", "YYZ"),
                filing.conveyance().route().stream().map(p -> p.location().value()).toList());
    }

    @Test
    void programmes_are_left_to_the_mode() {
        Filing filing = CargoImpTranslations.filing("fwb17-general.txt");

        assertTrue(filing.programmes().isEmpty());
        assertEquals("AIR", filing.mode().name());
    }

    @ParameterizedTest
    @ValueSource(strings = {"fwb17-non-ascii.txt", "unknown-message-type.txt", "fwb17-malformed-awb-line.txt"})
    void a_message_rejected_by_syntax_yields_no_filing(String sample) {
        List<TranslatedMessage> messages = CargoImpTranslations.translate(CargoImpTranslations.SAMPLES.resolve(sample));

        assertEquals(1, messages.size());
        assertNull(messages.get(0).filing());
        assertEquals("the message was rejected by syntax validation", messages.get(0).problem());
    }

    @Test
    void external_samples_translate_without_a_mapping_failure() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(EXTERNAL), "no external Cargo-IMP samples at " + EXTERNAL);
        List<Path> files;
        try (Stream<Path> listing = Files.list(EXTERNAL)) {
            files = listing.filter(Files::isRegularFile).sorted().toList();
        }
        assertFalse(files.isEmpty());
        for (Path file : files) {
            for (TranslatedMessage message : CargoImpTranslations.translate(file)) {
                assertTrue(message.translated(), file.getFileName() + ": " + message.problem());
            }
        }
    }
}
