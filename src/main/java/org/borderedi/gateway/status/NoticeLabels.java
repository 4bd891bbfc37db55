package org.borderedi.gateway.status;

import org.borderedi.gateway.notices.NoticeKind;

/** The label a notice's file name carries, so the filer sees what it is ({@code <receipt>-<nn>-350.x12}). */
final class NoticeLabels {

    private NoticeLabels() {
    }

    static String label(NoticeKind kind) {
        return switch (kind) {
            case X12_350 -> "350";
            case CUSRES -> "cusres-status";  // not "cusres": that is the business acknowledgment
            case CAMIR_PSN -> "psn";
            case XCSN -> "xcsn";
            case CANONICAL_DECISION -> "notice";
        };
    }
}
