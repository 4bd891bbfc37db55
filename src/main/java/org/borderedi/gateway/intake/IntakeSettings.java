package org.borderedi.gateway.intake;

import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * How intake behaves (see {@code gateway.intake.*} in application.properties).
 *
 * @param maxFileBytes     larger files and messages are refused
 * @param temporaryNames   names of uploads still in progress (taken once renamed)
 * @param partnersRoot     where the embedded SFTP server keeps each partner's folders
 * @param stagingRoot      where downloads from partners' own servers wait to be claimed
 * @param remoteTakeRetention how long a file taken from a partner's server is remembered
 */
public record IntakeSettings(
        long maxFileBytes, Pattern temporaryNames, Path partnersRoot, Path stagingRoot, Duration remoteTakeRetention) {

    /** Where a partner's downloads wait, by partner id (a validated registry id, never a partner-supplied name). */
    public Path stagingFor(String partnerId) {
        return stagingRoot.resolve(partnerId);
    }
}
