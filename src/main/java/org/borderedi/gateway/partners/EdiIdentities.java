package org.borderedi.gateway.partners;

import java.util.List;

/**
 * The identities a partner files under: only interchanges whose envelope names one of these may come from it.
 *
 * @param x12          ISA05/ISA06 (and ISA07/ISA08 when we answer) pairs
 * @param edifact      UNB sender identifications (0004, with the optional code qualifier 0007)
 * @param iataAirlines IATA two-character airline designators or three-digit airline prefixes
 * @param iataAgents   IATA cargo agent codes (seven digits, optionally followed by the four-digit CASS branch)
 */
public record EdiIdentities(
        List<X12Identity> x12, List<EdifactIdentity> edifact, List<String> iataAirlines, List<String> iataAgents) {

    public EdiIdentities {
        x12 = List.copyOf(x12);
        edifact = List.copyOf(edifact);
        iataAirlines = List.copyOf(iataAirlines);
        iataAgents = List.copyOf(iataAgents);
    }

    public boolean isEmpty() {
        return x12.isEmpty() && edifact.isEmpty() && iataAirlines.isEmpty() && iataAgents.isEmpty();
    }

    /** An X12 interchange id with its qualifier, as in ISA05/ISA06. */
    public record X12Identity(String qualifier, String id) {
        @Override
        public String toString() {
            return qualifier + ":" + id;
        }
    }

    /** An EDIFACT party identification with its optional code qualifier, as in UNB 0004/0007. */
    public record EdifactIdentity(String id, String qualifier) {
        @Override
        public String toString() {
            return qualifier == null ? id : id + ":" + qualifier;
        }
    }
}
