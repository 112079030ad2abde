package io.github.ctglib.format.json;

import java.nio.ByteBuffer;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The bytes of the parts of a convention's last document, kept to write its next version faster
 * ({@link ConventionJson#toBytes(io.github.ctglib.convention.Convention, java.util.Optional, ReusableParts)}):
 * each element of the document's top-level lists (signatories, action sheets, equipment, amendments, notes…).
 * The model is immutable, so an element that is the very same object as one written last time has the same
 * document, and its bytes are copied instead of serialised again; anything else is written anew. A new
 * version made with the model's {@code with…} methods shares every part it did not change, so saving an
 * edit of a large convention serialises the edited parts and the fields around the lists, not the whole.
 *
 * <p>One object per convention, used by one thread at a time, and with one codec: used with another
 * {@link ConventionJson} (whose host settings may write other bytes), it starts empty. It holds the elements
 * of the last write, their bytes and the buffer the document was written into (each about the size of the
 * document; the buffer is direct memory) until it is dropped.
 */
public final class ReusableParts {

    private ConventionJson codec;
    /** By list name, the elements of the last write and their bytes. */
    private Map<String, IdentityHashMap<Object, byte[]>> written = Map.of();
    /** Where the documents are written, a direct buffer that channels write from without copying it. */
    private ByteBuffer output;

    /** Empty: the first write through it serialises everything. */
    public ReusableParts() {}

    /** The parts to reuse in a write with {@code json}: none if the last one was written with another codec. */
    Map<String, IdentityHashMap<Object, byte[]>> forWriteWith(ConventionJson json) {
        return codec == json ? written : Map.of();
    }

    /** After a write that succeeded: its parts replace the last ones (those it did not reuse are dropped). */
    void replace(ConventionJson json, Map<String, IdentityHashMap<Object, byte[]>> parts, ByteBuffer writtenInto) {
        this.codec = json;
        this.written = parts;
        this.output = writtenInto;
    }

    /** The buffer the next document is written into, grown to fit the last one. */
    ByteBuffer output() {
        if (output == null) {
            output = ByteBuffer.allocateDirect(64 * 1024);
        }
        return output;
    }
}
