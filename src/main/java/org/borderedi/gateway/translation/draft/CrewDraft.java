package org.borderedi.gateway.translation.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.borderedi.gateway.model.CrewMember;
import org.borderedi.gateway.model.Text;

/** A driver or crew member; X12 NM1 gives family and given names apart, they are joined "GIVEN FAMILY". */
public final class CrewDraft {

    private Text role;
    private Text name;
    private Text givenName;
    private Text familyName;
    private Text birthDate;
    private Text nationality;
    private final List<IdentifierDraft> documents = new ArrayList<>();

    public void setRole(Text role) {
        this.role = role;
    }

    public void setName(Text name) {
        this.name = name;
    }

    public void setGivenName(Text givenName) {
        this.givenName = Texts.join(this.givenName, givenName);
    }

    public void setFamilyName(Text familyName) {
        this.familyName = familyName;
    }

    public void setBirthDate(Text birthDate) {
        this.birthDate = birthDate;
    }

    public void setNationality(Text nationality) {
        this.nationality = nationality;
    }

    public void addDocument(IdentifierDraft document) {
        documents.add(document);
    }

    CrewMember build() {
        Text full = name != null ? name : Texts.join(givenName, familyName);
        Text born = birthDate == null ? null : Dates.combine(birthDate, null);
        return new CrewMember(role, full, born, nationality,
                documents.stream().map(IdentifierDraft::build).filter(Objects::nonNull).toList());
    }
}
