package org.borderedi.gateway.model;

import java.util.List;

/** A driver or crew member of a conveyance, with travel documents (passport, FAST card, licence). */
public record CrewMember(Text role, Text name, Text birthDate, Text nationality, List<Identifier> documents) {

    public CrewMember {
        documents = List.copyOf(documents);
    }
}
