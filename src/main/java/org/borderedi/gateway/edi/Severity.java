package org.borderedi.gateway.edi;

/** Whether a finding rejects what it is about, or is reported and let through (code lists in "warn" mode). */
public enum Severity {
    ERROR,
    WARNING
}
