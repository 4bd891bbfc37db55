package org.borderedi.gateway.sftp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * One partner's root folder as real paths on disk, and the translation of the paths its SFTP session names into
 * them. SSHD's rooted file system only checks paths by their names and follows any symbolic link it meets, even out
 * of the root; this class resolves links and refuses every path whose real location is outside the root.
 *
 * @param partnerId the partner, for logs
 * @param root      the real path of the partner's root folder
 */
record PartnerJail(String partnerId, Path root) {

    /** The jail of a partner whose folders exist. */
    static PartnerJail of(String partnerId, PartnerFolders folders) {
        try {
            return new PartnerJail(partnerId, folders.root().toRealPath());
        } catch (IOException e) {
            throw new UncheckedIOException("the SFTP folder of partner " + partnerId + " cannot be used", e);
        }
    }

    Path inbound() {
        return root.resolve(PartnerFolders.INBOUND);
    }

    Path outbound() {
        return root.resolve(PartnerFolders.OUTBOUND);
    }

    /**
     * Where a path of the partner's SFTP view really is.
     *
     * @param  sessionPath a path of the session's rooted file system, whose "/" is this jail's root
     * @throws SftpRefusal when the path, once its links are followed, leads out of the root
     */
    Location locate(Path sessionPath) throws IOException {
        Path normalized = sessionPath.toAbsolutePath().normalize();
        String shown = normalized.toString();
        Path lexical = root;
        for (Path name : normalized) {
            lexical = lexical.resolve(name.toString());
        }
        lexical = lexical.normalize();
        if (!lexical.startsWith(root)) {
            throw new SftpRefusal(shown + " is outside your folder");
        }
        if (lexical.equals(root)) {
            return new Location(shown, root, root);
        }
        Path entry = realFolder(lexical.getParent(), shown).resolve(lexical.getFileName());
        Path real = Files.exists(entry, LinkOption.NOFOLLOW_LINKS) ? realPathOf(entry, shown) : entry;
        if (!entry.startsWith(root) || !real.startsWith(root)) {
            throw new SftpRefusal(shown + " leads outside your folder");
        }
        return new Location(shown, entry, real);
    }

    /** Whether a path of the session's view stays inside the root once its links are followed. */
    boolean contains(Path sessionPath) throws IOException {
        try {
            locate(sessionPath);
            return true;
        } catch (SftpRefusal | NoSuchFileException e) {
            return false;
        }
    }

    /** The area a real path inside the root belongs to. */
    FolderArea areaOf(Path real) {
        if (real.equals(root)) {
            return FolderArea.ROOT;
        }
        if (real.equals(inbound())) {
            return FolderArea.INBOUND;
        }
        if (real.equals(outbound())) {
            return FolderArea.OUTBOUND;
        }
        Path folder = real.getParent();
        if (inbound().equals(folder)) {
            return FolderArea.INBOUND_FILE;
        }
        if (outbound().equals(folder)) {
            return FolderArea.OUTBOUND_FILE;
        }
        return FolderArea.ELSEWHERE;
    }

    /**
     * The real path of a folder on the way to an entry. Missing folders are kept by name: nothing can be created
     * under them, and resolving their existing ancestor is enough to see whether a link leads out.
     */
    private Path realFolder(Path folder, String shown) throws IOException {
        Deque<Path> missing = new ArrayDeque<>();
        Path existing = folder;
        while (!Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            missing.push(existing.getFileName());
            existing = existing.getParent();
        }
        Path real = realPathOf(existing, shown);
        while (!missing.isEmpty()) {
            real = real.resolve(missing.pop());
        }
        return real;
    }

    private static Path realPathOf(Path existing, String shown) throws IOException {
        try {
            return existing.toRealPath();
        } catch (NoSuchFileException e) {
            // it exists but cannot be resolved: a link to nothing, which a write could turn into a file anywhere
            throw new SftpRefusal(shown + " follows a link that leads nowhere");
        }
    }

    /**
     * A path of the partner's view with its places on disk.
     *
     * @param shown the path as the partner sees it, for messages
     * @param entry the directory entry itself (a link is not followed): what a rename or delete acts on
     * @param real  the entry with every link followed: what reading or writing acts on
     */
    record Location(String shown, Path entry, Path real) {
    }
}
