package io.github.ctglib.documents;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One document as a person reads it — headings, paragraphs, tables, signature blocks, charts — built once from a
 * convention and written by each format's writer, so that the content lives in one place.
 */
record Doc(String title, List<Block> blocks) {

    Doc {
        Objects.requireNonNull(title, "title");
        blocks = List.copyOf(blocks);
    }

    /** A part of the document, in reading order. */
    sealed interface Block permits Heading, Para, Table, PageBreak, Signatures, Chart {}

    /** A heading: level 1 for a part (an annex), 2 for an article or a section, 3 below. */
    record Heading(int level, String text) implements Block {
        Heading {
            text = French.typography(text);
        }
    }

    /** How a paragraph stands on the page. */
    enum Style {
        /** Running text. */
        BODY,
        /** The big centred title of the first page. */
        TITLE,
        /** Centred lines under the title. */
        SUBTITLE,
        /** An item of a list. */
        ITEM,
        /** A small grey remark (an illustrative figure, an empty part). */
        NOTE,
        /** A bold lead-in line (a party's name, a visa heading). */
        STRONG
    }

    /** A paragraph of text. */
    record Para(Style style, String text) implements Block {
        Para {
            text = French.typography(text);
        }

        static Para body(String text) {
            return new Para(Style.BODY, text);
        }

        static Para item(String text) {
            return new Para(Style.ITEM, text);
        }

        static Para note(String text) {
            return new Para(Style.NOTE, text);
        }

        static Para strong(String text) {
            return new Para(Style.STRONG, text);
        }
    }

    /**
     * A table: its header row, its rows (each as wide as the header), the columns holding figures (right-aligned)
     * and the rows that are totals (bold), by index.
     */
    record Table(List<String> header, List<List<String>> rows, Set<Integer> numericColumns, Set<Integer> boldRows)
            implements Block {
        Table {
            header = List.copyOf(header);
            rows = rows.stream().map(row -> row.stream().map(French::typography).toList()).toList();
            numericColumns = Set.copyOf(numericColumns);
            boldRows = Set.copyOf(boldRows);
            for (List<String> row : rows) {
                if (row.size() != header.size()) {
                    throw new IllegalArgumentException("A row of " + row.size() + " cells under a header of "
                            + header.size() + ": " + row);
                }
            }
        }

        /**
         * The share of the width each column gets, in percent (they add up to 100): wide enough for its longest
         * word (a whole figure in a column of figures), wider for long texts, so that no word is cut in a cell.
         */
        List<Integer> widthPercents() {
            // In characters of the body text: about 95 fit across the page's width.
            double page = 95;
            double[] least = new double[header.size()];
            double[] wish = new double[header.size()];
            for (int c = 0; c < least.length; c++) {
                // Headers are bold, hence wider; figures are never broken, nor words.
                double longestWord = longestWord(header.get(c)) * 1.15;
                int longest = header.get(c).length();
                for (List<String> row : rows) {
                    String cell = row.get(c);
                    longestWord = Math.max(longestWord, numericColumns.contains(c) ? cell.length() : longestWord(cell));
                    longest = Math.max(longest, cell.length());
                }
                least[c] = longestWord + 3; // + the cell's padding
                wish[c] = Math.max(least[c], Math.min(longest, 60) * 0.8 + 3);
            }
            double leastTotal = java.util.Arrays.stream(least).sum();
            double extraWished = java.util.Arrays.stream(wish).sum() - leastTotal;
            double room = Math.max(0, page - leastTotal);
            double[] width = new double[least.length];
            for (int c = 0; c < least.length; c++) {
                width[c] = least[c] + (extraWished == 0 ? room / least.length : room * (wish[c] - least[c]) / extraWished);
            }
            double total = java.util.Arrays.stream(width).sum();
            List<Integer> percents = new java.util.ArrayList<>();
            int given = 0;
            for (int c = 0; c < width.length; c++) {
                int percent = c == width.length - 1 ? 100 - given : (int) Math.round(width[c] * 100 / total);
                percents.add(percent);
                given += percent;
            }
            return percents;
        }

        private static int longestWord(String text) {
            int longest = 0;
            for (String word : text.split("[ /]")) {
                longest = Math.max(longest, word.length());
            }
            return longest;
        }
    }

    /** A two-column table of labels and values, as an action sheet's heading lines. */
    static Table facts(List<List<String>> rows) {
        return new Table(List.of("Rubrique", "Contenu"), rows, Set.of(), Set.of());
    }

    /** A new page. */
    record PageBreak() implements Block {}

    /**
     * The signature blocks, kept on one page with their lead line ("Fait en 2 exemplaires originaux."): one per
     * party, each with its representatives and the day they signed, if they did.
     */
    record Signatures(String lead, List<SigningParty> parties) implements Block {
        Signatures {
            parties = List.copyOf(parties);
        }
    }

    /** A party in the signature blocks. */
    record SigningParty(String name, List<Signer> signers) {
        SigningParty {
            signers = List.copyOf(signers);
        }
    }

    /** A person who signs for a party: name, title and the signature date as written ("" when not signed). */
    record Signer(String name, String title, String signedOn) {}

    /** A chart, as a PNG image drawn at twice its display size, with its title (its alternative text). */
    record Chart(String title, byte[] png, int widthPoints, int heightPoints) implements Block {}
}
