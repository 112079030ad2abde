package io.github.ctglib.format.json;

import java.util.List;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * How a document of an earlier format version is read: step by step, each step turning a tree of version
 * {@code n} into one of version {@code n + 1} (a field renamed, a default filled in), before the strict
 * reading of the current version. Writing always gives the current version. An optional field added keeps
 * the version: earlier documents are still valid and read with the field absent. The version goes up when
 * earlier documents would otherwise be read wrongly (a rename, a new meaning, a new required field).
 *
 * <p>A step changes only what it finds: it also runs on the head of a document that a store's scan read
 * (its summary fields alone), and it leaves a malformed value in place for the strict reading to report with
 * its path.
 */
final class FormatUpgrades {
    private FormatUpgrades() {}

    /** The steps from version 1 on: {@code STEPS.get(n - 1)} upgrades version {@code n}. */
    static final List<Consumer<ObjectNode>> STEPS = List.of(FormatUpgrades::version1To2,
            FormatUpgrades::version2To3);

    /** Upgrades {@code root}, a document of format version {@code version}, to {@link ConventionJson#FORMAT}. */
    static void toCurrent(JsonNode root, int version) {
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

    /**
     * Version 1 to 2: a party's one representative and signature day become its list of representatives; the
     * one EPCI, the one predecessor and the one coordinator become lists; an amendment's added actions,
     * parties and communes and its new end of validity become typed changes, in that order. A version 1
     * amendment did not record the end of validity it replaced: its EXTEND_VALIDITY change has no
     * {@code previousEnd}, so the convention as it stood before such an amendment keeps the extended end.
     * The lists version 2 added (axes, notes, documents, attendees) are absent, read as empty.
     */
    static void version1To2(ObjectNode root) {
        if (root.get("territory") instanceof ObjectNode territory) {
            toList(territory, "epciSiren", "epciSirens");
        }
        toList(root, "predecessorId", "predecessorIds");
        signatories(root.get("signatories"));
        if (root.get("governance") instanceof ObjectNode governance) {
            JsonNode coordinator = governance.remove("coordinator");
            if (coordinator != null) {
                governance.putArray("coordinators").add(coordinator); // a person: name and title
            }
        }
        if (root.get("amendments") instanceof ArrayNode amendments) {
            for (JsonNode element : amendments) {
                if (element instanceof ObjectNode amendment) {
                    amendmentChanges(amendment);
                }
            }
        }
    }

    /**
     * Version 2 to 3: nothing to change. Version 3 adds the equipment annex, the territory bonus terms, a budget
     * line's equipment and an indicator's dataset, source URL and scale, all optional or empty lists: a version 2
     * document is a valid version 3 one. The version went up so that the published schema of version 2 stays
     * true of every document that names it.
     */
    static void version2To3(ObjectNode root) {
        // Only the format name changes, which upgrade() writes.
    }

    /** {@code "name": v} becomes {@code "listName": [v]}; absent stays absent (an empty list). */
    private static void toList(ObjectNode node, String name, String listName) {
        JsonNode value = node.remove(name);
        if (value != null) {
            node.putArray(listName).add(value);
        }
    }

    private static void signatories(JsonNode signatories) {
        if (!(signatories instanceof ArrayNode parties)) {
            return;
        }
        for (JsonNode element : parties) {
            if (element instanceof ObjectNode party) {
                representatives(party);
            }
        }
    }

    /** {@code representative} and {@code signedOn} become one representative who signed on that day. */
    private static void representatives(ObjectNode party) {
        JsonNode representative = party.remove("representative");
        JsonNode signedOn = party.remove("signedOn");
        if (representative instanceof ObjectNode person && signedOn != null) {
            person.set("signedOn", signedOn);
        } else if (signedOn != null) {
            party.set("signedOn", signedOn); // without a representative: left for the strict reading to report
        }
        if (representative != null) {
            party.putArray("representatives").add(representative);
        }
    }

    private static void amendmentChanges(ObjectNode amendment) {
        JsonNode actions = amendment.remove("addedActions");
        JsonNode parties = amendment.remove("addedSignatories");
        JsonNode communes = amendment.remove("addedCommuneCodes");
        JsonNode newEnd = amendment.remove("newValidityEnd");
        if (actions == null && parties == null && communes == null && newEnd == null) {
            return;
        }
        signatories(parties);
        ArrayNode changes = amendment.putArray("changes");
        eachOrAll(actions, action -> changes.addObject().put("kind", "ADD_ACTION").set("action", action));
        eachOrAll(parties, party -> changes.addObject().put("kind", "ADD_PARTY").set("party", party));
        if (communes != null && !(communes.isArray() && communes.isEmpty())) {
            changes.addObject().put("kind", "ADD_COMMUNES").set("communeCodes", communes);
        }
        if (newEnd != null) {
            changes.addObject().put("kind", "EXTEND_VALIDITY").set("newEnd", newEnd);
        }
    }

    /** Each element of an array, or a value that is not one as it is (the strict reading reports it). */
    private static void eachOrAll(JsonNode values, Consumer<JsonNode> change) {
        if (values == null) {
            return;
        }
        if (values.isArray()) {
            values.forEach(change);
        } else {
            change.accept(values);
        }
    }
}
