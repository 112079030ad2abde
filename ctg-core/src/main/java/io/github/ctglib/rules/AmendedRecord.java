package io.github.ctglib.rules;

import io.github.ctglib.convention.Amendment;
import io.github.ctglib.convention.AmendmentChange;
import io.github.ctglib.convention.AmendmentEffects;
import io.github.ctglib.convention.Convention;
import io.github.ctglib.convention.Signatory;
import io.github.ctglib.vocabulary.FieldOfAction;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The record of a convention as its amendments change it, one change at a time: what the amendment rules judge
 * each change against. The amendments in effect are replayed from the convention as signed, in the order they
 * took effect; a pending amendment is judged against the record as it stood on its date (the amendments in effect
 * by then), so that one that another amendment overtook is refused when it takes effect, not before. Within an
 * amendment each change sees the earlier ones (an action added, then replaced, is known to the replacement).
 *
 * <p>The record as signed is the convention with its amendments undone ({@link AmendmentEffects#asOn}): an
 * amendment in effect that added what the record already held cannot be told from the record alone (undoing it
 * removes what it added); a pending amendment is judged against the record of its date, so the lifecycle refuses
 * such a change when it is proposed, but a document imported with it already in effect cannot be told apart.
 *
 * <p>It keeps only what the rules ask of the record: which actions it holds and whether active, the communes,
 * the parties and whether active, the fields, the equipment and whether active.
 */
final class AmendedRecord {

    /** A rule's look at one change, with the record as it stands just before it. */
    @FunctionalInterface
    interface ChangeCheck {
        void check(AmendedRecord before, Amendment amendment, AmendmentChange change, String path);
    }

    private final Map<String, Boolean> actionsActive;
    private final TreeSet<String> communes;
    private final Map<String, Boolean> partiesActive;
    private final Set<FieldOfAction> fields;
    private final Set<Integer> axes;
    private final Map<String, Boolean> equipmentActive;

    private AmendedRecord(Convention c) {
        actionsActive = new HashMap<>();
        c.getActions().forEach(a -> actionsActive.put(a.getNumber(), a.isActive()));
        communes = new TreeSet<>(c.getTerritory().getCommuneCodes());
        partiesActive = new LinkedHashMap<>();
        c.getSignatories().forEach(s -> partiesActive.put(s.getName(), s.isActive()));
        fields = new HashSet<>(c.getFields());
        axes = new HashSet<>();
        c.getAxes().forEach(a -> axes.add(a.getNumber()));
        equipmentActive = new HashMap<>();
        c.getEquipment().forEach(e -> equipmentActive.put(e.getReference(), e.isActive()));
    }

    private AmendedRecord(AmendedRecord other) {
        actionsActive = new HashMap<>(other.actionsActive);
        communes = new TreeSet<>(other.communes);
        partiesActive = new LinkedHashMap<>(other.partiesActive);
        fields = new HashSet<>(other.fields);
        axes = new HashSet<>(other.axes);
        equipmentActive = new HashMap<>(other.equipmentActive);
    }

    /** Runs {@code check} on every change of every amendment of {@code c}, each with the record just before it. */
    static void eachChange(Convention c, ChangeCheck check) {
        if (c.getAmendments().isEmpty()) {
            return;
        }
        List<Amendment> amendments = c.getAmendments();
        List<Amendment> inEffect = amendments.stream().filter(Amendment::isInEffect)
                .sorted(Comparator.comparing((Amendment a) -> a.getEffectiveOn().orElseThrow())
                        .thenComparing(Amendment::getNumber))
                .toList();
        AmendedRecord asSigned = new AmendedRecord(AmendmentEffects.asOn(c, LocalDate.MIN));
        AmendedRecord record = new AmendedRecord(asSigned);
        for (Amendment amendment : inEffect) {
            record.replay(amendment, amendments.indexOf(amendment), check);
        }
        for (int i = 0; i < amendments.size(); i++) {
            Amendment proposed = amendments.get(i);
            if (!proposed.isInEffect()) {
                AmendedRecord onItsDate = new AmendedRecord(asSigned);
                inEffect.stream().filter(a -> a.isInEffectOn(proposed.getDate()))
                        .forEach(a -> onItsDate.replay(a, amendments.indexOf(a), (before, amendment, change, path) -> {}));
                onItsDate.replay(proposed, i, check);
            }
        }
    }

    /** The number of the action a change replaces, withdraws or re-budgets. */
    static Optional<String> actionNamed(AmendmentChange change) {
        if (change instanceof AmendmentChange.ReplaceAction replace) {
            return Optional.of(replace.getActionNumber());
        }
        if (change instanceof AmendmentChange.WithdrawAction withdraw) {
            return Optional.of(withdraw.getActionNumber());
        }
        if (change instanceof AmendmentChange.ChangeBudget budget) {
            return Optional.of(budget.getActionNumber());
        }
        return Optional.empty();
    }

    /** The reference of the equipment a change replaces or withdraws. */
    static Optional<String> equipmentNamed(AmendmentChange change) {
        if (change instanceof AmendmentChange.ReplaceEquipment replace) {
            return Optional.of(replace.getEquipmentReference());
        }
        if (change instanceof AmendmentChange.WithdrawEquipment withdraw) {
            return Optional.of(withdraw.getEquipmentReference());
        }
        return Optional.empty();
    }

    /** Whether the annex holds equipment {@code reference}, active or withdrawn. */
    boolean holdsEquipment(String reference) {
        return equipmentActive.containsKey(reference);
    }

    boolean isActiveEquipment(String reference) {
        return equipmentActive.getOrDefault(reference, false);
    }

    /** Whether the record holds action {@code number}, active or withdrawn. */
    boolean holdsAction(String number) {
        return actionsActive.containsKey(number);
    }

    boolean isActiveAction(String number) {
        return actionsActive.getOrDefault(number, false);
    }

    boolean covers(String communeCode) {
        return communes.contains(communeCode);
    }

    boolean covers(FieldOfAction field) {
        return fields.contains(field);
    }

    boolean holdsAxis(int number) {
        return axes.contains(number);
    }

    Set<String> communes() {
        return Collections.unmodifiableSet(communes);
    }

    /** Whether a party of that name is in the record, active or withdrawn. */
    boolean holdsParty(String name) {
        return partiesActive.containsKey(name);
    }

    boolean isActiveParty(String name) {
        return partiesActive.getOrDefault(name, false);
    }

    private void replay(Amendment amendment, int index, ChangeCheck check) {
        for (int k = 0; k < amendment.getChanges().size(); k++) {
            AmendmentChange change = amendment.getChanges().get(k);
            check.check(this, amendment, change, "amendments[" + index + "].changes[" + k + "]");
            apply(change);
        }
    }

    private void apply(AmendmentChange change) {
        if (change instanceof AmendmentChange.AddAction add) {
            actionsActive.put(add.getAction().getNumber(), true);
        } else if (change instanceof AmendmentChange.WithdrawAction withdraw) {
            actionsActive.computeIfPresent(withdraw.getActionNumber(), (number, active) -> false);
        } else if (change instanceof AmendmentChange.AddField add) {
            fields.add(add.getField());
        } else if (change instanceof AmendmentChange.AddAxis add) {
            axes.add(add.getAxis().getNumber());
        } else if (change instanceof AmendmentChange.AddCommunes add) {
            communes.addAll(add.getCommuneCodes());
        } else if (change instanceof AmendmentChange.WithdrawCommunes withdraw) {
            communes.removeAll(withdraw.getCommuneCodes());
        } else if (change instanceof AmendmentChange.AddParty add) {
            Signatory party = add.getParty();
            partiesActive.put(party.getName(), true);
        } else if (change instanceof AmendmentChange.WithdrawParty withdraw) {
            partiesActive.computeIfPresent(withdraw.getPartyName(), (name, active) -> false);
        } else if (change instanceof AmendmentChange.AddEquipment add) {
            equipmentActive.put(add.getEquipment().getReference(), true);
        } else if (change instanceof AmendmentChange.WithdrawEquipment withdraw) {
            equipmentActive.computeIfPresent(withdraw.getEquipmentReference(), (reference, active) -> false);
        }
        // A replacement, a budget and an extended validity change nothing the amendment rules look at.
    }
}
