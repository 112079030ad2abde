package io.github.ctglib.format.json;

import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import tools.jackson.core.JsonGenerator;

/**
 * The few tree calls {@link ConventionDocument}'s writing makes ({@code put}, {@code putObject},
 * {@code putArray}, {@code add}, {@code addObject}), sent straight to a {@link JsonGenerator} instead of
 * building a tree first: the mapping reads as if it filled a tree, and a save does not pay for one (a third of
 * serialising a large document). Like a tree, the containers may be filled one after the other: using a
 * container closes the ones opened inside it since. Going back into a container already closed is a bug of
 * the mapping and throws, rather than writing a field at the wrong place.
 */
final class StreamedObject {

    /** What is open, outermost first: a container per level, named by the serial of its writer. */
    private static final class Containers {
        private final JsonGenerator generator;
        private final Reuse reuse;
        private long[] open = new long[16];
        private boolean[] isArray = new boolean[16];
        private int depth;
        private long serials;

        Containers(JsonGenerator generator, Reuse reuse) {
            this.generator = generator;
            this.reuse = reuse;
        }

        long push(boolean array) {
            if (depth == open.length) {
                open = Arrays.copyOf(open, depth * 2);
                isArray = Arrays.copyOf(isArray, depth * 2);
            }
            open[depth] = ++serials;
            isArray[depth] = array;
            depth++;
            return serials;
        }

        /** Closes what was opened inside the container of {@code serial} at {@code level}, which must be open. */
        void enter(int level, long serial) {
            if (level > depth || open[level - 1] != serial) {
                throw new IllegalStateException("A container of the document was written to after it was closed");
            }
            while (depth > level) {
                depth--;
                if (isArray[depth]) {
                    generator.writeEndArray();
                } else {
                    generator.writeEndObject();
                }
            }
        }
    }

    private final Containers containers;
    private final int level;
    private final long serial;

    private StreamedObject(Containers containers, int level, long serial) {
        this.containers = containers;
        this.level = level;
        this.serial = serial;
    }

    /**
     * The parts of the last document to reuse ({@link ReusableParts}) and those of this one, written into
     * {@code buffer}, the generator's output, which an element's bytes are taken from or copied into.
     */
    static final class Reuse {
        private final Buffer buffer;
        private final Map<String, IdentityHashMap<Object, byte[]>> previous;
        private final Map<String, IdentityHashMap<Object, byte[]>> next = new HashMap<>();

        Reuse(Buffer buffer, Map<String, IdentityHashMap<Object, byte[]>> previous) {
            this.buffer = buffer;
            this.previous = previous;
        }

        Map<String, IdentityHashMap<Object, byte[]>> next() {
            return next;
        }

        private byte[] previous(String list, Object element) {
            IdentityHashMap<Object, byte[]> written = previous.get(list);
            return written == null ? null : written.get(element);
        }

        private void keep(String list, Object element, byte[] bytes) {
            next.computeIfAbsent(list, name -> new IdentityHashMap<>()).put(element, bytes);
        }
    }

    /**
     * The document's bytes as they are written, in a heap or direct {@link ByteBuffer} that grows as needed:
     * the content so far can be copied from (an element's bytes) and appended to (an element's old bytes).
     */
    static final class Buffer extends OutputStream {
        private ByteBuffer bytes;

        /** Writes from the start of {@code initial}, which it replaces by a larger one of its kind when full. */
        Buffer(ByteBuffer initial) {
            this.bytes = initial.clear();
        }

        @Override
        public void write(int b) {
            room(1).put((byte) b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            room(len).put(b, off, len);
        }

        int size() {
            return bytes.position();
        }

        private ByteBuffer room(int more) {
            if (bytes.remaining() < more) {
                int capacity = Math.max(bytes.capacity() * 2, bytes.position() + more);
                ByteBuffer larger = bytes.isDirect() ? ByteBuffer.allocateDirect(capacity) : ByteBuffer.allocate(capacity);
                larger.put(bytes.flip());
                bytes = larger;
            }
            return bytes;
        }

        /** The bytes from {@code from} to the end, after the separator that precedes a value (",", line, indent). */
        byte[] valueFrom(int from) {
            int start = from;
            while (start < bytes.position() && bytes.get(start) != '{') {
                start++;
            }
            byte[] value = new byte[bytes.position() - start];
            bytes.get(start, value);
            return value;
        }

        /** The buffer written into: larger than the one given when that one filled up. */
        ByteBuffer buffer() {
            return bytes;
        }

        /** What was written, read-only, from its start. */
        ByteBuffer content() {
            return bytes.asReadOnlyBuffer().flip();
        }

        byte[] toByteArray() {
            byte[] copy = new byte[bytes.position()];
            bytes.get(0, copy);
            return copy;
        }
    }

    /** Starts the document's root object on {@code generator}; {@link #end} finishes it. */
    static StreamedObject root(JsonGenerator generator) {
        return root(generator, null);
    }

    /** The same, reusing the parts {@code reuse} has (null: none), whose buffer is {@code generator}'s output. */
    static StreamedObject root(JsonGenerator generator, Reuse reuse) {
        Containers containers = new Containers(generator, reuse);
        generator.writeStartObject();
        return new StreamedObject(containers, 1, containers.push(false));
    }

    /** Closes every container still open, the root last. */
    void end() {
        containers.enter(1, containers.open[0]);
        containers.depth = 0;
        containers.generator.writeEndObject();
    }

    private JsonGenerator enter() {
        containers.enter(level, serial);
        return containers.generator;
    }

    StreamedObject put(String name, String value) {
        enter().writeStringProperty(name, value);
        return this;
    }

    StreamedObject put(String name, long value) {
        enter().writeNumberProperty(name, value);
        return this;
    }

    StreamedObject putObject(String name) {
        enter().writeObjectPropertyStart(name);
        return new StreamedObject(containers, level + 1, containers.push(false));
    }

    StreamedArray putArray(String name) {
        enter().writeArrayPropertyStart(name);
        return new StreamedArray(name, new StreamedObject(containers, level + 1, containers.push(true)));
    }

    /** An array of the document: strings or objects. */
    static final class StreamedArray {
        private final String name;
        private final StreamedObject self;

        private StreamedArray(String name, StreamedObject self) {
            this.name = name;
            this.self = self;
        }

        void add(String value) {
            self.enter().writeString(value);
        }

        StreamedObject addObject() {
            self.enter().writeStartObject();
            return new StreamedObject(self.containers, self.level + 1, self.containers.push(false));
        }

        /**
         * Adds {@code value} as an object that {@code writer} fills. In a list of the root (level 2) written with
         * {@link Reuse}, the bytes of the same object in the last document are copied instead, and the bytes
         * written are kept for the next one.
         */
        <T> void addObject(T value, BiConsumer<StreamedObject, T> writer) {
            Reuse reuse = self.containers.reuse;
            if (reuse == null || self.level != 2) {
                writer.accept(addObject(), value);
                return;
            }
            JsonGenerator generator = self.enter();
            byte[] known = reuse.previous(name, value);
            if (known != null) {
                generator.writeRawValue(""); // the separator and indent any value gets, then its bytes as they were
                generator.flush();
                reuse.buffer.write(known, 0, known.length);
            } else {
                generator.flush();
                int from = reuse.buffer.size();
                writer.accept(addObject(), value);
                self.enter(); // closes the element
                generator.flush();
                known = reuse.buffer.valueFrom(from);
            }
            reuse.keep(name, value, known);
        }
    }
}
