package org.borderedi.gateway.rules;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import org.borderedi.gateway.model.GoodsLine;
import org.borderedi.gateway.model.Totals;

/** The rules every filing is held to, whatever its programme: identifiers with check digits, codes, totals, dates. */
final class CommonRules {

    static final Rule AIR_WAYBILL_FORMAT = new ValueFormat("BAD_WBL_FORMAT",
            "an air waybill number is NNN-NNNNNNNN with the check digit of its serial (first seven digits mod 7)",
            BillValues::airWaybills, AirWaybillNumber::isValid, "NNN-NNNNNNNN with a valid check digit");

    /** Weights are rounded on each goods line; half a percent of the total absorbs that. */
    private static final BigDecimal WEIGHT_TOLERANCE = new BigDecimal("0.005");

    private CommonRules() {
    }

    static List<Rule> rules(Clock clock) {
        return List.of(
                AIR_WAYBILL_FORMAT,
                new ValueFormat("INVALID_CONTAINER_NUMBER",
                        "a container number (scheme ISO6346) has owner code, category, serial and a valid check digit",
                        BillValues::containerNumbers, ContainerNumber::isValid, "an ISO 6346 number with a valid check digit"),
                new ValueFormat("INVALID_HS_CODE", "an HS code is 6 to 10 digits, dots ignored",
                        BillValues::hsCodes, HsCode::isValid, "6 to 10 digits"),
                new TotalAgainstGoods("TOTAL_PIECES_MISMATCH",
                        "the declared total pieces are the sum of the goods lines' pieces, when all are given in its unit",
                        "totals.pieces", "total pieces", Totals::pieces, GoodsLine::pieces, BigDecimal.ZERO),
                new TotalAgainstGoods("TOTAL_WEIGHT_MISMATCH",
                        "the declared gross weight is the sum of the goods lines' weights within 0.5%, when all are given in its unit",
                        "totals.grossWeight", "total gross weight", Totals::grossWeight, GoodsLine::grossWeight,
                        WEIGHT_TOLERANCE),
                new ValueFormat("INVALID_DATE", "a route or conveyance time is an ISO 8601 date or date-time",
                        BillValues::routeTimes, IsoDates::isDate, "an ISO 8601 date or date-time"),
                new DateInRange(clock));
    }
}
