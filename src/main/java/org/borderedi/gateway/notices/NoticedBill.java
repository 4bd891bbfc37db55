package org.borderedi.gateway.notices;

import org.borderedi.gateway.model.Consignment;
import org.borderedi.gateway.model.ConsignmentRole;
import org.borderedi.gateway.model.Identifier;
import org.borderedi.gateway.model.Schemes;

/**
 * The bill a notice is about, as the filer numbered it: the consignment's own number, its master's number when it is
 * a house, and the SCAC that issued it (X12 bills).
 *
 * @param master the master's number for a house, or null
 * @param issuer the issuing carrier's SCAC the consignment names, or null
 */
record NoticedBill(Identifier number, Identifier master, String issuer) {

    /**
     * The consignment's bill; the decision's business key when the consignment has no number of its own.
     *
     * @throws IllegalArgumentException when neither names a bill: a notice must say which bill it is about
     */
    static NoticedBill of(StatusNotice notice) {
        Consignment consignment = notice.consignment();
        Identifier number = consignment.number();
        if (number == null && notice.decision().bill() != null) {
            String scheme = notice.decision().billScheme() == null ? Schemes.OTHER : notice.decision().billScheme();
            number = Identifier.of(scheme, notice.decision().bill());
        }
        if (number == null) {
            throw new IllegalArgumentException("consignment " + consignment.id() + " of filing " + notice.filing().id()
                    + " has no bill number and the decision names none: the notice cannot say which bill it is about");
        }
        Identifier master = consignment.role() == ConsignmentRole.HOUSE ? consignment.parentReference() : null;
        String issuer = consignment.references().stream().filter(r -> Schemes.SCAC.equals(r.scheme())).map(Identifier::value)
                .findFirst().orElse(null);
        return new NoticedBill(number, master, issuer);
    }

    /** "618-44103570" for a master or simple bill, "932-10473853-DXB7700101" for a house. */
    String label() {
        return master == null ? number.value() : master.value() + "-" + number.value();
    }

    boolean isHouse() {
        return master != null;
    }
}
