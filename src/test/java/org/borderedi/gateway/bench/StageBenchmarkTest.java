package org.borderedi.gateway.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.borderedi.gateway.edi.GatewayIdentity;
import org.borderedi.gateway.edi.Syntax;
import org.borderedi.gateway.partners.EdiIdentities.EdifactIdentity;
import org.borderedi.gateway.partners.EdiIdentities.X12Identity;
import org.borderedi.gateway.runtime.ProjectFolders;
import org.borderedi.gateway.runtime.SyntaxChecks;
import org.borderedi.gateway.translation.MappingCatalog;
import org.borderedi.gateway.translation.MappingKey;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bench stages} runs every stage over every generated message, with the floor configurations under
 * {@code mappings/bench/}. What it measures is not asserted (speed belongs to the benchmark, not to tests): only that
 * each stage saw all the messages and took some time.
 */
class StageBenchmarkTest {

    private static final GatewayIdentity US = new GatewayIdentity(List.of(new X12Identity("ZZ", "BORDERGW")),
            List.of(new EdifactIdentity("BORDERGW", null)));
    private static final ProjectFolders FOLDERS = ProjectFolders.ofWorkingDirectory();
    private static MappingCatalog catalog;

    @TempDir
    Path folder;

    @BeforeAll
    static void compile() throws Exception {
        catalog = MappingCatalog.load(FOLDERS);
    }

    @Test
    void x12StagesSeeEveryGeneratedMessage() throws Exception {
        Path file = folder.resolve("x12.edi");
        SyntheticInterchanges.Written written = SyntheticInterchanges.x12(file, 64 * 1024, 100);
        StageBenchmark.Stages stages = measure(MappingKey.of(Syntax.X12, "309", "004010"), "bench/x12-309-reader-only.xml", file);
        assertEquals(written.messages(), stages.messages());
        assertEveryStageTookTime(stages);
    }

    @Test
    void aRunReportsItsThreadsCpuTimeBesideTheWallClock() throws Exception {
        Path file = folder.resolve("x12.edi");
        SyntheticInterchanges.Written written = SyntheticInterchanges.x12(file, 64 * 1024, 100);
        ValidationBenchmark.Result result = new ValidationBenchmark(SyntaxChecks.standard(), US).measure(file);
        assertEquals(written.messages(), result.accepted());
        // one thread cannot use more CPU than the time that passed (a little slack for the clocks' resolution)
        assertTrue(result.cpuNanos() > 0 && result.cpuNanos() <= result.nanos() + 20_000_000L, result.toString());
    }

    @Test
    void cuscarStagesSeeEveryGeneratedMessageAndArePrinted() throws Exception {
        Path file = folder.resolve("cuscar.edi");
        SyntheticInterchanges.Written written = SyntheticInterchanges.cuscar(file, 64 * 1024, 50);
        MappingKey key = MappingKey.of(Syntax.EDIFACT, "CUSCAR", "D:95B");
        StageBenchmark.Stages stages = measure(key, "bench/cuscar-d95b-reader-only.xml", file);
        assertEquals(written.messages(), stages.messages());
        assertEveryStageTookTime(stages);

        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        StageBenchmark.print("CUSCAR D95B", catalog.find(key).orElseThrow(), "bench/cuscar-d95b-reader-only.xml", stages,
                new PrintStream(printed, true, StandardCharsets.UTF_8));
        String report = printed.toString(StandardCharsets.UTF_8);
        assertTrue(report.startsWith("CUSCAR D95B: " + String.format("%,d", written.messages()) + " messages"), report);
        assertTrue(report.contains("Smooks, reader only (bench/cuscar-d95b-reader-only.xml)"), report);
        assertTrue(report.contains("Smooks, the mapping (edifact/cuscar-d95b-to-canonical.xml, floor included)"), report);
    }

    private StageBenchmark.Stages measure(MappingKey key, String floor, Path file) throws Exception {
        return new StageBenchmark(SyntaxChecks.standard(), US, catalog.find(key).orElseThrow(), floor, FOLDERS).measure(file);
    }

    private static void assertEveryStageTookTime(StageBenchmark.Stages stages) {
        assertTrue(stages.syntax() > 0 && stages.smooksFloor() > 0 && stages.smooksMapping() > 0
                && stages.buildAndWrite() > 0, stages.toString());
    }
}
