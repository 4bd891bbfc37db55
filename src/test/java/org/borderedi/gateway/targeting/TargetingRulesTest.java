package org.borderedi.gateway.targeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.borderedi.gateway.runtime.ProjectFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The versioned rule file and its lists: what is read from them, and what makes them refused. */
class TargetingRulesTest {

    private static final Path TARGETING = Path.of("mappings", "targeting");

    @TempDir
    Path workingDirectory;

    @Test
    void reads_the_version_and_the_rules_in_the_order_they_are_applied() throws IOException {
        TargetingRules rules = TargetingRules.load(ProjectFolders.ofWorkingDirectory());

        assertEquals("REFERENCE-2026.1", rules.version());
        assertEquals(List.of("INCOMPLETE_PRELOAD_DATA", "WATCH_LIST_PARTY", "HIGH_RISK_GOODS", "SEAL_MISMATCH",
                "TRUSTED_TRADER", "NO_RISK_FOUND"), rules.codes());
        assertEquals(3, rules.watchList().size());
    }

    @Test
    void the_targeting_readme_documents_the_version_and_every_rule_code() throws IOException {
        TargetingRules rules = TargetingRules.load(ProjectFolders.ofWorkingDirectory());
        String readme = Files.readString(TARGETING.resolve("README.md"));

        assertTrue(readme.contains("`" + rules.version() + "`"), rules.version());
        rules.codes().forEach(code -> assertTrue(readme.contains("`" + code + "`"), code));
    }

    @Test
    void a_changed_version_is_the_engines_version() throws IOException {
        copyRuleFiles();
        edit("reference-rules.yaml", "version: REFERENCE-2026.1", "version: REFERENCE-2026.2-DRAFT");

        assertEquals("REFERENCE-2026.2-DRAFT", ReferenceTargeting.load(new ProjectFolders(workingDirectory)).version());
    }

    @Test
    void refuses_a_decision_without_a_default_naming_the_field() throws IOException {
        copyRuleFiles();
        edit("reference-rules.yaml", "      default: EXAMINATION_REQUIRED", "      SEA: EXAMINATION_REQUIRED");

        IOException refused = assertThrows(IOException.class, this::load);
        assertEquals("mappings/targeting/reference-rules.yaml: rules.high-risk.decision needs a 'default' entry for "
                + "the modes it does not name", refused.getMessage());
    }

    @Test
    void refuses_an_unknown_decision_kind() throws IOException {
        copyRuleFiles();
        edit("reference-rules.yaml", "AIR: DO_NOT_LOAD", "AIR: DO_NOT_FLY");

        IOException refused = assertThrows(IOException.class, this::load);
        assertTrue(refused.getMessage().startsWith(
                "mappings/targeting/reference-rules.yaml: rules.watch-list.decision.AIR 'DO_NOT_FLY' is not one of"),
                refused.getMessage());
    }

    @Test
    void refuses_a_list_with_the_wrong_header_or_a_bad_row_naming_the_line() throws IOException {
        copyRuleFiles();
        edit("high-risk.csv", "ORIGIN,SY,embargoed origin", "ORIGIN,SYR,embargoed origin");
        assertEquals("high-risk.csv line 8: must be HS with 2 to 10 digits, or ORIGIN with an ISO 3166 alpha-2 country",
                assertThrows(IOException.class, this::load).getMessage());

        copyRuleFiles();
        edit("watch-list.csv", "name,reason", "party,reason");
        assertEquals("watch-list.csv line 5: the header must be name,reason, not party,reason",
                assertThrows(IOException.class, this::load).getMessage());
    }

    @Test
    void refuses_a_missing_list_file() throws IOException {
        copyRuleFiles();
        Files.delete(workingDirectory.resolve(TARGETING).resolve("trusted-traders.csv"));

        assertEquals("mappings/targeting/trusted-traders.csv not found",
                assertThrows(IOException.class, this::load).getMessage());
    }

    private TargetingRules load() throws IOException {
        return TargetingRules.load(new ProjectFolders(workingDirectory));
    }

    private void copyRuleFiles() throws IOException {
        Path target = workingDirectory.resolve(TARGETING);
        Files.createDirectories(target);
        try (var files = Files.list(TARGETING)) {
            for (Path file : files.toList()) {
                Files.copy(file, target.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private void edit(String file, String from, String to) throws IOException {
        Path path = workingDirectory.resolve(TARGETING).resolve(file);
        String text = Files.readString(path);
        if (!text.contains(from)) {
            throw new IllegalStateException(file + " has no '" + from + "'");
        }
        Files.writeString(path, text.replace(from, to));
    }
}
