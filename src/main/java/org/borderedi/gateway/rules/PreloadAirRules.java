package org.borderedi.gateway.rules;

import static org.borderedi.gateway.model.PartyRole.CONSIGNEE;
import static org.borderedi.gateway.model.PartyRole.SHIPPER;
import static org.borderedi.gateway.rules.BillSelection.WITHOUT_HOUSES;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The pre-load air rules (PACT, ACAS): the 7+1 data, asked of every house, of every simple bill and of every master
 * with no houses under it; a master with houses needs only its AWB, its houses carry the rest.
 */
final class PreloadAirRules {

    static final String HOUSE_NUMBER = "1 to 12 letters and digits";
    private static final Pattern HOUSE_NUMBER_SHAPE = Pattern.compile("[A-Za-z0-9]{1,12}");
    static final String POSITIVE = "a positive number";
    static final String WHOLE = "a positive whole number";

    private PreloadAirRules() {
    }

    static List<Rule> rules() {
        return List.of(
                new MissingWaybill(),
                new RequiredValue("MISSING_HOUSE_BILL_NBR", "a house has its house waybill number",
                        WITHOUT_HOUSES, MissingValues.houseNumber()),
                new ValueFormat("INVALID_HOUSE_BILL_NBR", "a house waybill number is " + HOUSE_NUMBER,
                        BillValues::houseNumbers, number -> HOUSE_NUMBER_SHAPE.matcher(number).matches(), HOUSE_NUMBER),
                new RequiredValue("MISSING_SHP_NAME", "the shipper has a name",
                        WITHOUT_HOUSES, MissingValues.partyName(SHIPPER)),
                new RequiredValue("MISSING_SHP_ADDR", "the shipper's address has a street and a city",
                        WITHOUT_HOUSES, MissingValues.partyAddress(SHIPPER)),
                new RequiredValue("MISSING_SHP_CTRY", "the shipper's address has a country",
                        WITHOUT_HOUSES, MissingValues.partyCountry(SHIPPER)),
                new RequiredValue("MISSING_CNE_NAME", "the consignee has a name",
                        WITHOUT_HOUSES, MissingValues.partyName(CONSIGNEE)),
                new RequiredValue("MISSING_CNE_ADDR", "the consignee's address has a street and a city",
                        WITHOUT_HOUSES, MissingValues.partyAddress(CONSIGNEE)),
                new RequiredValue("MISSING_CNE_CTRY", "the consignee's address has a country",
                        WITHOUT_HOUSES, MissingValues.partyCountry(CONSIGNEE)),
                new RequiredValue("MISSING_WEIGHT", "the bill declares its total gross weight",
                        WITHOUT_HOUSES, MissingValues.grossWeight()),
                new ValueFormat("INVALID_WEIGHT", "a total gross weight is " + POSITIVE,
                        BillValues.grossWeights(WITHOUT_HOUSES), Amounts::isPositive, POSITIVE),
                new WeightUnit(),
                new RequiredValue("MISSING_BILL_QTY", "the bill declares its total number of pieces",
                        WITHOUT_HOUSES, MissingValues.pieces()),
                new ValueFormat("INVALID_BILL_QTY", "a total number of pieces is " + WHOLE,
                        BillValues.pieceCounts(WITHOUT_HOUSES), Amounts::isPositiveWhole, WHOLE),
                new RequiredValue("MISSING_CARGO_DESC", "a goods line of the bill describes the cargo",
                        WITHOUT_HOUSES, MissingValues.cargoDescription()),
                new ConsolidationWithoutHouses(),
                CommonRules.AIR_WAYBILL_FORMAT);
    }
}
