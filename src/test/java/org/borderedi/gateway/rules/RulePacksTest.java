package org.borderedi.gateway.rules;

import static org.borderedi.gateway.rules.TestFilings.oceanBill;
import static org.borderedi.gateway.rules.TestFilings.programmes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.borderedi.gateway.edi.Severity;
import org.borderedi.gateway.model.Mode;
import org.borderedi.gateway.model.Programme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RulePacksTest {

    private final RulePacks packs = RulePacks.standard(TestFilings.CLOCK);

    static Stream<Arguments> selections() {
        return Stream.of(
                Arguments.of(Mode.AIR, List.of(Programme.PACT), List.of("COMMON", "PACT")),
                Arguments.of(Mode.AIR, List.of(Programme.ACAS, Programme.PACT), List.of("COMMON", "PACT", "ACAS")),
                Arguments.of(Mode.SEA, List.of(Programme.ACI_MARINE, Programme.ACE_OCEAN),
                        List.of("COMMON", "ACE_OCEAN", "ACI_MARINE")),
                Arguments.of(Mode.ROAD, List.of(Programme.ACI_HIGHWAY), List.of("COMMON", "ACI_HIGHWAY")),
                Arguments.of(Mode.RAIL, List.of(Programme.ACI_RAIL), List.of("COMMON", "ACI_RAIL")),
                Arguments.of(Mode.AIR, List.of(Programme.ACI_AIR), List.of("COMMON", "ACI_AIR")),
                Arguments.of(Mode.AIR, List.of(Programme.ACE_AIR), List.of("COMMON")),
                Arguments.of(Mode.AIR, List.of(), List.of("COMMON", "PRELOAD_AIR")),
                Arguments.of(Mode.SEA, List.of(), List.of("COMMON", "ACE_OCEAN")),
                Arguments.of(Mode.ROAD, List.of(), List.of("COMMON", "ACE_TRUCK")),
                Arguments.of(Mode.RAIL, List.of(), List.of("COMMON", "ACE_RAIL")),
                Arguments.of(null, List.of(), List.of("COMMON")));
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @MethodSource("selections")
    void chooses_packs_by_programme_or_else_by_mode_and_always_common(Mode mode, List<Programme> programmes,
            List<String> expected) {
        var filing = programmes(oceanBill(), mode, programmes.toArray(Programme[]::new));

        assertEquals(expected, packs.select(filing).stream().map(RulePack::name).toList());
    }

    @Test
    void pre_load_packs_ask_the_7_plus_1_data() {
        List<String> preload = List.of("MISSING_WBL_LINE", "MISSING_HOUSE_BILL_NBR", "INVALID_HOUSE_BILL_NBR",
                "MISSING_SHP_NAME", "MISSING_SHP_ADDR", "MISSING_SHP_CTRY", "MISSING_CNE_NAME", "MISSING_CNE_ADDR",
                "MISSING_CNE_CTRY", "MISSING_WEIGHT", "INVALID_WEIGHT", "MISSING_WT_UNITS", "MISSING_BILL_QTY",
                "INVALID_BILL_QTY", "MISSING_CARGO_DESC", "CONSOLIDATION_WITHOUT_HOUSES", "BAD_WBL_FORMAT");

        assertEquals(preload, packs.named("PACT").codes());
        assertEquals(preload, packs.named("ACAS").codes());
        assertEquals(preload, packs.named("PRELOAD_AIR").codes());
    }

    @Test
    void common_pack_checks_identifiers_codes_totals_and_dates() {
        assertEquals(List.of("BAD_WBL_FORMAT", "INVALID_CONTAINER_NUMBER", "INVALID_HS_CODE", "TOTAL_PIECES_MISMATCH",
                "TOTAL_WEIGHT_MISMATCH", "INVALID_DATE", "DATE_OUT_OF_RANGE"), packs.common().codes());
    }

    @Test
    void manifest_packs_ask_for_shipper_and_consignee_and_aci_highway_for_the_consignee_address() {
        for (String name : List.of("ACE_OCEAN", "ACE_TRUCK", "ACE_RAIL", "ACI_MARINE", "ACI_RAIL", "ACI_AIR")) {
            assertEquals(List.of("MISSING_SHIPPER", "MISSING_CONSIGNEE"), packs.named(name).codes(), name);
        }
        assertEquals(List.of("MISSING_SHIPPER", "MISSING_CONSIGNEE", "MISSING_CNE_ADDR"), packs.named("ACI_HIGHWAY").codes());
    }

    @Test
    void each_pack_is_versioned_by_name_and_release() {
        assertEquals("PACT-2026.1", packs.named("PACT").version());
        assertEquals("COMMON-2026.1", packs.common().version());
    }

    @Test
    void every_rule_is_an_error_unless_a_pack_says_otherwise() {
        Stream.concat(Stream.of(packs.common()), packs.packs().stream()).flatMap(p -> p.rules().stream())
                .forEach(rule -> assertEquals(Severity.ERROR, rule.severity(), rule.code()));
        assertEquals(Severity.WARNING, RequiredParties.SHIPPER_NAMED.asWarning().severity());
    }

    @Test
    void the_rules_readme_documents_every_code_of_every_pack() throws IOException {
        String readme = Files.readString(Path.of("mappings/rules/README.md"));
        Stream.concat(Stream.of(packs.common()), packs.packs().stream()).forEach(pack -> {
            assertTrue(readme.contains(pack.version()), pack.version());
            pack.codes().forEach(code -> assertTrue(readme.contains("`" + code + "`"), code));
        });
    }
}
