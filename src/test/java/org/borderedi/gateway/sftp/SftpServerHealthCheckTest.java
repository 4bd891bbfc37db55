package org.borderedi.gateway.sftp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.apache.camel.health.HealthCheck;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The health check follows whether the server listens. */
class SftpServerHealthCheckTest {

    @TempDir
    Path workDir;

    private SftpTestBench bench;
    private SftpServerHealthCheck check;

    @BeforeEach
    void startServer() {
        bench = new SftpTestBench(workDir, 1024);
        check = new SftpServerHealthCheck(bench.server);
    }

    @AfterEach
    void stopServer() {
        bench.close();
    }

    @Test
    void is_up_with_host_port_and_partners_while_the_server_listens() {
        HealthCheck.Result result = check.call();
        assertEquals("sftp-server", check.getId());
        assertEquals(HealthCheck.State.UP, result.getState());
        assertEquals("127.0.0.1", result.getDetails().get("host"));
        assertEquals(bench.server.port(), result.getDetails().get("port"));
        assertEquals(2, result.getDetails().get("partners"));
    }

    @Test
    void is_down_once_the_server_has_stopped() {
        bench.server.stop();
        assertEquals(HealthCheck.State.DOWN, check.call().getState());
    }

    @Test
    void is_down_before_the_server_has_started() {
        EmbeddedSftpServer idle = new EmbeddedSftpServer(
                new SftpServerSettings(null, 0, workDir.resolve("idle-key"), workDir.resolve("idle"), 1024),
                bench.registry, new UploadTracker());
        assertEquals(HealthCheck.State.DOWN, new SftpServerHealthCheck(idle).call().getState());
    }
}
