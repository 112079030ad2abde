package io.github.ctglib.convention;

import io.github.ctglib.actionplan.ActionSheet;
import io.github.ctglib.actionplan.ImmutableActionSheet;
import io.github.ctglib.convention.AmendmentChange.AddAction;
import io.github.ctglib.equipment.Equipment;
import io.github.ctglib.equipment.ImmutableEquipment;
import io.github.ctglib.convention.AmendmentChange.AddCommunes;
import io.github.ctglib.convention.AmendmentChange.AddField;
import io.github.ctglib.convention.AmendmentChange.AddParty;
import io.github.ctglib.convention.AmendmentChange.ChangeBudget;
import io.github.ctglib.convention.AmendmentChange.ExtendValidity;
import io.github.ctglib.convention.AmendmentChange.ReplaceAction;
import io.github.ctglib.convention.AmendmentChange.WithdrawAction;
import io.github.ctglib.convention.AmendmentChange.WithdrawCommunes;
import io.github.ctglib.convention.AmendmentChange.WithdrawParty;
import io.github.ctglib.vocabulary.FieldOfAction;
import io.github.ctglib.vocabulary.DateRange;
import io.github.ctglib.vocabulary.Withdrawal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * What an amendment's (avenant's) changes do to a convention's sections: {@link #applied} when it takes effect
 * (each change recording what it replaced) and {@link #asOn} to give back the convention as it stood on an
 * earlier day. One place for both directions, so that they cannot disagree.
 *
 * <p>Amendments act in the order they took effect: by their effective day, and by number on the same day. An
 * amendment whose last signature is dated before that of one already in effect (a signature recorded late) is
 * put in its place: the later ones are undone, it is applied, and they are applied again on top of it. So undoing
 * the amendments in effect after a day, last first, always gives the convention as it stood on that day.
 *
 * <p>Each change is expected to apply to the convention it meets (the command rules check it when the amendment
 * is proposed and when it takes effect): an action it replaces, withdraws or re-budgets is in the plan and not
 * withdrawn; what it adds is not there yet; what it withdraws is there. Under that condition, applying then
 * undoing gives back the original sections exactly.
 */
public final class AmendmentEffects {

    /** The order amendments act in: effective day, then number. */
    private static final Comparator<Amendment> IN_ORDER_OF_EFFECT = Comparator
            .comparing((Amendment a) -> a.getEffectiveOn().orElseThrow()).thenComparing(Amendment::getNumber);

    private AmendmentEffects() {}

    /**
     * The convention once {@code amendment} (numbered in {@code c}, with its effective day set) is in effect: its
     * changes applied in order, and the amendment replaced in the list by its recorded form. Amendments of
     * {@code c} already in effect after it (by day, then number) are undone first and applied again after it.
     *
     * @param c the convention the amendment is part of
     * @param amendment the amendment, with its effective day
     * @return the convention with the amendment in effect
     */
    public static Convention applied(Convention c, Amendment amendment) {
        if (amendment.getEffectiveOn().isEmpty()) {
            throw new IllegalArgumentException("Amendment " + amendment.getNumber() + " is not in effect");
        }
        List<Amendment> later = c.getAmendments().stream()
                .filter(a -> a.isInEffect() && a.getNumber() != amendment.getNumber()
                        && IN_ORDER_OF_EFFECT.compare(a, amendment) > 0)
                .sorted(IN_ORDER_OF_EFFECT.reversed())
                .toList();
        Convention base = c;
        if (!later.isEmpty()) {
            Sections s = new Sections(c);
            later.forEach(a -> undoAll(s, a));
            base = s.into(c);
        }
        Convention now = applyOne(base, asWritten(amendment));
        for (int i = later.size() - 1; i >= 0; i--) {
            now = applyOne(now, asWritten(later.get(i)));
        }
        return now;
    }

    /**
     * The convention as it stood on {@code day}: the amendments that took effect after that day undone, last
     * first, and shown as they were then — not in effect, with only the signatures dated on or before that day,
     * their changes without what they recorded.
     *
     * @param c the convention as it stands
     * @param day the day to go back to: the amendments that took effect after it are undone
     * @return the convention as it stood that day
     */
    public static Convention asOn(Convention c, LocalDate day) {
        List<Amendment> later = c.getAmendments().stream()
                .filter(a -> a.isInEffect() && !a.isInEffectOn(day))
                .sorted(IN_ORDER_OF_EFFECT.reversed())
                .toList();
        if (later.isEmpty()) {
            return c;
        }
        Sections s = new Sections(c);
        List<Amendment> amendments = new ArrayList<>(c.getAmendments());
        for (Amendment amendment : later) {
            undoAll(s, amendment);
            Amendment pending = ImmutableAmendment.copyOf(asWritten(amendment)).withEffectiveOn(Optional.empty())
                    .withSignatures(amendment.getSignatures().stream()
                            .filter(sig -> !sig.getDate().isAfter(day)).toList());
            amendments = replace(amendments, pending);
        }
        return s.into(c).withAmendments(amendments);
    }

    /**
     * {@code amendment} as it was written: its changes without what they recorded when it took effect.
     *
     * @param amendment the amendment, as recorded
     * @return the amendment as it was written
     */
    public static Amendment asWritten(Amendment amendment) {
        List<AmendmentChange> changes = amendment.getChanges().stream().map(AmendmentEffects::asWritten).toList();
        return ImmutableAmendment.copyOf(amendment).withChanges(changes);
    }

    private static AmendmentChange asWritten(AmendmentChange change) {
        if (change instanceof ReplaceAction replace) {
            return ImmutableAmendmentChange.ReplaceAction.copyOf(replace).withReplaced(Optional.empty());
        } else if (change instanceof ChangeBudget budget) {
            return ImmutableAmendmentChange.ChangeBudget.copyOf(budget).withPreviousBudget(List.of());
        } else if (change instanceof ExtendValidity extend) {
            return ImmutableAmendmentChange.ExtendValidity.copyOf(extend).withPreviousEnd(Optional.empty());
        } else if (change instanceof AmendmentChange.ReplaceEquipment replace) {
            return ImmutableAmendmentChange.ReplaceEquipment.copyOf(replace).withReplaced(Optional.empty());
        }
        return change;
    }

    private static Convention applyOne(Convention c, Amendment amendment) {
        LocalDate day = amendment.getEffectiveOn().orElseThrow();
        Sections s = new Sections(c);
        List<AmendmentChange> recorded = new ArrayList<>();
        for (AmendmentChange change : amendment.getChanges()) {
            recorded.add(apply(s, change, amendment, day));
        }
        Amendment done = ImmutableAmendment.copyOf(amendment).withChanges(recorded);
        return s.into(c).withAmendments(replace(c.getAmendments(), done));
    }

    private static void undoAll(Sections s, Amendment amendment) {
        List<AmendmentChange> changes = amendment.getChanges();
        for (int i = changes.size() - 1; i >= 0; i--) {
            undo(s, changes.get(i));
        }
    }

    private static AmendmentChange apply(Sections s, AmendmentChange change, Amendment amendment, LocalDate day) {
        if (change instanceof AddAction add) {
            s.actions.add(add.getAction());
        } else if (change instanceof ReplaceAction replace) {
            Optional<ActionSheet> old = s.action(replace.getActionNumber());
            s.updateAction(replace.getActionNumber(), a -> replace.getReplacement());
            return ImmutableAmendmentChange.ReplaceAction.copyOf(replace).withReplaced(old);
        } else if (change instanceof WithdrawAction withdraw) {
            Withdrawal mark = Withdrawal.of(amendment.getNumber(), day, withdraw.getReason());
            s.updateAction(withdraw.getActionNumber(), a -> ImmutableActionSheet.copyOf(a).withWithdrawal(mark));
        } else if (change instanceof ChangeBudget budget) {
            List<io.github.ctglib.actionplan.BudgetLine> previous = s.action(budget.getActionNumber())
                    .map(ActionSheet::getBudget).orElse(List.of());
            s.updateAction(budget.getActionNumber(), a -> ImmutableActionSheet.copyOf(a).withBudget(budget.getBudget()));
            return ImmutableAmendmentChange.ChangeBudget.copyOf(budget).withPreviousBudget(previous);
        } else if (change instanceof AddField field) {
            s.fields.add(field.getField());
        } else if (change instanceof AmendmentChange.AddAxis axis) {
            s.axes.add(axis.getAxis());
        } else if (change instanceof AddCommunes communes) {
            s.communes.addAll(communes.getCommuneCodes());
        } else if (change instanceof WithdrawCommunes communes) {
            s.communes.removeAll(communes.getCommuneCodes());
        } else if (change instanceof AddParty party) {
            LocalDate signedOn = amendment.getSignatures().stream()
                    .filter(sig -> sig.getSignatoryName().equals(party.getParty().getName()))
                    .map(AmendmentSignature::getDate).findFirst().orElse(day);
            s.parties.add(signedAll(party.getParty(), signedOn));
        } else if (change instanceof WithdrawParty withdraw) {
            Withdrawal mark = Withdrawal.of(amendment.getNumber(), day, withdraw.getReason());
            s.updateParty(withdraw.getPartyName(), p -> ImmutableSignatory.copyOf(p).withWithdrawal(mark));
        } else if (change instanceof ExtendValidity extend) {
            LocalDate previous = s.validity.getTo();
            s.validity = DateRange.of(s.validity.getFrom(), extend.getNewEnd());
            return ImmutableAmendmentChange.ExtendValidity.copyOf(extend).withPreviousEnd(previous);
        } else if (change instanceof AmendmentChange.AddEquipment add) {
            s.equipment.add(add.getEquipment());
        } else if (change instanceof AmendmentChange.ReplaceEquipment replace) {
            Optional<Equipment> old = s.equipment(replace.getEquipmentReference());
            s.updateEquipment(replace.getEquipmentReference(), e -> replace.getReplacement());
            return ImmutableAmendmentChange.ReplaceEquipment.copyOf(replace).withReplaced(old);
        } else if (change instanceof AmendmentChange.WithdrawEquipment withdraw) {
            Withdrawal mark = Withdrawal.of(amendment.getNumber(), day, withdraw.getReason());
            s.updateEquipment(withdraw.getEquipmentReference(), e -> ImmutableEquipment.copyOf(e).withWithdrawal(mark));
        }
        return change;
    }

    private static void undo(Sections s, AmendmentChange change) {
        if (change instanceof AddAction add) {
            s.actions.removeIf(a -> a.getNumber().equals(add.getAction().getNumber()));
        } else if (change instanceof ReplaceAction replace) {
            replace.getReplaced().ifPresent(old -> s.updateAction(replace.getReplacement().getNumber(), a -> old));
        } else if (change instanceof WithdrawAction withdraw) {
            s.updateAction(withdraw.getActionNumber(),
                    a -> ImmutableActionSheet.copyOf(a).withWithdrawal(Optional.empty()));
        } else if (change instanceof ChangeBudget budget) {
            s.updateAction(budget.getActionNumber(),
                    a -> ImmutableActionSheet.copyOf(a).withBudget(budget.getPreviousBudget()));
        } else if (change instanceof AddField field) {
            s.fields.remove(field.getField());
        } else if (change instanceof AmendmentChange.AddAxis axis) {
            s.axes.removeIf(a -> a.getNumber() == axis.getAxis().getNumber());
        } else if (change instanceof AddCommunes communes) {
            s.communes.removeAll(communes.getCommuneCodes());
        } else if (change instanceof WithdrawCommunes communes) {
            s.communes.addAll(communes.getCommuneCodes());
        } else if (change instanceof AddParty party) {
            s.parties.removeIf(p -> p.getName().equals(party.getParty().getName()));
        } else if (change instanceof WithdrawParty withdraw) {
            s.updateParty(withdraw.getPartyName(), p -> ImmutableSignatory.copyOf(p).withWithdrawal(Optional.empty()));
        } else if (change instanceof ExtendValidity extend) {
            extend.getPreviousEnd().ifPresent(end -> s.validity = DateRange.of(s.validity.getFrom(), end));
        } else if (change instanceof AmendmentChange.AddEquipment add) {
            s.equipment.removeIf(e -> e.getReference().equals(add.getEquipment().getReference()));
        } else if (change instanceof AmendmentChange.ReplaceEquipment replace) {
            replace.getReplaced().ifPresent(old -> s.updateEquipment(replace.getEquipmentReference(), e -> old));
        } else if (change instanceof AmendmentChange.WithdrawEquipment withdraw) {
            s.updateEquipment(withdraw.getEquipmentReference(),
                    e -> ImmutableEquipment.copyOf(e).withWithdrawal(Optional.empty()));
        }
    }

    /**
     * A party added by an amendment has signed it: each of its representatives on the day the party signed the
     * amendment (the party signs an amendment as a whole).
     */
    private static Signatory signedAll(Signatory party, LocalDate day) {
        List<Representative> signed = party.getRepresentatives().stream()
                .map(r -> (Representative) ImmutableRepresentative.copyOf(r).withSignedOn(day))
                .toList();
        return ImmutableSignatory.copyOf(party).withRepresentatives(signed);
    }

    private static List<Amendment> replace(List<Amendment> amendments, Amendment amendment) {
        List<Amendment> out = new ArrayList<>(amendments);
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i).getNumber() == amendment.getNumber()) {
                out.set(i, amendment);
            }
        }
        return out;
    }

    /** The sections an amendment changes, as mutable copies. */
    private static final class Sections {
        final List<ActionSheet> actions;
        final List<Signatory> parties;
        final Set<FieldOfAction> fields;
        final List<io.github.ctglib.actionplan.Axis> axes;
        final TreeSet<String> communes;
        final List<Equipment> equipment;
        DateRange validity;

        Sections(Convention c) {
            actions = new ArrayList<>(c.getActions());
            parties = new ArrayList<>(c.getSignatories());
            fields = new LinkedHashSet<>(c.getFields());
            axes = new ArrayList<>(c.getAxes());
            communes = new TreeSet<>(c.getTerritory().getCommuneCodes());
            validity = c.getValidity();
            equipment = new ArrayList<>(c.getEquipment());
        }

        Optional<Equipment> equipment(String reference) {
            return equipment.stream().filter(e -> e.getReference().equals(reference)).findFirst();
        }

        void updateEquipment(String reference, UnaryOperator<Equipment> update) {
            equipment.replaceAll(e -> e.getReference().equals(reference) ? update.apply(e) : e);
        }

        Optional<ActionSheet> action(String number) {
            return actions.stream().filter(a -> a.getNumber().equals(number)).findFirst();
        }

        void updateAction(String number, UnaryOperator<ActionSheet> update) {
            actions.replaceAll(a -> a.getNumber().equals(number) ? update.apply(a) : a);
        }

        void updateParty(String name, UnaryOperator<Signatory> update) {
            parties.replaceAll(p -> p.getName().equals(name) ? update.apply(p) : p);
        }

        ImmutableConvention into(Convention c) {
            return ImmutableConvention.copyOf(c).withActions(actions).withSignatories(parties).withFields(fields).withAxes(axes)
                    .withTerritory(ImmutableTerritory.copyOf(c.getTerritory()).withCommuneCodes(communes))
                    .withValidity(validity).withEquipment(equipment);
        }
    }
}
