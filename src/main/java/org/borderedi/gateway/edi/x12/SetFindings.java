package org.borderedi.gateway.edi.x12;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.borderedi.gateway.edi.Finding;

/**
 * The findings about one transaction set, in segment order. A set can be arbitrarily broken, so at most
 * {@link #LIMIT} are kept: enough for any acknowledgment a person will read, and memory stays bounded.
 */
final class SetFindings {

    static final int LIMIT = 500;

    private final List<Finding> findings = new ArrayList<>();
    private int dropped;

    void add(Finding finding) {
        if (findings.size() < LIMIT) {
            findings.add(finding);
        } else {
            dropped++;
        }
    }

    int dropped() {
        return dropped;
    }

    boolean hasErrors() {
        return findings.stream().anyMatch(Finding::isError);
    }

    boolean isEmpty() {
        return findings.isEmpty();
    }

    /** In segment order; findings about the set as a whole (segment 0) first. */
    List<Finding> inOrder() {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Comparator.comparingInt(f -> f.position().segment()));
        return sorted;
    }
}
