package io.github.ctglib.documents;

/** The formats of the convention and the amendment: two editable ones and PDF. */
public enum Format {
    /** OpenDocument text, the format the French administration's interoperability framework recommends. */
    ODT("odt", "application/vnd.oasis.opendocument.text"),
    /** Office Open XML (Word). */
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    /** PDF, to print or to archive. */
    PDF("pdf", "application/pdf");

    private final String extension;
    private final String mediaType;

    Format(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    /**
     * The usual file extension.
     *
     * @return the extension without the dot, {@code odt}
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
