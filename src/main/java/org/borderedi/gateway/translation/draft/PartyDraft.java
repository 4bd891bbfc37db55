package org.borderedi.gateway.translation.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.borderedi.gateway.model.Address;
import org.borderedi.gateway.model.Identifier;
import org.borderedi.gateway.model.Party;
import org.borderedi.gateway.model.PartyRole;
import org.borderedi.gateway.model.Text;

/** A party as its segments or lines arrive: role, name lines, address lines, contact, identifiers, memberships. */
public final class PartyDraft {

    private PartyRole role = PartyRole.OTHER;
    private Text nativeRole;
    private Text name;
    private final List<Text> street = new ArrayList<>();
    private Text city;
    private Text subdivision;
    private Text postalCode;
    private Text country;
    private Text contact;
    private final List<IdentifierDraft> identifiers = new ArrayList<>();
    private final List<IdentifierDraft> memberships = new ArrayList<>();
    private String identifierScheme;
    private Text identifier;

    /** The role as a {@link PartyRole} name (mappings translate the native code with a Mapping decoder). */
    public void setRole(String role) {
        if (role != null && !role.isBlank()) {
            this.role = PartyRole.valueOf(role.trim());
        }
    }

    /** The role code as the filer wrote it. */
    public void setNativeRole(Text nativeRole) {
        this.nativeRole = nativeRole;
    }

    /** The name; a second name line (N2, a continuation) is joined to it. */
    public void setName(Text name) {
        this.name = Texts.join(this.name, name);
    }

    public void setStreet(Text line) {
        if (line != null) {
            street.add(line);
        }
    }

    public void setCity(Text city) {
        this.city = city;
    }

    public void setSubdivision(Text subdivision) {
        this.subdivision = subdivision;
    }

    public void setPostalCode(Text postalCode) {
        this.postalCode = postalCode;
    }

    public void setCountry(Text country) {
        this.country = country;
    }

    public void setContact(Text contact) {
        this.contact = Texts.join(this.contact, contact);
    }

    public void addIdentifier(IdentifierDraft identifier) {
        identifiers.add(identifier);
    }

    public void addMembership(IdentifierDraft membership) {
        memberships.add(membership);
    }

    /** An identifier given in the party segment itself, with its scheme in another element (N103/N104). */
    public void setIdentifierScheme(String scheme) {
        this.identifierScheme = scheme;
    }

    public void setIdentifier(Text identifier) {
        this.identifier = identifier;
    }

    Party build() {
        List<Identifier> ids = new ArrayList<>();
        if (identifier != null) {
            ids.add(IdentifierDraft.of(identifierScheme == null ? "OTHER" : identifierScheme, identifier));
        }
        identifiers.stream().map(IdentifierDraft::build).filter(Objects::nonNull).forEach(ids::add);
        Address address = new Address(street, city, subdivision, postalCode, country);
        return new Party(role, nativeRole, name, address.isEmpty() ? null : address, contact, ids,
                memberships.stream().map(IdentifierDraft::build).filter(Objects::nonNull).toList());
    }

    /**
     * The role as a {@link PartyRole} name from a code table that cannot list every code the standard has (EDIFACT
     * 3035, decoded with {@code strict=false}): a value that names no role, such as the native code itself, is OTHER.
     */
    public void setRoleOrOther(String role) {
        if (role == null || role.isBlank()) {
            return;
        }
        try {
            this.role = PartyRole.valueOf(role.trim());
        } catch (IllegalArgumentException e) {
            this.role = PartyRole.OTHER;
        }
    }
}
