package io.github.ctglib.cli;

import picocli.CommandLine.Option;

/** {@code --store URI}, on every command that uses a store. */
final class StoreOption {

    @Option(names = "--store", paramLabel = "URI", defaultValue = Stores.DEFAULT_URI, descriptionKey = "store")
    String uri;
}
