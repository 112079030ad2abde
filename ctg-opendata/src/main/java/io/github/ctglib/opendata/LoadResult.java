package io.github.ctglib.opendata;

import io.github.ctglib.convention.Indicator;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What the files gave for a convention: the indicators, the figures and rows left out with their reasons, and how
 * each file was read.
 *
 * @param indicators the diagnostic indicators, by file then territory then the file's column order
 * @param skipped    what was left out, and why
 * @param files      each file, recognised as which dataset
 */
public record LoadResult(List<Indicator> indicators, List<Skipped> skipped, List<FileRead> files) {

    /**
     * Copies the lists.
     *
     * @param indicators the diagnostic indicators
     * @param skipped    what was left out, and why
     * @param files      each file, recognised as which dataset
     */
    public LoadResult {
        indicators = List.copyOf(indicators);
        skipped = List.copyOf(skipped);
        files = List.copyOf(files);
    }

    /**
     * One file as it was read.
     *
     * @param file      the file
     * @param dataset   the publisher's dataset it was recognised as, e.g. {@code txcouv_pe_epci}, {@code Filosofi 2021}
     * @param rows      its rows (after the header)
     * @param history   whether it is a {@code _hist} series (its name says so)
     * @param utf8      whether it was UTF-8; a file that is not was read as Windows-1252
     */
    public record FileRead(Path file, String dataset, int rows, boolean history, boolean utf8) {

        /**
         * Checks the parts.
         *
         * @param file    the file
         * @param dataset the publisher's dataset
         * @param rows    its rows
         * @param history whether it is a {@code _hist} series
         * @param utf8    whether it was UTF-8
         */
        public FileRead {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(dataset, "dataset");
        }
    }
}
