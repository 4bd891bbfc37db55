package org.borderedi.gateway.translation.draft;

import java.util.ArrayList;
import java.util.List;
import org.borderedi.gateway.model.GoodsLine;
import org.borderedi.gateway.model.Hazmat;
import org.borderedi.gateway.model.Identifier;
import org.borderedi.gateway.model.Schemes;
import org.borderedi.gateway.model.Text;

/** A goods line: description lines, quantities, marks, tariff number, value, dangerous goods, equipment it is in. */
public final class GoodsDraft {

    private Text sequence;
    private Text description;
    private final MeasureDraft pieces = MeasureDraft.asWritten();
    private final MeasureDraft weight = MeasureDraft.weight();
    private final MeasureDraft volume = MeasureDraft.volume();
    private final MeasureDraft value = MeasureDraft.asWritten();
    private Text marks;
    private Text hsCode;
    private Text origin;
    private Text unNumber;
    private Text hazardClass;
    private Text packingGroup;
    private Text properShippingName;
    private Text hazmatContact;
    private final List<Text> equipmentRefs = new ArrayList<>();

    public void setSequence(Text sequence) {
        this.sequence = sequence;
    }

    /** The description; further description lines are joined to it. */
    public void setDescription(Text description) {
        this.description = Texts.join(this.description, description);
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

    public void setValue(Text value) {
        this.value.amount(value);
    }

    public void setCurrency(Text currency) {
        this.value.unit(currency);
    }

    public void setMarks(Text marks) {
        this.marks = Texts.join(this.marks, marks);
    }

    public void setHsCode(Text hsCode) {
        this.hsCode = hsCode;
    }

    public void setOrigin(Text origin) {
        this.origin = origin;
    }

    public void setUnNumber(Text unNumber) {
        this.unNumber = unNumber;
    }

    public void setHazardClass(Text hazardClass) {
        this.hazardClass = hazardClass;
    }

    public void setPackingGroup(Text packingGroup) {
        this.packingGroup = packingGroup;
    }

    public void setProperShippingName(Text name) {
        this.properShippingName = Texts.join(this.properShippingName, name);
    }

    public void setHazmatContact(Text contact) {
        this.hazmatContact = contact;
    }

    public void setEquipmentRef(Text equipment) {
        if (equipment != null) {
            equipmentRefs.add(equipment);
        }
    }

    GoodsLine build() {
        Hazmat hazmat = unNumber == null && hazardClass == null ? null
                : new Hazmat(unNumber, hazardClass, packingGroup, properShippingName, hazmatContact);
        Identifier hs = hsCode == null ? null : new Identifier(Schemes.HS, hsCode.value(), hsCode.source());
        return new GoodsLine(sequence, description, pieces.build(), weight.build(), volume.build(), marks, hs, origin,
                value.build(), hazmat, equipmentRefs);
    }
}
