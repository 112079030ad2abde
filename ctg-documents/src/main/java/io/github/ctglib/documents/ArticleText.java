package io.github.ctglib.documents;

import io.github.ctglib.documents.Doc.Block;
import io.github.ctglib.documents.Doc.Heading;
import io.github.ctglib.documents.Doc.Para;
import java.util.ArrayList;
import java.util.List;

/** Reads the plain text a template wrote into headings, paragraphs and list items (see {@link DocumentTemplate}). */
final class ArticleText {

    private ArticleText() {}

    static List<Block> blocks(String text) {
        List<Block> blocks = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        for (String raw : text.split("\\R", -1)) {
            String line = raw.strip();
            if (line.isEmpty()) {
                flush(paragraph, blocks);
            } else if (line.startsWith("## ")) {
                flush(paragraph, blocks);
                blocks.add(new Heading(3, line.substring(3).strip()));
            } else if (line.startsWith("# ")) {
                flush(paragraph, blocks);
                blocks.add(new Heading(2, line.substring(2).strip()));
            } else if (line.startsWith("- ")) {
                flush(paragraph, blocks);
                blocks.add(Para.item(line.substring(2).strip()));
            } else {
                if (paragraph.length() > 0) {
                    paragraph.append(' ');
                }
                paragraph.append(line);
            }
        }
        flush(paragraph, blocks);
        return blocks;
    }

    private static void flush(StringBuilder paragraph, List<Block> blocks) {
        if (paragraph.length() > 0) {
            blocks.add(Para.body(paragraph.toString()));
            paragraph.setLength(0);
        }
    }
}
