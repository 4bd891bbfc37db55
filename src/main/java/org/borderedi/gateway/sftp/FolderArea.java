package org.borderedi.gateway.sftp;

/** Where in a partner's folder a path lies, which decides what the partner may do with it. */
enum FolderArea {
    /** The partner's root: it holds {@code inbound/} and {@code outbound/}. */
    ROOT,
    /** The {@code inbound/} folder itself. */
    INBOUND,
    /** A file directly inside {@code inbound/}: the partner may write, rename and read it. */
    INBOUND_FILE,
    /** The {@code outbound/} folder itself. */
    OUTBOUND,
    /** A file directly inside {@code outbound/}: the partner may read and delete it. */
    OUTBOUND_FILE,
    /** Anywhere else inside the partner's root (a stray file, a nested folder): read only. */
    ELSEWHERE
}
