package org.borderedi.gateway.translation.draft;

import org.borderedi.gateway.model.Identifier;
import org.borderedi.gateway.model.Place;
import org.borderedi.gateway.model.PlaceRole;
import org.borderedi.gateway.model.Text;

/** A place in a route: its role (a {@link PlaceRole} name), code and scheme, name, and date or date-time. */
public final class PlaceDraft {

    private PlaceRole role;
    private String scheme;
    private Text code;
    private Text name;
    private Text date;
    private Text time;

    public void setRole(String role) {
        if (role != null && !role.isBlank()) {
            this.role = PlaceRole.valueOf(role.trim());
        }
    }

    public void setScheme(String scheme) {
        this.scheme = scheme;
    }

    public void setCode(Text code) {
        this.code = code;
    }

    public void setName(Text name) {
        this.name = name;
    }

    /** A date (CCYYMMDD, CCYY-MM-DD, ddMMM...) as written. */
    public void setDate(Text date) {
        this.date = date;
    }

    /** A time of day (HHMM) that goes with the date. */
    public void setTime(Text time) {
        this.time = time;
    }

    Place build() {
        if (role == null || code == null && name == null) {
            return null;
        }
        Identifier location = code == null ? null : new Identifier(scheme == null ? "OTHER" : scheme, code.value(), code.source());
        return new Place(role, location, name, Dates.combine(date, time));
    }

    /**
     * The role as a {@link PlaceRole} name from a code table that cannot list every code the standard has (EDIFACT
     * 3227, decoded with {@code strict=false}): a value that names no role leaves the place without one, so it is left
     * out of the route.
     */
    public void setRoleIfKnown(String role) {
        if (role == null || role.isBlank()) {
            return;
        }
        try {
            this.role = PlaceRole.valueOf(role.trim());
        } catch (IllegalArgumentException e) {
            this.role = null;
        }
    }

    /** The scheme when no {@link #setScheme} names one, whichever comes first (EDIFACT LOC without its 3055). */
    public void setDefaultScheme(String scheme) {
        if (this.scheme == null) {
            this.scheme = scheme;
        }
    }

    /** The role so far, for drafts that date a place of their route. */
    PlaceRole role() {
        return role;
    }

    /** Whether a date has been given. */
    boolean dated() {
        return date != null;
    }
}
