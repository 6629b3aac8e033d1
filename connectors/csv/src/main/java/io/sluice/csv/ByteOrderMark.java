package io.sluice.csv;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * A byte order mark at the start of a file: UTF-8 ({@code EF BB BF}), UTF-16 big endian ({@code FE FF}) or
 * little endian ({@code FF FE}). When present it decides the encoding and is skipped.
 *
 * <pre>{@code ByteOrderMark bom = ByteOrderMark.of(channel); reader starts at bom.length() in bom.charset(UTF_8)}</pre>
 *
 * @param length bytes of the mark (0 when there is none)
 * @param charset the encoding it announces, or null when there is none
 */
record ByteOrderMark(int length, Charset charset) {

    /** Reads the first bytes of {@code channel} (at position 0). */
    static ByteOrderMark of(FileChannel channel) throws IOException {
        ByteBuffer head = ByteBuffer.allocate(3);
        while (head.hasRemaining() && channel.read(head, head.position()) > 0) {
            // read up to three bytes
        }
        int n = head.position();
        int b0 = n > 0 ? head.get(0) & 0xff : -1;
        int b1 = n > 1 ? head.get(1) & 0xff : -1;
        int b2 = n > 2 ? head.get(2) & 0xff : -1;
        if (b0 == 0xef && b1 == 0xbb && b2 == 0xbf) {
            return new ByteOrderMark(3, StandardCharsets.UTF_8);
        }
        if (b0 == 0xfe && b1 == 0xff) {
            return new ByteOrderMark(2, StandardCharsets.UTF_16BE);
        }
        if (b0 == 0xff && b1 == 0xfe) {
            return new ByteOrderMark(2, StandardCharsets.UTF_16LE);
        }
        return new ByteOrderMark(0, null);
    }

    /** The file's encoding: the mark's, else {@code declared}. */
    Charset charset(Charset declared) {
        return charset != null ? charset : declared;
    }
}
