package org.borderedi.gateway.model;

/** Whether a consignment is a master (with houses under it), a house, or stands alone. */
public enum ConsignmentRole {
    MASTER,
    HOUSE,
    SIMPLE
}
