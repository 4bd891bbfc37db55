package org.borderedi.gateway.partners;

import java.util.Set;

/**
 * A trading partner as the registry describes it: who it is, what it may file and under which identities, the channel
 * it uses, how it wants its acknowledgments and how strictly its code values are checked.
 */
public record Partner(
        String id,
        String name,
        PartnerKind kind,
        EdiIdentities identities,
        Channel channel,
        AckPreferences acknowledgments,
        CodeListMode codeLists,
        Set<FilingFormat> formats) {

    public Partner {
        formats = Set.copyOf(formats);
    }

    public boolean mayFile(FilingFormat format) {
        return formats.contains(format);
    }
}
