package org.borderedi.gateway.model;

import java.util.List;

/**
 * A container, trailer, rail car or ULD with its seals.
 *
 * @param id         the equipment's number; the scheme says which kind ({@link Schemes#CONTAINER}, ULD, ...)
 * @param isoType    the ISO 6346 size/type code (or ULD type), or null
 * @param loadStatus LOADED or EMPTY when the filer says, else null
 */
public record Equipment(Identifier id, Text isoType, String loadStatus, List<Seal> seals) {

    public Equipment {
        seals = List.copyOf(seals);
    }
}
