package io.github.ctglib.convention;

import io.github.ctglib.vocabulary.ConstraintCodes;
import io.github.ctglib.vocabulary.Texts;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A reference to a document attached to the convention (pièce jointe): the signed convention, a deliberation,
 * the diagnostic report, committee minutes. ctg keeps the reference — title, kind, date, media type, size,
 * SHA-256 and a location the integrator chooses (a path, a URL, a key in a document store) — never the bytes;
 * {@link #matches(InputStream)} tells whether given bytes are the document referred to.
 */
@Value.Immutable
public interface DocumentReference {

    /** A SHA-256 digest in lower-case hexadecimal. */
    String SHA_256 = "[0-9a-f]{64}";

    /** {@return the document's title} */
    @Size(max = Texts.SHORT, message = ConstraintCodes.TEXT_TOO_LONG)
    String getTitle();

    /** {@return what kind of document it is} */
    DocumentKind getKind();

    /** {@return the day it bears, when it has one} */
    Optional<LocalDate> getDate();

    /** {@return its media type, e.g. "application/pdf"} */
    @Size(max = 255, message = ConstraintCodes.TEXT_TOO_LONG)
    String getMediaType();

    /** {@return its size in bytes} */
    @Min(value = 0, message = ConstraintCodes.NOT_POSITIVE)
    long getSize();

    /** {@return its SHA-256 digest, in lower-case hexadecimal} */
    @Pattern(regexp = SHA_256, message = ConstraintCodes.DIGEST_FORMAT)
    String getSha256();

    /** {@return where the integrator keeps it; ctg does not interpret it} */
    @Size(max = Texts.SHORT, message = ConstraintCodes.TEXT_TOO_LONG)
    String getLocation();

    /** {@return a builder of document references} */
    static ImmutableDocumentReference.Builder builder() {
        return ImmutableDocumentReference.builder();
    }

    /**
     * Whether {@code bytes} are this document: same size and same SHA-256. Reads the stream to its end.
     *
     * @param bytes the document's content, read to its end and not closed
     * @return {@code true} when size and digest are this reference's
     * @throws IOException when the stream cannot be read
     */
    default boolean matches(InputStream bytes) throws IOException {
        MessageDigest digest = sha256();
        long size = 0;
        byte[] buffer = new byte[64 * 1024];
        for (int n; (n = bytes.read(buffer)) >= 0; ) {
            digest.update(buffer, 0, n);
            size += n;
        }
        return size == getSize() && HexFormat.of().formatHex(digest.digest()).equals(getSha256());
    }

    /**
     * The lower-case hexadecimal SHA-256 of {@code bytes}, as {@link #getSha256()} holds it.
     *
     * @param bytes the content
     * @return its digest
     */
    static String sha256Of(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform provides SHA-256", e);
        }
    }

    /** Refuses, when the value is built, a blank title, media type or location. Immutables calls it. */
    @Value.Check
    default void check() {
        Texts.requireNonBlank(getTitle(), "DocumentReference", "title");
        Texts.requireNonBlank(getMediaType(), "DocumentReference", "mediaType");
        Texts.requireNonBlank(getLocation(), "DocumentReference", "location");
    }
}
