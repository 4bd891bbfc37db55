package org.borderedi.gateway.model;

import java.util.List;

/**
 * A party to the cargo with its address, identifiers and trusted-trader programme memberships (C-TPAT, PIP, FAST,
 * AEO, known consignor, regulated agent; each an {@link Identifier} whose scheme names the programme).
 *
 * @param nativeRole the role code as the filer wrote it (N101 "SH", NAD 3035 "CZ", Cargo-IMP "SHP")
 */
public record Party(PartyRole role, Text nativeRole, Text name, Address address, Text contact,
        List<Identifier> identifiers, List<Identifier> memberships) {

    public Party {
        identifiers = List.copyOf(identifiers);
        memberships = List.copyOf(memberships);
    }
}
