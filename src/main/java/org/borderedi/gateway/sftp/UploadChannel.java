package org.borderedi.gateway.sftp;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.util.function.Function;

/**
 * A file a partner has open for writing: it refuses any write that would make the file larger than the upload limit,
 * records that refusal with the {@link UploadTracker}, and tells the tracker when the file is closed. It is a
 * {@link FileChannel} so that SSHD's locking and syncing keep working on it.
 */
final class UploadChannel extends FileChannel {

    private final FileChannel file;
    private final long limit;
    private final UploadTracker.WriteHandle writing;
    private final UploadTracker uploads;
    private final Function<String, SftpRefusal> refusals;
    private final String refusal;
    private volatile boolean refused;

    /**
     * @param refusals turns the refusal's message into the exception to throw, logging it once
     */
    UploadChannel(
            FileChannel file,
            long limit,
            String shown,
            UploadTracker uploads,
            UploadTracker.WriteHandle writing,
            Function<String, SftpRefusal> refusals) {
        this.file = file;
        this.limit = limit;
        this.uploads = uploads;
        this.writing = writing;
        this.refusals = refusals;
        this.refusal = shown + " would exceed the upload size limit of " + limit + " bytes";
    }

    @Override
    public int write(ByteBuffer source) throws IOException {
        checkRoom(file.position(), source.remaining());
        return file.write(source);
    }

    @Override
    public int write(ByteBuffer source, long position) throws IOException {
        checkRoom(position, source.remaining());
        return file.write(source, position);
    }

    @Override
    public long write(ByteBuffer[] sources, int offset, int length) throws IOException {
        long total = 0;
        for (int i = offset; i < offset + length; i++) {
            total += sources[i].remaining();
        }
        checkRoom(file.position(), total);
        return file.write(sources, offset, length);
    }

    @Override
    public long transferFrom(ReadableByteChannel source, long position, long count) throws IOException {
        checkRoom(position, count);
        return file.transferFrom(source, position, count);
    }

    @Override
    public MappedByteBuffer map(MapMode mode, long position, long size) throws IOException {
        if (mode != MapMode.READ_ONLY) {
            throw new UnsupportedOperationException("an upload cannot be mapped for writing");
        }
        return file.map(mode, position, size);
    }

    /** Once one write was refused, the rest of that upload is refused too: the file is incomplete anyway. */
    private void checkRoom(long position, long length) throws SftpRefusal {
        if (refused) {
            throw new SftpRefusal(refusal);
        }
        if (position + length > limit) {
            refused = true;
            uploads.refuse(writing.file(), refusal);
            throw refusals.apply(refusal);
        }
    }

    @Override
    public int read(ByteBuffer destination) throws IOException {
        return file.read(destination);
    }

    @Override
    public long read(ByteBuffer[] destinations, int offset, int length) throws IOException {
        return file.read(destinations, offset, length);
    }

    @Override
    public int read(ByteBuffer destination, long position) throws IOException {
        return file.read(destination, position);
    }

    @Override
    public long position() throws IOException {
        return file.position();
    }

    @Override
    public FileChannel position(long newPosition) throws IOException {
        file.position(newPosition);
        return this;
    }

    @Override
    public long size() throws IOException {
        return file.size();
    }

    @Override
    public FileChannel truncate(long size) throws IOException {
        file.truncate(size);
        return this;
    }

    @Override
    public void force(boolean metaData) throws IOException {
        file.force(metaData);
    }

    @Override
    public long transferTo(long position, long count, WritableByteChannel target) throws IOException {
        return file.transferTo(position, count, target);
    }

    @Override
    public FileLock lock(long position, long size, boolean shared) throws IOException {
        return file.lock(position, size, shared);
    }

    @Override
    public FileLock tryLock(long position, long size, boolean shared) throws IOException {
        return file.tryLock(position, size, shared);
    }

    /** Whether a write into this upload was refused. */
    boolean wasRefused() {
        return refused;
    }

    @Override
    protected void implCloseChannel() throws IOException {
        try {
            file.close();
        } finally {
            writing.close();
        }
    }
}
