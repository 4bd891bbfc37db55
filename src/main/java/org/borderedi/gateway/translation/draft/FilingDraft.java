package org.borderedi.gateway.translation.draft;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.borderedi.gateway.model.Consignment;
import org.borderedi.gateway.model.ConsignmentRole;
import org.borderedi.gateway.model.Envelope;
import org.borderedi.gateway.model.Filing;
import org.borderedi.gateway.model.Identifier;
import org.borderedi.gateway.model.Mode;
import org.borderedi.gateway.model.Programme;
import org.borderedi.gateway.model.Purpose;
import org.borderedi.gateway.model.SourceFormat;
import org.borderedi.gateway.model.Text;

/**
 * The root every mapping binds to: one per message. {@link #build} numbers the consignments in message order
 * ("1", "2", houses nested in a master "1.1", ...) and links houses that name their master's bill to it.
 */
public final class FilingDraft {

    private Purpose purpose = Purpose.ORIGINAL;
    private Text purposeCode;
    private Mode mode;
    private final Set<Programme> programmes = new LinkedHashSet<>();
    private ConveyanceDraft conveyance;
    private final List<ConsignmentDraft> consignments = new ArrayList<>();

    /** A {@link Purpose} name (mappings translate the native code with a Mapping decoder). */
    public void setPurpose(String purpose) {
        if (purpose != null && !purpose.isBlank()) {
            this.purpose = Purpose.valueOf(purpose.trim());
        }
    }

    public void setPurposeCode(Text purposeCode) {
        this.purposeCode = purposeCode;
    }

    /** A {@link Mode} name. */
    public void setMode(String mode) {
        if (mode != null && !mode.isBlank()) {
            this.mode = Mode.valueOf(mode.trim());
        }
    }

    /** A {@link Programme} name; may be called for several. */
    public void setProgramme(String programme) {
        if (programme != null && !programme.isBlank()) {
            programmes.add(Programme.valueOf(programme.trim()));
        }
    }

    public void setConveyance(ConveyanceDraft conveyance) {
        this.conveyance = conveyance;
    }

    public void addConsignment(ConsignmentDraft consignment) {
        consignments.add(consignment);
    }

    /** The filing, outside the gateway's flow (id, receipt time, channel and partner are added by the flow). */
    public Filing build(SourceFormat format, Envelope envelope, Mode defaultMode) {
        List<Consignment> built = new ArrayList<>();
        for (int i = 0; i < consignments.size(); i++) {
            consignments.get(i).build(Integer.toString(i + 1), null, null, built::add);
        }
        return new Filing(null, null, null, null, format, envelope, purpose, purposeCode,
                mode == null ? defaultMode : mode, List.copyOf(programmes),
                conveyance == null ? null : conveyance.build(), linkHouses(built));
    }

    /** Houses that name their master's bill number get the master's id as parent, when the master is in the filing. */
    private static List<Consignment> linkHouses(List<Consignment> consignments) {
        Map<String, String> masters = new HashMap<>();
        for (Consignment c : consignments) {
            Identifier number = c.number();
            if (number != null) {
                masters.putIfAbsent(number.scheme() + ":" + number.value(), c.id());
            }
        }
        List<Consignment> linked = new ArrayList<>(consignments.size());
        Set<String> parents = new HashSet<>();
        for (Consignment c : consignments) {
            Identifier master = c.parentReference();
            String parent = c.parent() == null && master != null ? masters.get(master.scheme() + ":" + master.value()) : null;
            linked.add(parent == null ? c
                    : new Consignment(c.id(), c.role(), parent, c.parentReference(), c.references(), c.parties(), c.totals(),
                            c.goods(), c.equipment(), c.route(), c.handlingCodes(), c.security(), c.inBond()));
            if (parent != null) {
                parents.add(parent);
            }
        }
        return parents.isEmpty() ? linked : linked.stream().map(c -> masterOfLinkedHouses(c, parents)).toList();
    }

    /** A bill that houses were linked to by its number is a master, though nothing in its own segments said so. */
    private static Consignment masterOfLinkedHouses(Consignment c, Set<String> parents) {
        return c.role() != ConsignmentRole.SIMPLE || !parents.contains(c.id()) ? c
                : new Consignment(c.id(), ConsignmentRole.MASTER, c.parent(), c.parentReference(), c.references(), c.parties(),
                        c.totals(), c.goods(), c.equipment(), c.route(), c.handlingCodes(), c.security(), c.inBond());
    }
}
