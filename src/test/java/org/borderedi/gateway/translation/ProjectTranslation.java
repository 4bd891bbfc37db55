package org.borderedi.gateway.translation;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.borderedi.gateway.model.canonical.CanonicalXml;
import org.borderedi.gateway.runtime.ProjectFolders;
import org.borderedi.gateway.runtime.SyntaxChecks;

/** The project's own translation (standard syntax checks, every mapping of mappings/), compiled once for all tests. */
public final class ProjectTranslation {

    private static FileTranslation translation;

    private ProjectTranslation() {
    }

    public static synchronized FileTranslation shared() {
        if (translation == null) {
            ProjectFolders folders = ProjectFolders.ofWorkingDirectory();
            try {
                translation = new FileTranslation(SyntaxChecks.standard(), MappingCatalog.load(folders), new CanonicalXml(folders));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return translation;
    }
}
