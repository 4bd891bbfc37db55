package org.borderedi.gateway.sftp;

import java.io.IOException;
import java.security.KeyPair;
import java.security.PublicKey;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.camel.support.service.ServiceSupport;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.core.CoreModuleProperties;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.auth.password.UserAuthPasswordFactory;
import org.apache.sshd.server.auth.pubkey.UserAuthPublicKeyFactory;
import org.apache.sshd.server.channel.ChannelSessionFactory;
import org.apache.sshd.server.forward.RejectAllForwardingFilter;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;
import org.borderedi.gateway.partners.Channel;
import org.borderedi.gateway.partners.Partner;
import org.borderedi.gateway.partners.PartnerRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SFTP server partners on the embedded SFTP channel log in to: it offers nothing but SFTP, lets each partner see
 * only its own folder, and takes uploads only into that folder's {@code inbound/}.
 */
public final class EmbeddedSftpServer extends ServiceSupport {

    /** SSHD counts every authentication request, including the "would this key do?" queries clients send first. */
    static final int MAX_AUTH_REQUESTS = 6;
    static final Duration AUTH_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedSftpServer.class);

    private final SftpServerSettings settings;
    private final PartnerRegistry registry;
    private final UploadTracker uploads;

    private volatile SshServer server;
    private volatile KeyPair hostKey;
    private volatile int boundPort;
    private volatile int partnerCount;

    public EmbeddedSftpServer(SftpServerSettings settings, PartnerRegistry registry, UploadTracker uploads) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.registry = Objects.requireNonNull(registry, "registry");
        this.uploads = Objects.requireNonNull(uploads, "uploads");
        this.boundPort = settings.port();
    }

    @Override
    protected void doStart() throws Exception {
        KeyPair key = new HostKeyFile(settings.hostKeyFile()).loadOrCreate();
        Map<String, PartnerJail> jails = partnerJails();
        SshServer ssh = newServer(key, jails);
        try {
            ssh.start();
        } catch (IOException e) {
            ssh.stop(true);
            throw cannotListen(e);
        } catch (RuntimeException e) {
            ssh.stop(true);
            throw e;
        }
        // depending on how the bind fails, SSHD may only log it: a server that is not listening must stop start-up
        if (ssh.getBoundAddresses().isEmpty()) {
            ssh.stop(true);
            throw cannotListen(null);
        }
        hostKey = key;
        partnerCount = jails.size();
        boundPort = ssh.getPort();
        server = ssh;
        LOG.info("SFTP server listening on {}:{} for {} partners, host key {} {}", settings.host(), boundPort,
                partnerCount, KeyUtils.getKeyType(key.getPublic()), KeyUtils.getFingerPrint(key.getPublic()));
    }

    private IOException cannotListen(IOException cause) {
        return new IOException("the SFTP server cannot listen on " + settings.host() + ":" + settings.port()
                + " (is another program using that port? see gateway.sftp.port)", cause);
    }

    @Override
    protected void doStop() throws Exception {
        SshServer ssh = server;
        server = null;
        if (ssh == null) {
            return;
        }
        if (!ssh.close(false).await(STOP_TIMEOUT)) {
            ssh.close(true).await(STOP_TIMEOUT);
        }
        LOG.info("SFTP server on {}:{} stopped", settings.host(), boundPort);
    }

    /** The port the server is bound to once started (the configured one before). */
    public int port() {
        return boundPort;
    }

    public String host() {
        return settings.host();
    }

    /** The server's public host key, available once started. */
    public PublicKey hostKey() {
        KeyPair key = hostKey;
        if (key == null) {
            throw new IllegalStateException("the SFTP server has not been started yet");
        }
        return key.getPublic();
    }

    /** This server's line for an OpenSSH known_hosts file, to pin its host key: {@code [host]:port type base64}. */
    public String knownHostsLine() {
        int port = port();
        String hostPattern = port == 22 ? host() : "[" + host() + "]:" + port;
        return hostPattern + " " + PublicKeyEntry.toString(hostKey());
    }

    public boolean isListening() {
        SshServer ssh = server;
        return ssh != null && ssh.isStarted() && ssh.isOpen() && !ssh.getBoundAddresses().isEmpty();
    }

    /** How many partners may log in (those whose channel is the embedded SFTP server). */
    public int partnerCount() {
        return partnerCount;
    }

    /** Creates the folders of every partner on this channel, and the jail each login is kept in. */
    private Map<String, PartnerJail> partnerJails() {
        Map<String, PartnerJail> jails = new LinkedHashMap<>();
        for (Partner partner : registry.using(Channel.EmbeddedSftp.class)) {
            PartnerFolders folders = PartnerFolders.of(settings.partnersRoot(), partner.id());
            folders.create();
            jails.put(((Channel.EmbeddedSftp) partner.channel()).user(), PartnerJail.of(partner.id(), folders));
        }
        return jails;
    }

    private SshServer newServer(KeyPair key, Map<String, PartnerJail> jails) {
        SshServer ssh = SshServer.setUpDefaultServer();
        ssh.setHost(settings.host());
        ssh.setPort(settings.port());
        ssh.setKeyPairProvider(KeyPairProvider.wrap(key));

        PartnerAuthenticator authenticator = new PartnerAuthenticator(registry);
        ssh.setUserAuthFactories(List.of(UserAuthPublicKeyFactory.INSTANCE, UserAuthPasswordFactory.INSTANCE));
        ssh.setPasswordAuthenticator(authenticator);
        ssh.setPublickeyAuthenticator(authenticator);
        ssh.setKeyboardInteractiveAuthenticator(null);
        ssh.setGSSAuthenticator(null);
        ssh.setHostBasedAuthenticator(null);
        CoreModuleProperties.MAX_AUTH_REQUESTS.set(ssh, MAX_AUTH_REQUESTS);
        CoreModuleProperties.AUTH_TIMEOUT.set(ssh, AUTH_TIMEOUT);
        ssh.addSessionListener(new LoginLog());

        // SFTP only: no shell, no exec (and so no scp), no forwarding of ports, agents or X11
        ssh.setShellFactory(null);
        ssh.setCommandFactory(null);
        ssh.setChannelFactories(List.of(ChannelSessionFactory.INSTANCE));
        ssh.setForwardingFilter(RejectAllForwardingFilter.INSTANCE);
        ssh.setAgentFactory(null);
        ssh.setSubsystemFactories(List.of(sftpSubsystem(jails)));

        VirtualFileSystemFactory fileSystems = new VirtualFileSystemFactory();
        jails.forEach((user, jail) -> fileSystems.setUserHomeDir(user, jail.root()));
        ssh.setFileSystemFactory(fileSystems);
        return ssh;
    }

    private SftpSubsystemFactory sftpSubsystem(Map<String, PartnerJail> jails) {
        SftpSubsystemFactory sftp = new SftpSubsystemFactory();
        sftp.setFileSystemAccessor(new PartnerFolderGuard(jails, uploads, settings.maxUploadBytes()));
        sftp.setErrorStatusDataHandler(new RefusalReplies());
        sftp.addSftpEventListener(new ServerSideCopyGuard());
        return sftp;
    }
}
