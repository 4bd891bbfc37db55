package org.borderedi.gateway.intake;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.apache.camel.component.file.GenericFile;
import org.apache.camel.component.file.GenericFileFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the poller of a partner's own server from downloading what intake would refuse anyway: files still under a
 * temporary name, and files over the size limit (left where they are, with one warning each).
 */
public final class RemoteDropFilter implements GenericFileFilter<Object> {

    private static final Logger LOG = LoggerFactory.getLogger("gateway.intake");

    private final Pattern temporaryNames;
    private final long maxFileBytes;
    private final Set<String> warned = ConcurrentHashMap.newKeySet();

    public RemoteDropFilter(Pattern temporaryNames, long maxFileBytes) {
        this.temporaryNames = temporaryNames;
        this.maxFileBytes = maxFileBytes;
    }

    @Override
    public boolean accept(GenericFile<Object> file) {
        if (file.isDirectory() || temporaryNames.matcher(file.getFileNameOnly()).matches()) {
            return false;
        }
        if (file.getFileLength() > maxFileBytes) {
            if (warned.add(file.getAbsoluteFilePath() + "|" + file.getFileLength())) {
                LOG.warn("remote file {} ({} bytes) is over the limit of {} bytes: not downloaded",
                        OriginalName.sanitise(file.getAbsoluteFilePath()), file.getFileLength(), maxFileBytes);
            }
            return false;
        }
        return true;
    }
}
