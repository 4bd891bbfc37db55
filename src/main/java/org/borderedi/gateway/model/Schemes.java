package org.borderedi.gateway.model;

/** The identifier schemes the mappings use, so that every format names the same thing the same way. */
public final class Schemes {

    public static final String BILL_OF_LADING = "BILL_OF_LADING";
    public static final String HOUSE_BILL = "HOUSE_BILL";
    public static final String MASTER_AIR_WAYBILL = "AWB";
    public static final String HOUSE_AIR_WAYBILL = "HAWB";
    public static final String CARGO_CONTROL_NUMBER = "CCN";
    public static final String CONVEYANCE_REFERENCE = "CRN";
    public static final String SHIPMENT_CONTROL_NUMBER = "SCN";
    public static final String IN_BOND = "IN_BOND";
    public static final String TRIP = "TRIP";
    public static final String VOYAGE = "VOYAGE";
    public static final String FLIGHT = "FLIGHT";
    public static final String SCAC = "SCAC";
    public static final String CBSA_CARRIER = "CBSA_CARRIER";
    public static final String IATA_AIRLINE = "IATA";
    public static final String IMO = "IMO";
    public static final String LICENSE_PLATE = "LICENSE_PLATE";
    public static final String CONTAINER = "ISO6346";
    public static final String ULD = "ULD";
    public static final String TRAILER = "TRAILER";
    public static final String RAIL_CAR = "RAIL_CAR";
    public static final String HS = "HS";
    public static final String UNLOCODE = "UNLOCODE";
    public static final String IATA_AIRPORT = "IATA_AIRPORT";
    public static final String US_PORT = "US_SCHEDULE_D";
    public static final String FOREIGN_PORT = "SCHEDULE_K";
    public static final String CBSA_OFFICE = "CBSA_OFFICE";
    public static final String PASSPORT = "PASSPORT";
    public static final String FAST_CARD = "FAST";
    public static final String DRIVER_LICENCE = "DRIVER_LICENCE";
    public static final String C_TPAT = "C-TPAT";
    public static final String PIP = "PIP";
    public static final String AEO = "AEO";
    public static final String KNOWN_CONSIGNOR = "KNOWN_CONSIGNOR";
    public static final String REGULATED_AGENT = "REGULATED_AGENT";
    public static final String OTHER = "OTHER";

    private Schemes() {
    }
}
