package org.borderedi.gateway.translation.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.borderedi.gateway.model.Conveyance;
import org.borderedi.gateway.model.Identifier;
import org.borderedi.gateway.model.PlaceRole;
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
    private final List<IdentifierDraft> laterIdentifiers = new ArrayList<>();

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

    /**
     * An identifier whose scheme and value are bound after it is wired in (Smooks wires a bean as soon as it is
     * created): it is read when the conveyance is built, after those given by the setters.
     */
    public void addIdentifier(IdentifierDraft identifier) {
        laterIdentifiers.add(identifier);
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
        List<Identifier> all = new ArrayList<>(identifiers);
        laterIdentifiers.stream().map(IdentifierDraft::build).filter(Objects::nonNull).forEach(all::add);
        return new Conveyance(IdentifierDraft.of(journeyScheme, journey), date, IdentifierDraft.of(carrierScheme, carrier),
                name, nationality, all, route.stream().map(PlaceDraft::build).filter(Objects::nonNull).toList(),
                crew.stream().map(CrewDraft::build).toList(),
                equipment.stream().map(EquipmentDraft::build).filter(Objects::nonNull).toList());
    }

    private Text flightCarrier;
    private Text flightNumber;

    /**
     * The airline of a flight that the message writes apart from the flight number (Cargo-IMP {@code LH6770} read as
     * LH and 6770): the carrier (scheme IATA), and with {@link #setFlightNumber} the journey "LH6770" (scheme FLIGHT),
     * whose source is the airline's. Either may come first.
     */
    public void setFlightCarrier(Text carrier) {
        flightCarrier = carrier;
        if (carrier != null) {
            setCarrierScheme(Schemes.IATA_AIRLINE);
            setCarrier(carrier);
        }
        joinFlight();
    }

    /** The flight number written apart from its airline; see {@link #setFlightCarrier}. */
    public void setFlightNumber(Text number) {
        flightNumber = number;
        joinFlight();
    }

    private void joinFlight() {
        if (flightCarrier != null && flightNumber != null) {
            setJourneyScheme(Schemes.FLIGHT);
            setJourney(new Text(flightCarrier.value() + flightNumber.value(), flightCarrier.source()));
        }
    }

    /**
     * When the conveyance arrives (EDIFACT DTM 132/178 in the TDT group): the date of the route's first place of
     * arrival, else of its arrival, else of its discharge place, given before it; dropped when there is none.
     */
    public void setArrivalDate(Text date) {
        datePlace(date, PlaceRole.FIRST_ARRIVAL, PlaceRole.ARRIVAL,
                PlaceRole.DISCHARGE);
    }

    /**
     * When the conveyance leaves (EDIFACT DTM 133/186 in the TDT group): the date of the route's departure place,
     * else of its loading place, given before it; dropped when there is none.
     */
    public void setDepartureDate(Text date) {
        datePlace(date, PlaceRole.DEPARTURE, PlaceRole.LOADING);
    }

    private void datePlace(Text date, PlaceRole... roles) {
        if (date == null) {
            return;
        }
        for (PlaceRole role : roles) {
            for (int i = route.size() - 1; i >= 0; i--) {
                PlaceDraft place = route.get(i);
                if (place.role() == role && !place.dated()) {
                    place.setDate(date);
                    return;
                }
            }
        }
    }

    /**
     * A flight as Cargo-XML writes it, airline designator and number ("XB881"): the journey in scheme FLIGHT and, when
     * no carrier has been given, the carrier in scheme IATA from the flight's first two characters (an XFFM names no
     * carrier of its own). Added for Cargo-XML XFFM.
     */
    public void setFlight(Text flight) {
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
