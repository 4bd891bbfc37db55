package org.borderedi.gateway.translation.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.borderedi.gateway.model.Consignment;
import org.borderedi.gateway.model.ConsignmentRole;
import org.borderedi.gateway.model.Identifier;
import org.borderedi.gateway.model.Schemes;
import org.borderedi.gateway.model.Text;
import org.borderedi.gateway.model.Totals;

/**
 * A bill as its segments arrive. Houses either come nested in their master ({@link #addHouse}, as in an FHL) or name
 * their master's bill number ({@link #setMasterBillOfLading}, {@link #setMasterAirWaybill}); the filing links both
 * kinds to the master's id when it builds.
 */
public final class ConsignmentDraft {

    private ConsignmentRole role;
    private final List<Identifier> references = new ArrayList<>();
    private Identifier masterReference;
    private final List<PartyDraft> parties = new ArrayList<>();
    private final MeasureDraft pieces = MeasureDraft.asWritten();
    private final MeasureDraft weight = MeasureDraft.weight();
    private final MeasureDraft volume = MeasureDraft.volume();
    private final List<GoodsDraft> goods = new ArrayList<>();
    private final List<EquipmentDraft> equipment = new ArrayList<>();
    private final List<PlaceDraft> route = new ArrayList<>();
    private final List<Text> handlingCodes = new ArrayList<>();
    private final List<SecurityNoteDraft> security = new ArrayList<>();
    private InBondDraft inBond;
    private final List<ConsignmentDraft> houses = new ArrayList<>();
    private Identifier amendedBill;
    private final List<IdentifierDraft> laterReferences = new ArrayList<>();

    /** MASTER, HOUSE or SIMPLE; left unset, it follows from houses and master references. */
    public void setRole(String role) {
        if (role != null && !role.isBlank()) {
            this.role = ConsignmentRole.valueOf(role.trim());
        }
    }

    public void setBillOfLading(Text number) {
        reference(Schemes.BILL_OF_LADING, number);
    }

    public void setHouseBill(Text number) {
        reference(Schemes.HOUSE_BILL, number);
    }

    public void setAirWaybill(Text number) {
        reference(Schemes.MASTER_AIR_WAYBILL, number);
    }

    public void setHouseWaybill(Text number) {
        reference(Schemes.HOUSE_AIR_WAYBILL, number);
    }

    public void setCargoControlNumber(Text number) {
        reference(Schemes.CARGO_CONTROL_NUMBER, number);
    }

    /**
     * A reference whose scheme and value are bound after it is wired in (Smooks wires a bean as soon as it is created):
     * it is read when the consignment is built, after the numbers given by the setters.
     */
    public void addReference(IdentifierDraft reference) {
        laterReferences.add(reference);
    }

    public void setMasterBillOfLading(Text number) {
        masterReference = IdentifierDraft.of(Schemes.BILL_OF_LADING, number);
    }

    public void setMasterAirWaybill(Text number) {
        masterReference = IdentifierDraft.of(Schemes.MASTER_AIR_WAYBILL, number);
    }

    public void addParty(PartyDraft party) {
        parties.add(party);
    }

    public void setPieces(Text pieces) {
        this.pieces.amount(pieces);
    }

    public void setPackageType(Text packageType) {
        this.pieces.unit(packageType);
    }

    public void setGrossWeight(Text weight) {
        this.weight.amount(weight);
    }

    public void setWeightUnit(Text unit) {
        this.weight.unit(unit);
    }

    public void setVolume(Text volume) {
        this.volume.amount(volume);
    }

    public void setVolumeUnit(Text unit) {
        this.volume.unit(unit);
    }

    public void addGoods(GoodsDraft line) {
        goods.add(line);
    }

    public void addEquipment(EquipmentDraft item) {
        equipment.add(item);
    }

    public void addPlace(PlaceDraft place) {
        route.add(place);
    }

    public void setHandlingCode(Text code) {
        if (code != null) {
            handlingCodes.add(code);
        }
    }

    public void addSecurityNote(SecurityNoteDraft note) {
        security.add(note);
    }

    public void setInBond(InBondDraft inBond) {
        this.inBond = inBond;
    }

