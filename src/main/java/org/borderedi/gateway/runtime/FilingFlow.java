package org.borderedi.gateway.runtime;

import java.io.IOException;
import java.time.Clock;
import org.apache.camel.spi.Registry;
import org.borderedi.gateway.acks.BusinessAcknowledgments;
import org.borderedi.gateway.edi.ControlNumbers;
import org.borderedi.gateway.filing.BusinessReview;
import org.borderedi.gateway.filing.FilingAuthorization;
import org.borderedi.gateway.filing.FilingCheck;
import org.borderedi.gateway.filing.FilingDispatch;
import org.borderedi.gateway.filing.FilingFailures;
import org.borderedi.gateway.filing.FilingHistory;
import org.borderedi.gateway.filing.FilingRecorder;
import org.borderedi.gateway.filing.TargetingPayload;
import org.borderedi.gateway.intake.Archive;
import org.borderedi.gateway.intake.ErrorArea;
import org.borderedi.gateway.journal.FilingJournal;
import org.borderedi.gateway.journal.JdbcInterchangeHistory;
import org.borderedi.gateway.journal.Journal;
import org.borderedi.gateway.journal.StatusLog;
import org.borderedi.gateway.notices.StatusNotices;
import org.borderedi.gateway.status.DecisionIntake;
import org.borderedi.gateway.status.DecisionReader;
import org.borderedi.gateway.status.StillInPlace;
import org.borderedi.gateway.targeting.JdbcSealRecord;
import org.borderedi.gateway.targeting.ReferenceTargeting;
import org.borderedi.gateway.targeting.TargetingDesk;
import org.borderedi.gateway.model.canonical.CanonicalJson;
import org.borderedi.gateway.model.canonical.CanonicalXml;
import org.borderedi.gateway.outbound.OutboundDelivery;
import org.borderedi.gateway.partners.PartnerRegistry;
import org.borderedi.gateway.rules.BusinessValidation;
import org.borderedi.gateway.translation.FileTranslation;
import org.borderedi.gateway.translation.MappingCatalog;

/**
 * The beans of the filing flow ({@code routes/filing.yaml}, {@code routes/outbound.yaml}) and of decisions
 * ({@code routes/decisions.yaml}): every mapping compiled and
 * every schema loaded here, once, before any route takes a filing.
 */
final class FilingFlow {

    private FilingFlow() {
    }

    static void bind(Registry beans, GatewaySettings settings, DataDirectory data, PartnerRegistry partners,
            Journal journal, JdbcInterchangeHistory history, ControlNumbers numbers) throws IOException {
        Clock clock = Clock.systemUTC();
        ProjectFolders folders = ProjectFolders.ofWorkingDirectory();
        CanonicalXml canonicalXml = new CanonicalXml(folders);
        FilingJournal filings = new FilingJournal(journal.dataSource(), clock);
        TargetingPayload payload = settings.targetingPayload();
        FileTranslation translation = new FileTranslation(SyntaxChecks.standard(), MappingCatalog.load(folders), canonicalXml);

        beans.bind("filingJournal", filings);
        beans.bind("filingHistory", new FilingHistory(filings));
        beans.bind("filingCheck", new FilingCheck(partners, settings.identity(), history, numbers, translation,
                new Archive(data.root()), new ErrorArea(data.root())));
        beans.bind("businessReview", new BusinessReview(BusinessValidation.standard(clock), new FilingAuthorization(),
                new BusinessAcknowledgments(settings.identity(), numbers, clock)));
        StatusLog statusLog = new StatusLog(journal.dataSource(), clock);
        StatusNotices notices = new StatusNotices(settings.identity(), numbers, clock);
        beans.bind("filingRecorder", new FilingRecorder(filings, canonicalXml,
                payload.writer(canonicalXml, new CanonicalJson()), new StillInPlace(statusLog, notices, partners, clock)));
        beans.bind("filingDispatch", new FilingDispatch(filings, payload));
        beans.bind("filingFailures", new FilingFailures(filings, settings.maximumRedeliveries()));
        beans.bind("outboundDelivery", new OutboundDelivery(partners, filings, data.partnerFolders(),
                data.outboundPending(), data.outboundRemote()));

        // decisions from targeting and their notices (routes/decisions.yaml)
        beans.bind("decisionReader", new DecisionReader(folders.mapping("canonical/decision.xsd")
                .orElseThrow(() -> new IllegalStateException("mappings/canonical/decision.xsd is missing"))));
        beans.bind("decisionIntake", new DecisionIntake(statusLog, filings, partners, notices, canonicalXml));
        beans.bind("decisionSharing", settings.decisionSharing());
        beans.bind("targetingDesk", new TargetingDesk(
                ReferenceTargeting.load(folders, new JdbcSealRecord(journal.dataSource(), clock), clock), canonicalXml));
    }
}
