package org.borderedi.gateway.model;

import java.util.List;

/**
 * One goods line of a consignment: what it is, how much, and in which equipment.
 *
 * @param hsCode        the tariff classification (HS, or a national extension) as an identifier
 * @param equipmentRefs the ids of the {@link Equipment} the goods are in
 */
public record GoodsLine(Text sequence, Text description, Measure pieces, Measure grossWeight, Measure volume, Text marks,
        Identifier hsCode, Text origin, Measure value, Hazmat hazmat, List<Text> equipmentRefs) {

    public GoodsLine {
        equipmentRefs = List.copyOf(equipmentRefs);
    }
}