    public void addHouse(ConsignmentDraft house) {
        houses.add(house);
    }

    private void reference(String scheme, Text number) {
        Identifier id = IdentifierDraft.of(scheme, number);
        if (id != null) {
            references.add(id);
        }
    }

    Identifier number() {
        return references.isEmpty() ? null : references.get(0);
    }

    Identifier masterReference() {
        return masterReference;
    }

    List<ConsignmentDraft> houses() {
        return houses;
    }

    /**
     * Builds this consignment and, after it, its nested houses.
     *
     * @param id       this consignment's id
     * @param parentId the master's id, or null
     * @param master   the master's number, for a nested house that does not repeat it, or null
     */
    void build(String id, String parentId, Identifier master, Consumer<Consignment> out) {
        Identifier parentReference = masterReference != null ? masterReference : master;
        equipment.forEach(EquipmentDraft::referToFromGoods);
        ConsignmentRole resolved = role != null ? role
                : !houses.isEmpty() ? ConsignmentRole.MASTER
                : parentId != null || parentReference != null ? ConsignmentRole.HOUSE : ConsignmentRole.SIMPLE;
        out.accept(new Consignment(id, resolved, parentId, parentReference, ownReferences(),
                parties.stream().map(PartyDraft::build).toList(),
                new Totals(pieces.build(), weight.build(), volume.build()),
                goods.stream().map(GoodsDraft::build).toList(),
                equipment.stream().map(EquipmentDraft::build).filter(Objects::nonNull).toList(),
                route.stream().map(PlaceDraft::build).filter(Objects::nonNull).toList(),
                handlingCodes, security.stream().map(SecurityNoteDraft::build).toList(),
                inBond == null ? null : inBond.build()));
        for (int i = 0; i < houses.size(); i++) {
            houses.get(i).build(id + "." + (i + 1), id, number(), out);
        }
    }

    private Text airWaybillPrefix;
    private Text airWaybillSerial;

    /**
     * The airline prefix of an air waybill number that the message writes apart from its serial (Cargo-IMP
     * {@code 020-77319045FRAYYZ}): with {@link #setAirWaybillSerial} it makes the AWB "020-77319045", whose source is
     * the prefix's. Either may come first.
     */
    public void setAirWaybillPrefix(Text prefix) {
        airWaybillPrefix = prefix;
        joinAirWaybill();
    }

    /** The 8-digit serial of an air waybill number written apart from its prefix; see {@link #setAirWaybillPrefix}. */
    public void setAirWaybillSerial(Text serial) {
        airWaybillSerial = serial;
        joinAirWaybill();
    }

    private void joinAirWaybill() {
        if (airWaybillPrefix != null && airWaybillSerial != null) {
            setAirWaybill(new Text(airWaybillPrefix.value() + "-" + airWaybillSerial.value(), airWaybillPrefix.source()));
            airWaybillPrefix = null;
            airWaybillSerial = null;
        }
    }

    /**
     * The bill an amendment names (X12 M1304). It becomes the bill's number when the bill does not give the same number
     * again (M1101): an amendment may carry the M13 alone.
     */
    public void setAmendedBillOfLading(Text number) {
        this.amendedBill = IdentifierDraft.of(Schemes.BILL_OF_LADING, number);
    }

    /** The SCAC of the carrier or NVOCC that issued the bill (X12 M1112, MBL01), as a reference in scheme SCAC. */
    public void setBillIssuer(Text scac) {
        reference(Schemes.SCAC, scac);
    }

    /**
     * The references in the order they were given, those wired in as drafts after them, and the amended bill's number
     * first unless the bill repeats that number itself.
     */
    private List<Identifier> ownReferences() {
        List<Identifier> all = new ArrayList<>(references.size() + laterReferences.size() + 1);
        if (amendedBill != null && references.stream()
                .noneMatch(r -> r.scheme().equals(amendedBill.scheme()) && r.value().equals(amendedBill.value()))) {
            all.add(amendedBill);
        }
        all.addAll(references);
        laterReferences.stream().map(IdentifierDraft::build).filter(Objects::nonNull).forEach(all::add);
        return all;
    }
}
