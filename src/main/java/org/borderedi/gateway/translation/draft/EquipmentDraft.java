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

    private Text uldType;
    private Text uldSerial;
    private Text uldOwner;

    /**
     * The type of a ULD whose number the message writes in parts (Cargo-IMP {@code ULD/PMC41871AC} read as PMC, 41871,
     * AC): the equipment becomes a ULD (scheme ULD) numbered by the parts given so far joined ("PMC41871AC", source the
     * first part's), and the type is kept as its type code. The parts may come in any order.
     */
    public void setUldType(Text type) {
        uldType = type;
        setIsoType(type);
        joinUld();
    }

    /** The serial of a ULD number written in parts; see {@link #setUldType}. */
    public void setUldSerial(Text serial) {
        uldSerial = serial;
        joinUld();
    }

    /** The owner (airline) code of a ULD number written in parts; see {@link #setUldType}. */
    public void setUldOwner(Text owner) {
        uldOwner = owner;
        joinUld();
    }

    /**
     * Goods listed after this equipment's own line (an FFM consignment after its ULD line): they get its number as
     * equipment reference at once, whether or not the equipment is one of their consignment's.
     */
    public void addLoadedGoods(GoodsDraft line) {
        if (number != null) {
            line.setEquipmentRef(prefix == null ? number : new Text(prefix.value() + number.value(), prefix.source()));
        }
    }

    private void joinUld() {
        StringBuilder id = new StringBuilder();
        Text first = null;
        for (Text part : new Text[] {uldType, uldSerial, uldOwner}) {
            if (part != null) {
                id.append(part.value());
                first = first == null ? part : first;
            }
        }
        if (first != null) {
            scheme = Schemes.ULD;
            prefix = null;
            number = new Text(id.toString(), first.source());
        }
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
     * The party that applied the seals of one segment (X12 M705, an entity code): given to the seals read from that
     * same segment that have no issuer yet, so that the seals of VID04/VID05 and of other M7 segments keep their own.
     */
    public void setSealIssuer(Text issuer) {
        if (issuer != null) {
            seals.stream().filter(seal -> seal.readFromSameSegmentAs(issuer)).forEach(seal -> seal.setIssuer(issuer));
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
