package org.borderedi.gateway.runtime;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClientFactory;

/**
 * The gateway as a separate JVM, started the way an operator starts it (the launcher, a {@code --config} file,
 * environment variables), so that a test can kill it with SIGKILL and start it again.
 */
public final class GatewayProcess implements AutoCloseable {

    private final Process process;
    private final Path log;

    private GatewayProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /**
     * @param workDir     the working directory (it has no routes/ folder, so the routes packaged with the classes are used)
     * @param config      the --config file
     * @param environment extra environment variables
     * @param failpoint   a failpoint to arm, if any
     */
    public static GatewayProcess start(Path workDir, Path config, Map<String, String> environment, Optional<String> failpoint,
            String logName) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-cp", classpath(),
                "-Dlogback.configurationFile=" + Path.of("src/test/resources/logback-gateway-process.xml").toAbsolutePath()));
        failpoint.ifPresent(name -> command.add("-Dgateway.failpoint=" + name));
        command.addAll(List.of(GatewayLauncher.class.getName(), "--config", config.toString()));
        Path log = workDir.resolve(logName);
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        GatewayProcess gateway = new GatewayProcess(builder.start(), log);
        try {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                    .until(() -> gateway.logContains("Border EDI Gateway ready") || !gateway.process.isAlive());
        } catch (RuntimeException notReady) {
            gateway.process.destroyForcibly();
            throw new IllegalStateException("the gateway did not become ready:\n" + gateway.logText(), notReady);
        }
        if (!gateway.process.isAlive()) {
            throw new IllegalStateException("the gateway exited at start-up:\n" + gateway.logText());
        }
        return gateway;
    }

    /**
     * Writes a {@code --config} file for a gateway under test: loopback servers on these ports, quick polling and
     * redelivery, and the extra {@code key = value} lines a test needs.
     */
    public static Path testConfig(Path file, String gatewayPassword, int brokerPort, int sftpPort, int healthPort,
            String... extra) throws IOException {
        List<String> lines = new ArrayList<>(List.of(
                "gateway.broker.password = " + gatewayPassword,
                "gateway.broker.embedded.port = " + brokerPort,
                "gateway.broker.embedded.store-limit-mib = 512",
                "gateway.sftp.port = " + sftpPort,
                "gateway.health.port = " + healthPort,
                "gateway.intake.quiet-period-ms = 300",
                "gateway.intake.poll-interval-ms = 200",
                "gateway.broker.redelivery.initial-delay-ms = 100"));
        lines.addAll(List.of(extra));
        lines.add("");
        return Files.writeString(file, String.join("\n", lines));
    }

    /** Waits until the gateway reports that it holds at the armed failpoint. */
    public void awaitFailpoint(String name, Duration atMost) {
        try {
            await().atMost(atMost).pollInterval(Duration.ofMillis(100)).until(() -> logContains("FAILPOINT " + name + " reached"));
        } catch (RuntimeException notReached) {
            throw new IllegalStateException("failpoint " + name + " was not reached:\n" + logText(), notReached);
        }
    }

    /** Kills the process with SIGKILL, as {@code kill -9} does: no shutdown hooks, nothing flushed. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    public boolean logContains(String text) {
        return logText().contains(text);
    }

    public String logText() {
        try {
            return Files.exists(log) ? Files.readString(log) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            kill();
        }
    }

    /** A port nothing listens on now, for a gateway's loopback server. */
    public static int freePort() throws IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Uploads a file to the gateway's SFTP server as a partner does: written in one go under its final name. */
    public static void upload(int sftpPort, String user, String password, String path, byte[] content) throws IOException {
        try (SshClient ssh = SshClient.setUpDefaultClient()) {
            ssh.start();
            try (ClientSession session = ssh.connect(user, "127.0.0.1", sftpPort).verify(Duration.ofSeconds(10)).getSession()) {
                session.addPasswordIdentity(password);
                session.auth().verify(Duration.ofSeconds(10));
                try (SftpClient sftp = SftpClientFactory.instance().createSftpClient(session);
                        OutputStream out = sftp.write(path)) {
                    out.write(content);
                }
            }
        }
    }

    private static String classpath() throws IOException {
        Path target = Path.of("target");
        return target.resolve("classes").toAbsolutePath() + java.io.File.pathSeparator
                + Files.readString(target.resolve("runtime-classpath.txt")).strip();
    }
}
