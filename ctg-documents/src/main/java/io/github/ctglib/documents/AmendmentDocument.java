package io.github.ctglib.documents;

import io.github.ctglib.actionplan.ActionSheet;
import io.github.ctglib.actionplan.BudgetLine;
import io.github.ctglib.actionplan.BudgetNature;
import io.github.ctglib.convention.Amendment;
import io.github.ctglib.convention.AmendmentChange;
import io.github.ctglib.convention.AmendmentSignature;
import io.github.ctglib.convention.Convention;
import io.github.ctglib.convention.Signatory;
import io.github.ctglib.documents.Doc.Block;
import io.github.ctglib.documents.Doc.Heading;
import io.github.ctglib.documents.Doc.PageBreak;
import io.github.ctglib.documents.Doc.Para;
import io.github.ctglib.documents.Doc.Style;
import io.github.ctglib.equipment.Equipment;
import io.github.ctglib.territory.Geography;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The amendment (avenant n°N) as paper: its object, the changes it makes in words, the parties' signatures. */
final class AmendmentDocument {

    private AmendmentDocument() {}

    static Doc of(Convention convention, Amendment amendment, DocumentTemplate template, Geography geography) {
        List<Map<String, Object>> changes = new ArrayList<>();
        List<ActionSheet> annexed = new ArrayList<>();
        for (AmendmentChange change : amendment.getChanges()) {
            changes.add(describe(convention, change, geography, annexed));
        }
        List<Block> blocks = new ArrayList<>();
        String title = "Avenant n°" + amendment.getNumber() + " à la convention territoriale globale";
        blocks.add(new Para(Style.TITLE, title));
        blocks.add(new Para(Style.SUBTITLE, convention.getTitle()));
        blocks.add(new Para(Style.SUBTITLE, "Établi le " + French.date(amendment.getDate())));
        blocks.addAll(ArticleText.blocks(template.amendmentArticles(
                TemplateScope.of(convention, geography, amendment, changes))));
        blocks.add(new Heading(2, "Signatures"));
        List<Signatory> parties = signingParties(convention, amendment);
        blocks.add(ConventionDocument.signatures(parties,
                (party, representative) -> signedOn(amendment, party)));
        if (!annexed.isEmpty()) {
            blocks.add(new PageBreak());
            blocks.add(new Heading(1, "Annexe – Fiches action ajoutées ou remplacées"));
            annexed.forEach(a -> blocks.addAll(PlanBlocks.sheet(a)));
        }
        return new Doc(title, blocks);
    }

    private static Optional<LocalDate> signedOn(Amendment amendment, Signatory party) {
        return amendment.getSignatures().stream().filter(s -> s.getSignatoryName().equals(party.getName()))
                .map(AmendmentSignature::getDate).findFirst();
    }

    /** Who signs it: the parties in the convention at the time, those it withdraws and those it adds. */
    private static List<Signatory> signingParties(Convention convention, Amendment amendment) {
        Map<String, Signatory> parties = new LinkedHashMap<>();
        for (Signatory party : convention.getSignatories()) {
            boolean withdrawnBefore = party.getWithdrawal().map(w -> w.getAmendmentNumber() != amendment.getNumber())
                    .orElse(false);
            if (!withdrawnBefore) {
                parties.put(party.getName(), party);
            }
        }
        amendment.addedParties().forEach(p -> parties.putIfAbsent(p.getName(), p));
        return List.copyOf(parties.values());
    }

