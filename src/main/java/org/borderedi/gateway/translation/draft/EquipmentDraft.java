package org.borderedi.gateway.translation.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.borderedi.gateway.model.Equipment;
import org.borderedi.gateway.model.Identifier;
import org.borderedi.gateway.model.Schemes;
import org.borderedi.gateway.model.Seal;
import org.borderedi.gateway.model.Text;

/**
 * A container, trailer, rail car or ULD. X12 writes a container's owner prefix and number apart (VID02, VID03); they
 * are joined into one ISO 6346 number.
 */
public final class EquipmentDraft {

    private String scheme = Schemes.CONTAINER;
    private Text prefix;
    private Text number;
    private Text isoType;
    private String loadStatus;
    private final List<SealDraft> seals = new ArrayList<>();
    private final List<GoodsDraft> goods = new ArrayList<>();

    /** The kind of equipment, as a scheme name of {@link Schemes} (ISO6346, ULD, TRAILER, RAIL_CAR). */
    public void setScheme(String scheme) {
        this.scheme = scheme;
    }

    public void setPrefix(Text prefix) {
        this.prefix = prefix;
    }

    public void setNumber(Text number) {
        this.number = number;
    }

    public void setIsoType(Text isoType) {
        this.isoType = isoType;
    }

    /** LOADED or EMPTY. */
    public void setLoadStatus(String loadStatus) {
        this.loadStatus = loadStatus;
    }

    public void addSeal(SealDraft seal) {
        seals.add(seal);
    }

    /** A seal given by its number alone. */
    public void setSealNumber(Text number) {
        if (number == null) {
            return;
        }
        SealDraft seal = new SealDraft();
        seal.setNumber(number);
        seals.add(seal);
    }

    /** Goods that are in this equipment (an N10 loop inside a VID loop): they get its number as equipment reference. */
    public void addGoods(GoodsDraft line) {
        goods.add(line);
    }

    /** Gives the goods in this equipment its number, once all of its segments are read. */
    void referToFromGoods() {
        if (number != null) {
            Text id = prefix == null ? number : new Text(prefix.value() + number.value(), prefix.source());
            goods.forEach(line -> line.setEquipmentRef(id));
        }
    }

    Equipment build() {
        if (number == null) {
            return null;
        }
        String id = prefix == null ? number.value() : prefix.value() + number.value();
        List<Seal> built = seals.stream().map(SealDraft::build).filter(Objects::nonNull).toList();
        return new Equipment(new Identifier(scheme, id, prefix == null ? number.source() : prefix.source()), isoType,
                loadStatus, built);
    }

    /**
     * A ULD's owner (the airline or leasing company code that ends its number: AKE 12345 XB). Cargo-XML writes it
     * after the serial number (UtilizedUnitLoadTransportEquipment: ID, then OperatingParty/PrimaryID), so it is
     * appended to the number given before it; with no number yet, it is not kept. Added for Cargo-XML XFFM.
     */
    public void setOwnerCode(Text owner) {
        if (owner != null && number != null) {
            number = new Text(number.value() + owner.value(), number.source());
        }
    }

    /**
     * A consignment loaded in this equipment, for formats that list the consignments inside the equipment (an XFFM's
     * shipments in their ULD): the consignment gets this equipment. Added for Cargo-XML XFFM.
     */
    public void addConsignment(ConsignmentDraft consignment) {
        consignment.addEquipment(this);
    }
}
