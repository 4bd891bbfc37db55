package org.borderedi.gateway.filing;

import java.util.List;
import org.borderedi.gateway.model.Consignment;
import org.borderedi.gateway.model.Filing;

/**
 * What a consignment filed again is told while a hold on it is open: the hold, "still in place" (PACT 6J/7J/8J, XCSN
 * still CD/RI/RS). The notices are journaled and sent with the filing's acknowledgments.
 */
public interface RefilingNotices {

    /** For a gateway without a status log: nothing to tell. */
    RefilingNotices NONE = (partnerId, filing, consignment) -> List.of();

    List<Notice> notices(String partnerId, Filing filing, Consignment consignment);

    /** One notice, ready to journal: its kind, the label and extension of its file name, its control number and text. */
    record Notice(String kind, String label, String extension, String controlNumber, String text) {
    }
}
