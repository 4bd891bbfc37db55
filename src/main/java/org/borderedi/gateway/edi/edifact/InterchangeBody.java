package org.borderedi.gateway.edi.edifact;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import org.borderedi.gateway.edi.Delimiters;

/**
 * One interchange as StAEDI reads it: its header again, then its segments up to the end of its UNZ, decoded in the
 * interchange's own character set and handed on as UTF-8. It stops early where the next interchange starts (a UNA or
 * UNB at the start of a segment) or the data ends, and says which, so that a missing trailer is reported and the
 * interchanges after it are still read.
 *
 * <p>A message or group the data leaves open (a UNH, UNG, UNE or UNZ arriving before the UNT or UNE) is closed for
 * StAEDI with a trailer the data does not have, whose ordinal is recorded so that the reader reports the trailer as
 * missing: StAEDI would otherwise read the next message as more of the open one.
 *
 * <p>The UNZ is taken apart here and StAEDI gets a copy whose released characters are replaced by a neutral one:
 * StAEDI 1.26.0 has no release character in the interchange trailer and fails on it (a control reference such as
 * {@code DF?+1} is legitimate there). The trailer's checks use the values read here.
 *
 * <p>A message the reading's quick proof clears is passed over: StAEDI reads only its UNH and UNT, or none of it when
 * they are proven too, and the reading replays what StAEDI did not read. Nearly every message filed is clean, and
 * StAEDI's cost is per character.
 */
final class InterchangeBody extends InputStream {

    /** How the interchange ended. */
    enum End {
        /** After the terminator of its UNZ. */
        TRAILER,
        /** Without a UNZ, where the next interchange starts. */
        NEXT_INTERCHANGE,
        /** Without a UNZ, at the end of the data. */
        END_OF_DATA
    }

    /** A UNZ is a few dozen characters; one running longer has lost its terminator and is handed on as it is. */
    private static final int LONGEST_TRAILER = 512;

    private final ByteSource source;
    private final TextDecoder decoder;
    private final Delimiters delimiters;
    private final int segment;
    private final int element;
    private final int component;
    private final int release;

    private byte[] pending;
    private int pendingPosition;
    private int pendingLength;
    private boolean atSegmentStart = true;
    private boolean released;
    private End end;
    /** The UNZ being read, after its tag; null outside it. */
    private StringBuilder trailerText;
    private ServiceSegment trailerSegment;
    private int messageHeaders;
    private int groupHeaders;
    private boolean messageOpen;
    private boolean groupOpen;
    /** Segments handed to StAEDI so far, the UNB being 1. */
    private int segments = 1;
    private final Deque<Integer> supplied = new ArrayDeque<>();
    /** Decides whether a message read ahead is proven clean; null: every message goes to StAEDI. */
    private MessageProof proof;
    /** Messages passed over, by the ordinal of their UNH, in order: their segments, for the reader to replay. */
    private final Deque<PassedOver> passedOver = new ArrayDeque<>();
    /**
     * A message passed over with its UNH and UNT handed on waits here for the reader to reach its UNH. StAEDI is handed
     * one segment at a time, so hardly one ever waits; should the reader fall behind all the same, at most this many
     * messages and characters wait, and the messages after them StAEDI reads.
     */
    private static final int MOST_PASSED_OVER = 256;
    private static final int MOST_PASSED_OVER_CHARS = 64 * 1024;
    private int passedOverChars;
    /** Where the UNT of the message being passed over starts; -1 when none is. */
    private long passOverTo = -1;
    private int passOverSegments;

    InterchangeBody(ByteSource source, TextDecoder decoder, Delimiters delimiters, String header) {
        this.source = source;
        this.decoder = decoder;
        this.delimiters = delimiters;
        this.segment = delimiters.segment();
        this.element = delimiters.element();
        this.component = delimiters.component();
        this.release = delimiters.release() == null ? -1 : delimiters.release();
        this.pending = header.getBytes(StandardCharsets.UTF_8);
        this.pendingLength = pending.length;
    }

    @Override
    public int read() throws IOException {
        while (pendingPosition == pendingLength) {
            if (end != null) {
                return -1;
            }
            pendingPosition = 0;
            pendingLength = 0;
            if (atSegmentStart) {
                readSegmentStart();
            } else {
                readData(decoder.next(source));
            }
        }
        return pending[pendingPosition++] & 0xFF;
    }

    /**
     * At most what is left of one segment: StAEDI's buffer then asks for the next segment only once StAEDI has reported
     * everything before it, which is what lets a message be passed over whole (see {@link #passOverWhole}).
     */
    @Override
    public int read(byte[] target, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        int count = 0;
        while (count < length) {
            if (count > 0 && atSegmentStart && pendingPosition == pendingLength) {
                break;
            }
            int b = read();
            if (b < 0) {
                break;
            }
            target[offset + count++] = (byte) b;
        }
        return count == 0 ? -1 : count;
    }

