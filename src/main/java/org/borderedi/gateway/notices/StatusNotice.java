package org.borderedi.gateway.notices;
import org.borderedi.gateway.decisions.Decision;
import org.borderedi.gateway.decisions.HoldState;
import org.borderedi.gateway.model.Consignment;
import org.borderedi.gateway.model.Filing;
public record StatusNotice(Decision decision, HoldState state, Filing filing, Consignment consignment) {}
