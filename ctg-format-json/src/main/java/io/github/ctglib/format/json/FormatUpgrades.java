package io.github.ctglib.format.json;

import java.util.List;
import java.util.function.Consumer;
import tools.jackson.databind.node.ObjectNode;

/**
 * How a document of an earlier format version is read: step by step, each step turning a tree of version
 * {@code n} into one of version {@code n + 1} (a field renamed, a default filled in), before the strict
 * reading of the current version. Writing always gives the current version. An optional field added keeps
 * the version: earlier documents are still valid and read with the field absent. The version goes up when
 * earlier documents would otherwise be read wrongly (a rename, a new meaning, a new required field).
 */
final class FormatUpgrades {
    private FormatUpgrades() {}

    /** The steps from version 1 on: {@code STEPS.get(n - 1)} upgrades version {@code n}. */
    static final List<Consumer<ObjectNode>> STEPS = List.of();

    /** Upgrades {@code root}, a document of format version {@code version}, to {@link ConventionJson#FORMAT}. */
    static void toCurrent(tools.jackson.databind.JsonNode root, int version) {
        upgrade((ObjectNode) root, version, STEPS);
    }

    /** Applies the steps from {@code version} on, then names the version they lead to. */
    static void upgrade(ObjectNode root, int version, List<Consumer<ObjectNode>> steps) {
        for (int from = version; from <= steps.size(); from++) {
            steps.get(from - 1).accept(root);
        }
        if (version <= steps.size()) {
            root.put("format", "ctg-convention/" + (steps.size() + 1));
        }
    }
}
