package org.borderedi.gateway.partners;

/**
 * How strictly a partner's code values are checked against the code lists the gateway knows. Stale code lists are
 * the commonest complaint against validators, so a partner can be moved to {@code warn} (findings, but accepted) or
 * {@code off} without touching anything else.
 */
public enum CodeListMode {
    STRICT("strict"),
    WARN("warn"),
    OFF("off");

    private final String registryName;

    CodeListMode(String registryName) {
        this.registryName = registryName;
    }

    public String registryName() {
        return registryName;
    }
}
