package org.borderedi.gateway.model;

import java.util.List;

/**
 * What carries the cargo: a vessel on a voyage, a truck on a trip, a train, a flight.
 *
 * @param journey     the voyage, trip or flight number (scheme VOYAGE, TRIP, FLIGHT, CRN)
 * @param date        the journey's date as written (flight date, sailing date), or null
 * @param carrier     the carrier code (SCAC, CBSA carrier code, IATA airline)
 * @param name        the vessel name, or null
 * @param identifiers IMO number, licence plate, rail car, ...
 * @param route       loading, first arrival, discharge, ... in order
 * @param equipment   the conveyance's own equipment (trailers, rail cars, containers of a consist)
 */
public record Conveyance(Identifier journey, Text date, Identifier carrier, Text name, Text nationality,
        List<Identifier> identifiers, List<Place> route, List<CrewMember> crew, List<Equipment> equipment) {

    public Conveyance {
        identifiers = List.copyOf(identifiers);
        route = List.copyOf(route);
        crew = List.copyOf(crew);
        equipment = List.copyOf(equipment);
    }
}
