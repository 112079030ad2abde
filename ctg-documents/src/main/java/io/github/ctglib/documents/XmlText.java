package io.github.ctglib.documents;

/** Text as XML 1.0 accepts it: the control characters it forbids are left out (they have no place on paper). */
final class XmlText {

    private XmlText() {}

    static String legal(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(XmlText::allowed).forEach(out::appendCodePoint);
        return out.toString();
    }

    static boolean allowed(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD)
                || cp >= 0x10000;
    }
}
