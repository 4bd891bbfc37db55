package org.borderedi.gateway.rules;

import java.util.stream.Stream;
import org.borderedi.gateway.model.Consignment;
import org.borderedi.gateway.model.Filing;

/** Which bills of a filing a table rule asks its value of. */
enum BillSelection {

    /** Every consignment: masters, houses and simple bills. */
    EVERY_BILL {
        @Override
        Stream<Consignment> of(Filing filing) {
            return filing.consignments().stream();
        }
    },

    /** The bills the pre-load 7+1 data is asked of: houses, simple bills and masters with no houses under them. */
    WITHOUT_HOUSES {
        @Override
        Stream<Consignment> of(Filing filing) {
            return Bills.withoutHouses(filing);
        }
    };

    abstract Stream<Consignment> of(Filing filing);
}
