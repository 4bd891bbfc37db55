package org.borderedi.gateway.translation.draft;

import java.util.Map;

/**
 * Unit codes of every inbound format, normalised to UN/ECE Recommendation 20: X12 and Cargo-IMP weights (K, L),
 * volume qualifiers, and the Rec 20 codes themselves. A code not known here is kept as it is.
 */
public final class Units {

    private static final Map<String, String> WEIGHT = Map.of(
            "K", "KGM", "KG", "KGM", "KGS", "KGM", "KGM", "KGM",
            "L", "LBR", "LB", "LBR", "LBS", "LBR", "LBR", "LBR");

    private static final Map<String, String> VOLUME = Map.ofEntries(
            Map.entry("MC", "MTQ"), Map.entry("CR", "MTQ"), Map.entry("X", "MTQ"), Map.entry("MTQ", "MTQ"),
            Map.entry("CBM", "MTQ"), Map.entry("CF", "FTQ"), Map.entry("E", "FTQ"), Map.entry("FTQ", "FTQ"),
            Map.entry("CI", "INQ"), Map.entry("INQ", "INQ"), Map.entry("CC", "CMQ"), Map.entry("CMQ", "CMQ"));

    private Units() {
    }

    /** KGM or LBR for a weight unit code; the code itself when it is none of the known ones; null for null. */
    public static String weight(String code) {
        return code == null ? null : WEIGHT.getOrDefault(code.trim(), code.trim());
    }

    /** MTQ, FTQ, INQ or CMQ for a volume unit code; the code itself when unknown; null for null. */
    public static String volume(String code) {
        return code == null ? null : VOLUME.getOrDefault(code.trim(), code.trim());
    }
}
