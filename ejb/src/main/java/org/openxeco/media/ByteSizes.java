package org.openxeco.media;

import org.openxeco.kernel.Problems;

/** Byte counts as people read them in messages, such as {@code 1 MiB (1048576 bytes)}. */
final class ByteSizes {

    private static final long KIB = 1024;
    private static final long MIB = KIB * KIB;

    private ByteSizes() {
    }

    static String describe(long bytes) {
        String exact = Problems.text("size.bytes", bytes);
        if (bytes >= MIB && bytes % MIB == 0) {
            return bytes / MIB + " MiB (" + exact + ")";
        }
        if (bytes >= KIB && bytes % KIB == 0) {
            return bytes / KIB + " KiB (" + exact + ")";
        }
        return exact;
    }
}
