package org.borderedi.gateway.status;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.borderedi.gateway.decisions.ConsignmentStatus;
import org.borderedi.gateway.decisions.Decision;
import org.borderedi.gateway.decisions.StatusEntry;
import org.borderedi.gateway.filing.RefilingNotices;
import org.borderedi.gateway.journal.StatusLog;
import org.borderedi.gateway.model.Consignment;
import org.borderedi.gateway.model.Filing;
import org.borderedi.gateway.notices.NoticeDocument;
import org.borderedi.gateway.notices.StatusNotice;
import org.borderedi.gateway.notices.StatusNotices;
import org.borderedi.gateway.partners.PartnerRegistry;

/** The status log's answer to a re-filing: each hold still open on the consignment's bill, told "in place". */
public final class StillInPlace implements RefilingNotices {

    private final StatusLog log;
    private final StatusNotices notices;
    private final PartnerRegistry partners;
    private final Clock clock;

    public StillInPlace(StatusLog log, StatusNotices notices, PartnerRegistry partners, Clock clock) {
        this.log = log;
        this.notices = notices;
        this.partners = partners;
        this.clock = clock;
    }

    @Override
    public List<Notice> notices(String partnerId, Filing filing, Consignment consignment) {
        if (consignment.number() == null) {
            return List.of();
        }
        String bill = consignment.number().value();
        List<Notice> told = new ArrayList<>();
        for (StatusEntry step : ConsignmentStatus.replay(log.entries(partnerId, bill)).refiled()) {
            Decision decision = new Decision("refiled:" + filing.id() + ":" + consignment.id() + ":" + step.kind(),
                    filing.id(), consignment.id(), consignment.number().scheme(), bill, "GATEWAY", step.kind(), null,
                    "filed again while the hold is still in place", clock.instant());
            notices.write(new StatusNotice(decision, step.state(), filing, consignment), partners.byId(partnerId).orElse(null))
                    .map(StillInPlace::notice).ifPresent(told::add);
        }
        return told;
    }

    private static Notice notice(NoticeDocument document) {
        return new Notice(document.kind().name(), NoticeLabels.label(document.kind()), document.fileExtension(),
                document.controlNumber(), document.text());
    }
}
