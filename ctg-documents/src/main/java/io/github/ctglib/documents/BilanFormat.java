package io.github.ctglib.documents;

/** The formats of the yearly bilan. */
public enum BilanFormat {
    /** PDF, to hand out at the steering committee. */
    PDF("pdf", "application/pdf"),
    /** One self-contained HTML page (charts inlined), to show on a screen or send by mail. */
    HTML("html", "text/html; charset=UTF-8");

    private final String extension;
    private final String mediaType;

    BilanFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    /**
     * The usual file extension.
     *
     * @return the extension without the dot, {@code pdf}
     */
    public String extension() {
        return extension;
    }

    /**
     * The media type, for an HTTP answer.
     *
     * @return the media type, e.g. {@code application/pdf}
     */
    public String mediaType() {
        return mediaType;
    }
}