    private static Map<String, Object> describe(Convention convention, AmendmentChange change, Geography geography,
            List<ActionSheet> annexed) {
        List<String> lines = new ArrayList<>();
        String heading;
        if (change instanceof AmendmentChange.AddAction add) {
            ActionSheet action = add.getAction();
            heading = "Ajout de la fiche action " + action.getNumber() + " « " + action.getTitle() + " »";
            lines.add("La fiche action est ajoutée au plan d'actions ; elle figure en annexe du présent avenant.");
            annexed.add(action);
        } else if (change instanceof AmendmentChange.ReplaceAction replace) {
            heading = "Remplacement de la fiche action " + replace.getActionNumber();
            replace.getReplaced().ifPresent(r -> lines.add("Fiche remplacée : « " + r.getTitle() + " »"));
            lines.add("Nouvelle fiche : « " + replace.getReplacement().getTitle() + " », en annexe du présent avenant");
            annexed.add(replace.getReplacement());
        } else if (change instanceof AmendmentChange.WithdrawAction withdraw) {
            heading = "Retrait de la fiche action " + withdraw.getActionNumber()
                    + convention.action(withdraw.getActionNumber()).map(a -> " « " + a.getTitle() + " »").orElse("");
            withdraw.getReason().ifPresent(r -> lines.add("Motif : " + r));
        } else if (change instanceof AmendmentChange.ChangeBudget budget) {
            heading = "Modification du budget de la fiche action " + budget.getActionNumber();
            budget.getBudget().forEach(l -> lines.add("Nouveau budget : " + budgetLine(l)));
            budget.getPreviousBudget().forEach(l -> lines.add("Budget précédent : " + budgetLine(l)));
            if (budget.getBudget().isEmpty()) {
                lines.add("La fiche action n'a plus de ligne budgétaire.");
            }
        } else if (change instanceof AmendmentChange.AddField field) {
            heading = "Ajout du champ d'intervention « " + field.getField().describe() + " »";
        } else if (change instanceof AmendmentChange.AddAxis axis) {
            heading = "Ajout de l'axe " + axis.getAxis().getNumber() + " – " + axis.getAxis().getTitle();
        } else if (change instanceof AmendmentChange.AddCommunes communes) {
            heading = "Extension du territoire";
            lines.add("Communes ajoutées : " + TemplateScope.communeList(communes.getCommuneCodes(), geography));
        } else if (change instanceof AmendmentChange.WithdrawCommunes communes) {
            heading = "Réduction du territoire";
            lines.add("Communes retirées : " + TemplateScope.communeList(communes.getCommuneCodes(), geography));
        } else if (change instanceof AmendmentChange.AddParty party) {
            Signatory added = party.getParty();
            heading = "Adhésion d'une nouvelle partie : " + added.getName();
            lines.add(French.organisation(added.getKind()) + added.getIdentifier().map(i -> ", SIREN " + i).orElse(""));
            lines.add("Représenté(e) par " + added.getRepresentatives().stream()
                    .map(r -> r.getName() + ", " + r.getTitle()).collect(Collectors.joining(" et ")));
        } else if (change instanceof AmendmentChange.WithdrawParty party) {
            heading = "Retrait d'une partie : " + party.getPartyName();
            party.getReason().ifPresent(r -> lines.add("Motif : " + r));
        } else if (change instanceof AmendmentChange.ExtendValidity extend) {
            heading = "Prolongation de la convention";
            lines.add("Nouvelle échéance : " + French.date(extend.getNewEnd()));
            extend.getPreviousEnd().ifPresent(d -> lines.add("Échéance précédente : " + French.date(d)));
        } else if (change instanceof AmendmentChange.AddEquipment add) {
            Equipment equipment = add.getEquipment();
            heading = "Ajout de l'équipement " + equipment.getReference() + " « " + equipment.getName() + " »";
            lines.addAll(equipmentLines(equipment, geography));
        } else if (change instanceof AmendmentChange.ReplaceEquipment replace) {
            heading = "Modification de l'équipement " + replace.getEquipmentReference();
            replace.getReplaced().ifPresent(e -> lines.add("Auparavant : " + String.join(", ",
                    equipmentLines(e, geography))));
            lines.add("Désormais : " + String.join(", ", equipmentLines(replace.getReplacement(), geography)));
        } else if (change instanceof AmendmentChange.WithdrawEquipment withdraw) {
            heading = "Retrait de l'équipement " + withdraw.getEquipmentReference()
                    + convention.equipment(withdraw.getEquipmentReference()).map(e -> " « " + e.getName() + " »")
                    .orElse("");
            withdraw.getReason().ifPresent(r -> lines.add("Motif : " + r));
        } else {
            throw new IllegalStateException("A change of kind " + change.kind() + " has no French wording yet");
        }
        Map<String, Object> described = new LinkedHashMap<>();
        described.put("heading", heading);
        described.put("lines", lines);
        described.put("kind", change.kind().name());
        return described;
    }

    private static List<String> equipmentLines(Equipment equipment, Geography geography) {
        List<String> lines = new ArrayList<>();
        lines.add(equipment.getName() + " – " + French.equipment(equipment.getKind()));
        lines.add("géré par " + equipment.getManager().getName());
        lines.add("à " + TemplateScope.communeList(List.of(equipment.getCommuneCode()), geography));
        String capacity = French.capacity(equipment);
        if (!capacity.isEmpty()) {
            lines.add(capacity);
        }
        return lines;
    }

    private static String budgetLine(BudgetLine line) {
        return line.getYear() + ", " + line.getFunder() + ", " + French.instrument(line.getInstrument()) + ", "
                + (line.getNature() == BudgetNature.FORECAST ? "prévisionnel" : "réalisé") + " : "
                + French.euros(line.getAmount());
    }
}
