package org.borderedi.gateway.intake;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.camel.spi.RouteTemplateParameterSource;
import org.borderedi.gateway.partners.Channel;
import org.borderedi.gateway.partners.Partner;
import org.borderedi.gateway.partners.PartnerRegistry;
import org.borderedi.gateway.partners.Secret;
import org.borderedi.gateway.sftp.PartnerFolders;

/**
 * Partners are data, not code: this gives Camel one route per partner, made from the route template of the partner's
 * channel ({@code routes/inbound-sftp.yaml}, {@code routes/inbound-jms.yaml}) with the partner's own parameters.
 */
public final class PartnerChannelRoutes implements RouteTemplateParameterSource {

    static final String EMBEDDED_SFTP_TEMPLATE = "embedded-sftp-drop";
    static final String REMOTE_SFTP_TEMPLATE = "remote-sftp-drop";
    static final String JMS_TEMPLATE = "jms-filing";
    static final String REMOTE_SFTP_ANSWERS_TEMPLATE = "remote-sftp-answers";

    private final Map<String, Map<String, Object>> routes = new LinkedHashMap<>();

    /**
     * @param knownHostsDir where each remote partner's pinned host key is written as a known_hosts file
     * @param downloadsDir  where Camel downloads files from partners' own servers
     * @param answersDir    per partner with its own server, where its answers wait to be uploaded
     */
    public PartnerChannelRoutes(PartnerRegistry registry, IntakeSettings intake, Path knownHostsDir, Path downloadsDir,
            Path answersDir) throws IOException {
        for (Partner partner : registry.all()) {
            Map<String, Object> parameters = new LinkedHashMap<>();
            parameters.put("partnerId", partner.id());
            if (partner.channel() instanceof Channel.EmbeddedSftp) {
                parameters.put(TEMPLATE_ID, EMBEDDED_SFTP_TEMPLATE);
                parameters.put("inboundDir", PartnerFolders.of(intake.partnersRoot(), partner.id()).inbound().toString());
                routes.put("sftp-drops-" + partner.id(), parameters);
            } else if (partner.channel() instanceof Channel.RemoteSftp remote) {
                parameters.put(TEMPLATE_ID, REMOTE_SFTP_TEMPLATE);
                parameters.put("host", remote.host());
                parameters.put("port", remote.port());
                parameters.put("user", remote.user());
                parameters.put("inboundDir", remote.inboundDir());
                parameters.put("password", remote.password().map(Secret::value).orElse(""));
                parameters.put("privateKeyFile", remote.privateKey().map(Path::toString).orElse(""));
                parameters.put("knownHostsFile", KnownHostsFile.write(knownHostsDir, partner.id(), remote.knownHost()).toString());
                Map<String, Object> answers = new LinkedHashMap<>(parameters);
                parameters.put("downloadDir", downloadsDir.resolve(partner.id()).toString());
                routes.put("remote-sftp-drops-" + partner.id(), parameters);
                answers.remove("inboundDir");
                answers.put(TEMPLATE_ID, REMOTE_SFTP_ANSWERS_TEMPLATE);
                answers.put("outboundDir", remote.outboundDir());
                answers.put("stagingDir", answersDir.resolve(partner.id()).toString());
                routes.put("remote-sftp-answers-" + partner.id(), answers);
            } else if (partner.channel() instanceof Channel.JmsQueues queues) {
                parameters.put(TEMPLATE_ID, JMS_TEMPLATE);
                parameters.put("inboundQueue", queues.inboundQueue());
                parameters.put("replyQueue", queues.replyQueue());
                routes.put("jms-filings-" + partner.id(), parameters);
            }
        }
    }

    @Override
    public Set<String> routeIds() {
        return routes.keySet();
    }

    @Override
    public Map<String, Object> parameters(String routeId) {
        return routes.get(routeId);
    }
}