    /** Reads what is left of the interchange without looking at it (an interchange that goes no further). */
    void drain() throws IOException {
        proof = null; // nobody reads the messages left
        byte[] sink = new byte[8192];
        while (read(sink, 0, sink.length) >= 0) {
            // counted as it passes
        }
    }

    /** How the interchange ended; null while it is being read. */
    End end() {
        return end;
    }

    /** The UNZ as received, once its terminator has been read; null before (or without one). */
    ServiceSegment trailer() {
        return trailerSegment;
    }

    /** Whether a UNZ began but the data ended before its terminator. */
    boolean unterminatedTrailer() {
        return trailerText != null && trailerSegment == null;
    }

    /**
     * Whether the segment StAEDI reports as the interchange's n-th (the UNB being 1) was supplied here to close a
     * message or group the data left open. Asked once per segment, in order.
     */
    boolean isSupplied(int ordinal) {
        while (!supplied.isEmpty() && supplied.peekFirst() < ordinal) {
            supplied.pollFirst();
        }
        if (!supplied.isEmpty() && supplied.peekFirst() == ordinal) {
            supplied.pollFirst();
            return true;
        }
        return false;
    }

    /** A message passed over: the ordinal of its UNH, its segments and about how many characters they hold. */
    private record PassedOver(int ordinal, List<List<String>> segments, int chars) {
    }

    /** How much of a message read ahead is proven clean, so that StAEDI need not read it. */
    enum Clearance {
        /** Not proven: StAEDI reads the message. */
        NONE,
        /** The segments between UNH and UNT: StAEDI reads the UNH and UNT only. */
        BODY,
        /** The whole message, UNH and UNT included: StAEDI reads none of it. */
        WHOLE
    }

    /** The reading that checks the messages: it decides what is proven clean, and reads what StAEDI does not. */
    interface MessageProof {
        Clearance clearance(MessageLookahead.Message message);

        /** A message passed over whole, told where it stands: StAEDI has reported everything before it. */
        void passedOverWhole(MessageLookahead.Message message);
    }

    /**
     * From now on, a message the proof clears is passed over: StAEDI reads none of it, or its UNH and UNT only while
     * the reader replays its segments from {@link #passedOver(int)}. StAEDI's cost is per character, and such a
     * message has nothing for it to find.
     */
    void passOverMessagesClearedBy(MessageProof proof) {
        this.proof = proof;
    }

    /**
     * The segments of the message whose UNH StAEDI reports as the interchange's n-th segment, if it was passed over;
     * null when StAEDI reads it. Asked once per UNH.
     */
    List<List<String>> passedOver(int ordinal) {
        while (!passedOver.isEmpty() && passedOver.peekFirst().ordinal() <= ordinal) {
            PassedOver first = passedOver.pollFirst();
            passedOverChars -= first.chars();
            if (first.ordinal() == ordinal) {
                return first.segments();
            }
        }
        return null;
    }

    /** The UNH segments passed so far. */
    int messageHeaders() {
        return messageHeaders;
    }

    /** The UNG segments passed so far. */
    int groupHeaders() {
        return groupHeaders;
    }

    private void readSegmentStart() throws IOException {
        if (passOverTo >= 0) {
            while (source.offset() < passOverTo && source.read() >= 0) {
                // the segments of a message the proof cleared: the reader replays them
            }
            segments += passOverSegments;
            passOverTo = -1;
        }
        int next = source.peek(0);
        if (next < 0) {
            end = End.END_OF_DATA;
            return;
        }
        if (next != segment && (next == '\r' || next == '\n' || next == '\t' || next == ' ')) {
            emit(source.read()); // line breaks between segments are passed on; StAEDI tolerates them there
            return;
        }
        source.mark();
        int[] tag = new int[3];
        int length = 0;
        while (length < tag.length) {
            int c = decoder.next(source);
            tag[length++] = c;
            if (c < 0 || isService(c)) {
                break;
            }
        }
        String name = tagName(tag, length);
        if (name.equals("UNA") || name.equals("UNB")) {
            source.reset();
            end = End.NEXT_INTERCHANGE;
            return;
        }
        source.unmark();
        closeWhatIsOpen(name);
        segments++;
        switch (name) {
            case "UNH" -> {
                messageHeaders++;
                messageOpen = true;
                if (passOver()) {
                    return;
                }
            }
            case "UNT" -> messageOpen = false;
            case "UNG" -> {
                groupHeaders++;
                groupOpen = true;
            }
            case "UNE" -> groupOpen = false;
            case "UNZ" -> trailerText = new StringBuilder();
            default -> {
                // a segment of a message
            }
        }
        atSegmentStart = false;
        for (int i = 0; i < length && end == null; i++) {
            if (name.length() > i) {
                emit(tag[i]);
            } else {
                readData(tag[i]);
            }
        }
    }

