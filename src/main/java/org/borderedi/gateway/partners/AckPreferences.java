package org.borderedi.gateway.partners;

/**
 * How a partner wants its syntax acknowledgments.
 *
 * @param functionalAck 997 or 999 for X12 functional groups
 * @param ta1           when to send a TA1 interchange acknowledgment
 * @param contrl        when to send an EDIFACT CONTRL
 */
public record AckPreferences(FunctionalAck functionalAck, AckPolicy ta1, AckPolicy contrl) {

    public static final AckPreferences DEFAULTS =
            new AckPreferences(FunctionalAck.X12_997, AckPolicy.WHEN_REQUESTED, AckPolicy.WHEN_REQUESTED);

    /** The X12 functional acknowledgment transaction set. */
    public enum FunctionalAck {
        X12_997("997"),
        X12_999("999");

        private final String registryName;

        FunctionalAck(String registryName) {
            this.registryName = registryName;
        }

        public String registryName() {
            return registryName;
        }
    }

    /** Whether an acknowledgment goes out only when the interchange asks for it (ISA14, UNB 0031) or always. */
    public enum AckPolicy {
        WHEN_REQUESTED("when-requested"),
        ALWAYS("always");

        private final String registryName;

        AckPolicy(String registryName) {
            this.registryName = registryName;
        }

        public String registryName() {
            return registryName;
        }
    }
}
