package org.borderedi.gateway.model;

/** The declared totals of a consignment, to be checked against its goods lines. */
public record Totals(Measure pieces, Measure grossWeight, Measure volume) {

    public static final Totals NONE = new Totals(null, null, null);
}
