package org.borderedi.gateway.translation.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.borderedi.gateway.model.Conveyance;
import org.borderedi.gateway.model.Identifier;
import org.borderedi.gateway.model.Schemes;
import org.borderedi.gateway.model.Text;

/** The conveyance as its segments arrive: journey, carrier, vessel or vehicle, route, crew and equipment. */
public final class ConveyanceDraft {

    private String journeyScheme = Schemes.VOYAGE;
    private Text journey;
    private Text date;
    private String carrierScheme = Schemes.SCAC;
    private Text carrier;
    private Text name;
    private Text nationality;
    private final List<Identifier> identifiers = new ArrayList<>();
    private final List<PlaceDraft> route = new ArrayList<>();
    private final List<CrewDraft> crew = new ArrayList<>();
    private final List<EquipmentDraft> equipment = new ArrayList<>();

    /** VOYAGE, TRIP, FLIGHT or CRN. */
    public void setJourneyScheme(String scheme) {
        this.journeyScheme = scheme;
    }

    public void setJourney(Text journey) {
        this.journey = journey;
    }

    public void setDate(Text date) {
        this.date = Dates.combine(date, null);
    }

    /** SCAC, CBSA_CARRIER or IATA. */
    public void setCarrierScheme(String scheme) {
        this.carrierScheme = scheme;
    }

    public void setCarrier(Text carrier) {
        this.carrier = carrier;
    }

    public void setName(Text name) {
        this.name = name;
    }

    public void setNationality(Text nationality) {
        this.nationality = nationality;
    }

    public void setImo(Text imo) {
        identifier(Schemes.IMO, imo);
    }

    public void setLicensePlate(Text plate) {
        identifier(Schemes.LICENSE_PLATE, plate);
    }

    public void addIdentifier(IdentifierDraft identifier) {
        Identifier built = identifier.build();
        if (built != null) {
            identifiers.add(built);
        }
    }

    public void addPlace(PlaceDraft place) {
        route.add(place);
    }

    public void addCrew(CrewDraft member) {
        crew.add(member);
    }

    public void addEquipment(EquipmentDraft item) {
        equipment.add(item);
    }

    private void identifier(String scheme, Text value) {
        Identifier id = IdentifierDraft.of(scheme, value);
        if (id != null) {
            identifiers.add(id);
        }
    }

    Conveyance build() {
        return new Conveyance(IdentifierDraft.of(journeyScheme, journey), date, IdentifierDraft.of(carrierScheme, carrier),
                name, nationality, identifiers, route.stream().map(PlaceDraft::build).filter(Objects::nonNull).toList(),
                crew.stream().map(CrewDraft::build).toList(),
                equipment.stream().map(EquipmentDraft::build).filter(Objects::nonNull).toList());
    }

    /**
     * A flight as Cargo-XML writes it, airline designator and number ("XB881"): the journey in scheme FLIGHT and, when
     * no carrier has been given, the carrier in scheme IATA from the flight's first two characters (an XFFM names no
     * carrier of its own). Added for Cargo-XML XFFM.
     */
    public void setFlightNumber(Text flight) {
        if (flight == null) {
            return;
        }
        journeyScheme = Schemes.FLIGHT;
        journey = flight;
        if (carrier == null && flight.value().length() > 2) {
            carrierScheme = Schemes.IATA_AIRLINE;
            carrier = new Text(flight.value().substring(0, 2), flight.source());
        }
    }
}
