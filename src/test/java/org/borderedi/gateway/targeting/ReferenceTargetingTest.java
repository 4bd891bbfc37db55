package org.borderedi.gateway.targeting;

import static org.borderedi.gateway.decisions.DecisionKind.ASSESSMENT_COMPLETE;
import static org.borderedi.gateway.decisions.DecisionKind.DO_NOT_LOAD;
import static org.borderedi.gateway.decisions.DecisionKind.EXAMINATION_REQUIRED;
import static org.borderedi.gateway.decisions.DecisionKind.HOLD_PLACED;
import static org.borderedi.gateway.decisions.DecisionKind.RELEASE;
import static org.borderedi.gateway.decisions.DecisionKind.REQUEST_FOR_INFORMATION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.borderedi.gateway.decisions.Decision;
import org.borderedi.gateway.decisions.DecisionKind;
import org.borderedi.gateway.model.Consignment;
import org.borderedi.gateway.model.Conveyance;
import org.borderedi.gateway.model.Equipment;
import org.borderedi.gateway.model.Filing;
import org.borderedi.gateway.model.GoodsLine;
import org.borderedi.gateway.model.Identifier;
import org.borderedi.gateway.model.Party;
import org.borderedi.gateway.model.PartyRole;
import org.borderedi.gateway.model.Place;
import org.borderedi.gateway.model.PlaceRole;
import org.borderedi.gateway.model.Purpose;
import org.borderedi.gateway.model.Schemes;
import org.borderedi.gateway.model.Seal;
import org.borderedi.gateway.model.Text;
import org.borderedi.gateway.runtime.ProjectFolders;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Each rule of the reference engine with the project's own rule file and lists, on shipments made from the samples:
 * what it decides, with which code, and for which bill.
 */
class ReferenceTargetingTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private static TargetingRules rules;
    private InMemorySealRecord seals;
    private ReferenceTargeting engine;

    @BeforeAll
    static void readRuleFile() throws IOException {
        rules = TargetingRules.load(ProjectFolders.ofWorkingDirectory());
    }

    @BeforeEach
    void newEngine() {
        seals = new InMemorySealRecord(CLOCK);
        engine = new ReferenceTargeting(rules, seals, CLOCK);
    }

    @Test
    void trusted_consignee_of_a_sea_shipment_with_nothing_else_found_gets_assessment_complete_and_release() {
        List<Decision> decisions = engine.assess(SampleShipments.shipment("x12/309-ocean-demo.edi", 1, "1"));

        assertEquals(List.of(ASSESSMENT_COMPLETE, RELEASE), kinds(decisions));
        Decision release = decisions.get(1);
        assertEquals("x12/309-ocean-demo.edi/1", release.filingId());
        assertEquals("1", release.consignmentId());
        assertEquals(Schemes.BILL_OF_LADING, release.billScheme());
        assertEquals("0000123456", release.bill());
        assertEquals("REFERENCE-TARGETING", release.agency());
        assertEquals("TRUSTED_TRADER", release.nativeCode());
        assertEquals("Assessment complete: the consignee MAPLE IMPORTS INC is a PIP member.", release.text());
        assertEquals(NOW, release.decidedAt());
    }

    @Test
    void trusted_consignee_of_an_air_shipment_by_its_c_tpat_membership_gets_assessment_complete_only() {
        Filing air = SampleShipments.shipment("cargo-imp/fwb17-general.txt", 1, "1");
        Filing member = SampleShipments.consignment(air, c -> SampleShipments.party(c,
                withMembership(c.party(PartyRole.CONSIGNEE), Schemes.C_TPAT, "CTPAT-88213004")));

        assertEquals(List.of("NO_RISK_FOUND"), codes(engine.assess(air)));
        List<Decision> decisions = engine.assess(member);
        assertEquals(List.of(ASSESSMENT_COMPLETE), kinds(decisions));
        assertEquals("Assessment complete: the consignee CASCADE ROBOTICS INC is a C-TPAT member.",
                decisions.get(0).text());
    }

    @Test
    void trusted_carrier_is_known_by_the_conveyance_carrier_code() {
        List<Decision> decisions = engine.assess(SampleShipments.shipment("x12/309-rail.edi", 1, "1"));

        assertEquals(List.of(ASSESSMENT_COMPLETE, RELEASE), kinds(decisions));
        assertEquals("Assessment complete: the carrier DMRR is a C-TPAT member.", decisions.get(0).text());
    }

    @Test
    void shipment_with_nothing_found_and_no_trusted_trader_gets_assessment_complete() {
        List<Decision> decisions = engine.assess(SampleShipments.shipment("x12/309-truck.edi", 1, "1"));

        assertEquals(List.of(ASSESSMENT_COMPLETE), kinds(decisions));
        assertEquals(List.of("NO_RISK_FOUND"), codes(decisions));
        assertEquals("Assessment complete: no risk found.", decisions.get(0).text());
    }

    @Test
    void air_shipper_on_the_watch_list_gets_do_not_load() {
        List<Decision> decisions = engine.assess(
                SampleShipments.shipment("cargo-imp/fwb17-and-fhl5-together.txt", 2, "1.2"));

        assertEquals(List.of(DO_NOT_LOAD), kinds(decisions));
        Decision dnl = decisions.get(0);
        assertEquals("WATCH_LIST_PARTY", dnl.nativeCode());
        assertEquals(Schemes.HOUSE_AIR_WAYBILL, dnl.billScheme());
        assertEquals("AMS3300918", dnl.bill());
        assertEquals("Held by targeting: the shipper KAASHANDEL DE MOLEN is on the watch list.", dnl.text());
    }

    @Test
    void other_house_of_the_same_consolidation_is_not_held() {
        assertEquals(List.of("NO_RISK_FOUND"),
                codes(engine.assess(SampleShipments.shipment("cargo-imp/fwb17-and-fhl5-together.txt", 2, "1.1"))));
    }

    @Test
    void sea_shipper_on_the_watch_list_gets_a_hold_whatever_its_spelling_and_no_trusted_release() {
        Filing demo = SampleShipments.shipment("x12/309-ocean-demo.edi", 1, "1");
        Filing listed = SampleShipments.consignment(demo, c -> SampleShipments.party(c,
                renamed(c.party(PartyRole.SHIPPER), "orion  freight ltd")));

        List<Decision> decisions = engine.assess(listed);

        assertEquals(List.of(HOLD_PLACED), kinds(decisions));
        assertEquals("Held by targeting: the shipper orion  freight ltd is on the watch list.", decisions.get(0).text());
    }

    @Test
    void incomplete_7_plus_1_data_gets_a_request_for_information_naming_the_missing_items() {
        List<Decision> decisions = engine.assess(
                SampleShipments.shipment("cargo-imp/fhl5-missing-consignee-address.txt", 1, "1.1"));

        assertEquals(List.of(REQUEST_FOR_INFORMATION), kinds(decisions));
        Decision rfi = decisions.get(0);
        assertEquals("INCOMPLETE_PRELOAD_DATA", rfi.nativeCode());
        assertEquals("LON5520011", rfi.bill());
        assertEquals("Request for information: the pre-load data is incomplete: house 1.1 (HAWB LON5520011) has no "
                + "consignee address (MISSING_CNE_ADDR); house 1.1 (HAWB LON5520011) has no consignee country "
                + "(MISSING_CNE_CTRY).", rfi.text());
    }

    @Test
    void master_forwarded_apart_from_its_houses_is_asked_only_for_its_waybill() {
        assertEquals(List.of("NO_RISK_FOUND"), codes(engine.assess(
                SampleShipments.shipment("cargo-imp/fhl5-missing-consignee-address.txt", 1, "1"))));
    }

    @Test
    void complete_house_of_the_same_list_gets_no_request() {
        assertEquals(List.of("NO_RISK_FOUND"), codes(engine.assess(
                SampleShipments.shipment("cargo-imp/fhl5-missing-consignee-address.txt", 1, "1.2"))));
    }

    @Test
    void high_risk_hs_chapter_calls_for_an_examination_and_stops_the_trusted_release() {
        Filing demo = SampleShipments.shipment("x12/309-ocean-demo.edi", 1, "1");
        Filing arms = SampleShipments.consignment(demo, c -> goods(c, hs(c.goods().get(0), "9301.90")));

        List<Decision> decisions = engine.assess(arms);

        assertEquals(List.of(EXAMINATION_REQUIRED), kinds(decisions));
        assertEquals("HIGH_RISK_GOODS", decisions.get(0).nativeCode());
        assertEquals("Examination required: goods line 1 is HS 9301.90 (93, arms and ammunition).",
                decisions.get(0).text());
    }

    @Test
    void high_risk_origin_calls_for_an_examination() {
        Filing truck = SampleShipments.shipment("x12/309-truck.edi", 1, "1");
        Filing embargoed = SampleShipments.consignment(truck, c -> goods(c, origin(c.goods().get(0), "kp")));

        List<Decision> decisions = engine.assess(embargoed);

        assertEquals(List.of(EXAMINATION_REQUIRED), kinds(decisions));
        assertEquals("Examination required: goods line 1 originates in kp (embargoed origin).", decisions.get(0).text());
    }

    @Test
    void every_rule_that_fires_gives_its_decision_in_rule_file_order() {
        Filing house = SampleShipments.shipment("cargo-imp/fhl5-missing-consignee-address.txt", 1, "1.1");
        Filing both = SampleShipments.consignment(house, c -> SampleShipments.party(c,
                renamed(c.party(PartyRole.SHIPPER), "RED LANTERN TRADING CO")));

        assertEquals(List.of(REQUEST_FOR_INFORMATION, DO_NOT_LOAD), kinds(engine.assess(both)));
    }

    @Test
    void container_released_at_prince_rupert_arriving_by_rail_under_other_seals_is_held() {
        Filing perimeter = atPrinceRupert(SampleShipments.shipment("x12/309-ocean-containers-seals.edi", 1, "1"));
        assertEquals(List.of(ASSESSMENT_COMPLETE, RELEASE), kinds(engine.assess(perimeter)));
        PerimeterRelease recorded = seals.releasedAt("MSKU 904512-5").orElseThrow();
        assertEquals(Set.of("ML7730012", "ML7730013", "CUS448120"), recorded.seals());
        assertEquals("CAPRR", recorded.port());

        Filing arrival = railArrival("MSKU9045125", "ML7730012", "XX0000001");
        List<Decision> decisions = engine.assess(arrival);

        assertEquals(List.of(HOLD_PLACED), kinds(decisions));
        assertEquals("SEAL_MISMATCH", decisions.get(0).nativeCode());
        assertEquals("Hold for tamper evidence: container MSKU9045125 was released at CAPRR under seals CUS448120, "
                + "ML7730012, ML7730013 and arrives under seals ML7730012, XX0000001.", decisions.get(0).text());
    }

    @Test
    void container_arriving_under_the_seals_it_was_released_with_is_not_held() {
        engine.assess(atPrinceRupert(SampleShipments.shipment("x12/309-ocean-containers-seals.edi", 1, "1")));

        List<Decision> decisions = engine.assess(railArrival("MSKU9045125", "ml7730013", "CUS448120", "ML7730012"));

        assertEquals(List.of("TRUSTED_TRADER", "TRUSTED_TRADER"), codes(decisions));
    }

    @Test
    void sea_shipment_released_outside_the_perimeter_ports_records_no_seals() {
        engine.assess(SampleShipments.shipment("x12/309-ocean-containers-seals.edi", 1, "1"));

        assertTrue(seals.releasedAt("MSKU9045125").isEmpty());
        assertEquals(List.of("TRUSTED_TRADER", "TRUSTED_TRADER"),
                codes(engine.assess(railArrival("MSKU9045125", "XX0000001"))));
    }

    @Test
    void perimeter_release_older_than_the_transit_limit_is_not_compared() {
        seals.released("MSKU9045125", Set.of("ML7730012"), "CAMTR");
        ReferenceTargeting later = new ReferenceTargeting(rules, seals,
                Clock.fixed(NOW.plus(Duration.ofDays(31)), ZoneOffset.UTC));

        assertEquals(List.of("TRUSTED_TRADER", "TRUSTED_TRADER"),
                codes(later.assess(railArrival("MSKU9045125", "XX0000001"))));
        assertEquals(List.of("SEAL_MISMATCH"), codes(engine.assess(railArrival("MSKU9045125", "XX0000001"))));
    }

    @Test
    void decision_ids_are_the_same_when_a_shipment_is_assessed_again_and_differ_between_decisions() {
        Filing demo = SampleShipments.shipment("x12/309-ocean-demo.edi", 1, "1");
        List<Decision> first = engine.assess(demo);
        List<Decision> again = new ReferenceTargeting(rules, new InMemorySealRecord(CLOCK),
                Clock.fixed(NOW.plusSeconds(3600), ZoneOffset.UTC)).assess(demo);

        assertEquals(ids(first), ids(again));
        assertNotEquals(first.get(0).decisionId(), first.get(1).decisionId());
        Filing otherFiling = SampleShipments.shipment("x12/309-ocean-demo.edi", 1, "1");
        otherFiling = new Filing("x12/309-ocean-demo.edi/2", otherFiling.receivedAt(), otherFiling.channel(),
                otherFiling.partner(), otherFiling.format(), otherFiling.envelope(), otherFiling.purpose(),
                otherFiling.purposeCode(), otherFiling.mode(), otherFiling.programmes(), otherFiling.conveyance(),
                otherFiling.consignments());
        assertTrue(ids(engine.assess(otherFiling)).stream().noneMatch(ids(first)::contains));
    }

    @Test
    void cancelled_filing_gets_nothing() {
        assertEquals(List.of(), engine.assess(SampleShipments.purpose(
                SampleShipments.shipment("x12/309-ocean-demo.edi", 1, "1"), Purpose.DELETE)));
    }

    @Test
    void refuses_a_filing_not_narrowed_to_one_consignment() {
        Filing whole = SampleShipments.translate("cargo-imp/fhl5-missing-consignee-address.txt").get(0);

        assertThrows(IllegalArgumentException.class, () -> engine.assess(whole));
    }

    @Test
    void version_is_the_rule_files() {
        assertEquals("REFERENCE-2026.1", engine.version());
    }

    /** The shipment with its vessel arriving first at Prince Rupert. */
    private static Filing atPrinceRupert(Filing shipment) {
        return SampleShipments.conveyance(shipment, c -> new Conveyance(c.journey(), c.date(), c.carrier(), c.name(),
                c.nationality(), c.identifiers(), List.of(new Place(PlaceRole.FIRST_ARRIVAL,
                        Identifier.of(Schemes.UNLOCODE, "CAPRR"), null, null)), c.crew(), c.equipment()));
    }

    /** The rail sample with its container renumbered and resealed. */
    private static Filing railArrival(String container, String... sealNumbers) {
        Filing rail = SampleShipments.shipment("x12/309-rail.edi", 1, "1");
        return SampleShipments.consignment(rail, c -> new Consignment(c.id(), c.role(), c.parent(), c.parentReference(),
                c.references(), c.parties(), c.totals(), c.goods(),
                c.equipment().stream().map(e -> !Schemes.CONTAINER.equals(e.id().scheme()) ? e
                        : new Equipment(Identifier.of(Schemes.CONTAINER, container), e.isoType(), e.loadStatus(),
                                List.of(sealNumbers).stream().map(n -> new Seal(Text.of(n), null, null)).toList()))
                        .toList(),
                c.route(), c.handlingCodes(), c.security(), c.inBond()));
    }

    private static Party withMembership(Party p, String scheme, String id) {
        return new Party(p.role(), p.nativeRole(), p.name(), p.address(), p.contact(), p.identifiers(),
                List.of(Identifier.of(scheme, id)));
    }

    private static Party renamed(Party p, String name) {
        return new Party(p.role(), p.nativeRole(), Text.of(name), p.address(), p.contact(), p.identifiers(),
                p.memberships());
    }

    private static Consignment goods(Consignment c, GoodsLine first) {
        List<GoodsLine> goods = new ArrayList<>(c.goods());
        goods.set(0, first);
        return new Consignment(c.id(), c.role(), c.parent(), c.parentReference(), c.references(), c.parties(),
                c.totals(), goods, c.equipment(), c.route(), c.handlingCodes(), c.security(), c.inBond());
    }

    private static GoodsLine hs(GoodsLine g, String code) {
        return new GoodsLine(g.sequence(), g.description(), g.pieces(), g.grossWeight(), g.volume(), g.marks(),
                Identifier.of(Schemes.HS, code), g.origin(), g.value(), g.hazmat(), g.equipmentRefs());
    }

    private static GoodsLine origin(GoodsLine g, String country) {
        return new GoodsLine(g.sequence(), g.description(), g.pieces(), g.grossWeight(), g.volume(), g.marks(),
                g.hsCode(), Text.of(country), g.value(), g.hazmat(), g.equipmentRefs());
    }

    private static List<DecisionKind> kinds(List<Decision> decisions) {
        return decisions.stream().map(Decision::kind).toList();
    }

    private static List<String> codes(List<Decision> decisions) {
        return decisions.stream().map(Decision::nativeCode).toList();
    }

    private static List<String> ids(List<Decision> decisions) {
        return decisions.stream().map(Decision::decisionId).toList();
    }
}
