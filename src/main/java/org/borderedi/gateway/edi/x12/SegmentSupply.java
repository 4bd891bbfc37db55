package org.borderedi.gateway.edi.x12;

import java.io.IOException;

/** The segments of the interchange being read, one at a time, with one segment of look-back. */
interface SegmentSupply {

    /** The next segment, or null at the end of the data or where the next interchange's ISA starts. */
    X12Segment next() throws IOException;

    /** Hands back the segment just read: the next call returns it again. */
    void giveBack(X12Segment segment);

    /** After next() returned null: "end of data" or "ISA". */
    String endedBy();

    /** The position of the segment last read within the interchange (ISA = 1). */
    int segmentIndex();
}
