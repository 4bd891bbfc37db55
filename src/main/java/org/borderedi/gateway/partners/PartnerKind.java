package org.borderedi.gateway.partners;

/** What sort of trading partner this is; it decides which channels and documents make sense for it. */
public enum PartnerKind {
    FORWARDER("forwarder"),
    AIR_CARRIER("air-carrier"),
    AGENCY_BACK_END("agency-back-end");

    private final String registryName;

    PartnerKind(String registryName) {
        this.registryName = registryName;
    }

    /** The spelling used in the partner registry. */
    public String registryName() {
        return registryName;
    }
}