    /**
     * Reads ahead the message whose UNH tag was just read and passes over what the proof clears of it; true when that
     * is the whole message, which is then already read.
     */
    private boolean passOver() throws IOException {
        if (proof == null) {
            return false;
        }
        MessageLookahead.Message message = MessageLookahead.read(source, decoder, delimiters);
        Clearance clearance = message == null ? Clearance.NONE : proof.clearance(message);
        if (clearance == Clearance.WHOLE && pendingLength == 0) {
            passOverWhole(message);
            return true;
        }
        boolean room = passedOver.size() < MOST_PASSED_OVER && passedOverChars < MOST_PASSED_OVER_CHARS;
        if (clearance != Clearance.NONE && room) {
            int chars = MessageLookahead.chars(message.segments());
            passedOver.addLast(new PassedOver(segments, message.segments(), chars));
            passedOverChars += chars;
            passOverTo = message.untOffset();
            passOverSegments = message.segments().size();
        }
        return false;
    }

    /**
     * Passes over a message StAEDI need not see at all and has the reader read it at once. That is its place in the
     * stream: StAEDI is handed one segment at a time (see {@link #read(byte[], int, int)}) and asks for the next only
     * once it has reported everything before, and nothing was handed for this segment yet (a trailer supplied for
     * a message left open would be, and then StAEDI reads the message).
     */
    private void passOverWhole(MessageLookahead.Message message) throws IOException {
        while (source.offset() < message.endOffset() && source.read() >= 0) {
            // read by the reader, from the lookahead
        }
        segments += message.segments().size() + 1;
        messageOpen = false;
        proof.passedOverWhole(message);
    }

    private void readData(int c) {
        if (c < 0) {
            end = End.END_OF_DATA;
            return;
        }
        if (trailerText != null && trailerSegment == null) {
            readTrailer(c);
            return;
        }
        emit(c);
        if (released) {
            released = false;
        } else if (c == release) {
            released = true;
        } else if (c == segment) {
            atSegmentStart = true;
        }
    }

    /** Supplies the UNT and UNE the data should have had before this segment. */
    private void closeWhatIsOpen(String tag) {
        boolean endsMessage = tag.equals("UNH") || tag.equals("UNG") || tag.equals("UNE") || tag.equals("UNZ");
        if (messageOpen && endsMessage) {
            supply("UNT");
            messageOpen = false;
        }
        if (groupOpen && (tag.equals("UNG") || tag.equals("UNZ"))) {
            supply("UNE");
            groupOpen = false;
        }
    }

    private void supply(String tag) {
        supplied.addLast(++segments);
        tag.codePoints().forEach(this::emit);
        emit(element);
        emit('1');
        emit(element);
        emit('X');
        emit(segment);
    }

    private void readTrailer(int c) {
        if (released || c == release || c != segment) {
            released = !released && c == release;
            trailerText.appendCodePoint(c);
            if (trailerText.length() > LONGEST_TRAILER) {
                trailerText.codePoints().forEach(this::emit); // StAEDI will say it cannot read it
                trailerText = null;
            }
            return;
        }
        trailerSegment = ServiceSegment.parse("UNZ" + trailerText, delimiters);
        int neutral = ".-/=".chars().filter(n -> !isService(n) && n != delimiters.segment()).findFirst().orElse('.');
        for (List<String> components : trailerSegment.elements()) {
            emit(element);
            for (int i = 0; i < components.size(); i++) {
                if (i > 0) {
                    emit(component);
                }
                components.get(i).codePoints().forEach(v -> emit(isService(v) || isRepetition(v) ? neutral : v));
            }
        }
        emit(segment);
        atSegmentStart = true;
        end = End.TRAILER;
    }

    private boolean isRepetition(int c) {
        return delimiters.repetition() != null && c == delimiters.repetition();
    }

    private boolean isService(int c) {
        return c == segment || c == element || c == component || c == release;
    }

    private String tagName(int[] tag, int length) {
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < length && tag[i] >= 0 && !isService(tag[i]); i++) {
            name.appendCodePoint(tag[i]);
        }
        return name.toString();
    }

    private void emit(int codePoint) {
        if (pendingLength + 4 > pending.length) {
            pending = Arrays.copyOf(pending, Math.max(64, pending.length * 2));
        }
        if (codePoint < 0x80) {
            pending[pendingLength++] = (byte) codePoint;
        } else if (codePoint < 0x800) {
            pending[pendingLength++] = (byte) (0xC0 | (codePoint >> 6));
            pending[pendingLength++] = (byte) (0x80 | (codePoint & 0x3F));
        } else if (codePoint < 0x10000) {
            pending[pendingLength++] = (byte) (0xE0 | (codePoint >> 12));
            pending[pendingLength++] = (byte) (0x80 | ((codePoint >> 6) & 0x3F));
            pending[pendingLength++] = (byte) (0x80 | (codePoint & 0x3F));
        } else {
            pending[pendingLength++] = (byte) (0xF0 | (codePoint >> 18));
            pending[pendingLength++] = (byte) (0x80 | ((codePoint >> 12) & 0x3F));
            pending[pendingLength++] = (byte) (0x80 | ((codePoint >> 6) & 0x3F));
            pending[pendingLength++] = (byte) (0x80 | (codePoint & 0x3F));
        }
    }
}
