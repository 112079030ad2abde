package io.github.ctglib.convention;

import io.github.ctglib.actionplan.ActionSheet;
import io.github.ctglib.actionplan.ImmutableActionSheet;
import io.github.ctglib.convention.AmendmentChange.AddAction;
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
import io.github.ctglib.vocabulary.Period;
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
 * What an amendment's changes do to a convention's sections: {@link #applied} when it takes effect (each change
 * recording what it replaced) and {@link #asOn} to give back the convention as it stood on an earlier day.
 * One place for both directions, so that they cannot disagree.
 */
public final class AmendmentEffects {

    private AmendmentEffects() {}

    /**
     * The convention once {@code amendment} (numbered in {@code c}, with its effective day set) is in effect:
     * its changes applied in order, and the amendment replaced in the list by its recorded form.
     */
    public static Convention applied(Convention c, Amendment amendment) {
        LocalDate day = amendment.getEffectiveOn().orElse(amendment.getDate());
        Sections s = new Sections(c);
        List<AmendmentChange> recorded = new ArrayList<>();
        for (AmendmentChange change : amendment.getChanges()) {
            recorded.add(apply(s, change, amendment, day));
        }
        Amendment done = ImmutableAmendment.copyOf(amendment).withChanges(recorded);
        return s.into(c).withAmendments(replace(c.getAmendments(), done));
    }

    /** The convention as it stood on {@code day}: amendments in effect after that day undone, last first. */
    public static Convention asOn(Convention c, LocalDate day) {
        List<Amendment> later = c.getAmendments().stream()
                .filter(a -> a.isInEffect() && !a.isInEffectOn(day))
                .sorted(Comparator.comparing(Amendment::getNumber).reversed())
                .toList();
        if (later.isEmpty()) {
            return c;
        }
        Sections s = new Sections(c);
        List<Amendment> amendments = new ArrayList<>(c.getAmendments());
        for (Amendment amendment : later) {
            List<AmendmentChange> changes = new ArrayList<>(amendment.getChanges());
            for (int i = changes.size() - 1; i >= 0; i--) {
                undo(s, changes.get(i));
            }
            Amendment pending = ImmutableAmendment.copyOf(amendment).withEffectiveOn(Optional.empty())
                    .withSignatures(amendment.getSignatures().stream().filter(sig -> !sig.getDate().isAfter(day)).toList());
            amendments = replace(amendments, pending);
        }
        return s.into(c).withAmendments(amendments);
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
            s.validity = Period.of(s.validity.getFrom(), extend.getNewEnd());
            return ImmutableAmendmentChange.ExtendValidity.copyOf(extend).withPreviousEnd(previous);
        }
        return change;
    }

    private static void undo(Sections s, AmendmentChange change) {
        if (change instanceof AddAction add) {
            s.actions.removeIf(a -> a.getNumber().equals(add.getAction().getNumber()));
        } else if (change instanceof ReplaceAction replace) {
            replace.getReplaced().ifPresent(old -> s.updateAction(replace.getActionNumber(), a -> old));
        } else if (change instanceof WithdrawAction withdraw) {
            s.updateAction(withdraw.getActionNumber(),
                    a -> ImmutableActionSheet.copyOf(a).withWithdrawal(Optional.empty()));
        } else if (change instanceof ChangeBudget budget) {
            s.updateAction(budget.getActionNumber(),
                    a -> ImmutableActionSheet.copyOf(a).withBudget(budget.getPreviousBudget()));
        } else if (change instanceof AddField field) {
            s.fields.remove(field.getField());
        } else if (change instanceof AddCommunes communes) {
            s.communes.removeAll(communes.getCommuneCodes());
        } else if (change instanceof WithdrawCommunes communes) {
            s.communes.addAll(communes.getCommuneCodes());
        } else if (change instanceof AddParty party) {
            s.parties.removeIf(p -> p.getName().equals(party.getParty().getName()));
        } else if (change instanceof WithdrawParty withdraw) {
            s.updateParty(withdraw.getPartyName(), p -> ImmutableSignatory.copyOf(p).withWithdrawal(Optional.empty()));
        } else if (change instanceof ExtendValidity extend) {
            extend.getPreviousEnd().ifPresent(end -> s.validity = Period.of(s.validity.getFrom(), end));
        }
    }

    /** A party added by an amendment has signed it: each representative on its day, or on {@code day}. */
    private static Signatory signedAll(Signatory party, LocalDate day) {
        List<Representative> signed = party.getRepresentatives().stream()
                .map(r -> r.hasSigned() ? r : (Representative) ImmutableRepresentative.copyOf(r).withSignedOn(day))
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
        final TreeSet<String> communes;
        Period validity;

        Sections(Convention c) {
            actions = new ArrayList<>(c.getActions());
            parties = new ArrayList<>(c.getSignatories());
            fields = new LinkedHashSet<>(c.getFields());
            communes = new TreeSet<>(c.getTerritory().getCommuneCodes());
            validity = c.getValidity();
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
            return ImmutableConvention.copyOf(c).withActions(actions).withSignatories(parties).withFields(fields)
                    .withTerritory(ImmutableTerritory.copyOf(c.getTerritory()).withCommuneCodes(communes))
                    .withValidity(validity);
        }
    }
}
