package io.github.ctglib.documents;

import io.github.ctglib.actionplan.ActionIndicator;
import io.github.ctglib.actionplan.ActionSheet;
import io.github.ctglib.actionplan.Axis;
import io.github.ctglib.actionplan.BudgetLine;
import io.github.ctglib.actionplan.BudgetNature;
import io.github.ctglib.actionplan.BudgetSection;
import io.github.ctglib.convention.Convention;
import io.github.ctglib.convention.Diagnostic;
import io.github.ctglib.convention.Indicator;
import io.github.ctglib.convention.Need;
import io.github.ctglib.documents.Doc.Block;
import io.github.ctglib.documents.Doc.Heading;
import io.github.ctglib.documents.Doc.Para;
import io.github.ctglib.documents.Doc.Table;
import io.github.ctglib.equipment.Equipment;
import io.github.ctglib.territory.Geography;
import io.github.ctglib.vocabulary.FieldOfAction;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The annexes' blocks — diagnostic, action sheets, financial table — shared by the convention and the amendment. */
final class PlanBlocks {

    private PlanBlocks() {}

    /** Annexe: the indicators with their source and year, then the needs by field. */
    static List<Block> diagnostic(Diagnostic diagnostic) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Heading(2, "Indicateurs"));
        if (diagnostic.getIndicators().isEmpty()) {
            blocks.add(Para.note("Aucun indicateur n'a été enregistré au diagnostic."));
        } else {
            // The territory column only when an indicator is about part of the territory.
            boolean territories = diagnostic.getIndicators().stream().anyMatch(i -> i.getTerritory().isPresent());
            List<List<String>> rows = new ArrayList<>();
            for (Indicator indicator : diagnostic.getIndicators()) {
                List<String> row = new ArrayList<>(List.of(indicator.getLabel(),
                        French.quantity(indicator.getValue(), indicator.getUnit()),
                        Integer.toString(indicator.getReferenceYear()), indicator.getSource()));
                if (territories) {
                    row.add(indicator.getTerritory().orElse(""));
                }
                rows.add(row);
            }
            List<String> header = new ArrayList<>(List.of("Indicateur", "Valeur", "Année", "Source"));
            if (territories) {
                header.add("Territoire");
            }
            blocks.add(new Table(header, rows, Set.of(1), Set.of()));
        }
        blocks.add(new Heading(2, "Besoins par champ d'intervention"));
        if (diagnostic.getNeeds().isEmpty()) {
            blocks.add(Para.note("Aucun besoin n'a été enregistré au diagnostic."));
        }
        Map<String, List<Need>> byField = diagnostic.getNeeds().stream()
                .collect(Collectors.groupingBy(n -> n.getField().describe(), LinkedHashMap::new, Collectors.toList()));
        byField.forEach((field, needs) -> {
            blocks.add(new Heading(3, capitalise(field)));
            needs.forEach(n -> blocks.add(Para.item(n.getDescription())));
        });
        return blocks;
    }

    /** Annexe: the plan by axis — each axis's summary table, then each of its action sheets. */
    static List<Block> actionPlan(Convention convention) {
        List<Block> blocks = new ArrayList<>();
        List<ActionSheet> actions = convention.activeActions();
        if (actions.isEmpty()) {
            blocks.add(Para.note("Le plan d'actions n'est pas encore établi : il sera annexé à la convention par"
                    + " avenant."));
            return blocks;
        }
        Set<String> placed = new HashSet<>();
        for (Axis axis : convention.getAxes()) {
            List<ActionSheet> ofAxis = actions.stream().filter(a -> axis.holds(a.getNumber())).toList();
            blocks.add(new Heading(2, "Axe " + axis.getNumber() + " – " + axis.getTitle()));
            if (ofAxis.isEmpty()) {
                blocks.add(Para.note("Aucune fiche action dans cet axe."));
            }
            addSheets(blocks, ofAxis);
            ofAxis.forEach(a -> placed.add(a.getNumber()));
        }
        List<ActionSheet> outside = actions.stream().filter(a -> !placed.contains(a.getNumber())).toList();
        if (!outside.isEmpty()) {
            blocks.add(new Heading(2, convention.getAxes().isEmpty() ? "Fiches action" : "Autres fiches action"));
            addSheets(blocks, outside);
        }
        return blocks;
    }

    private static void addSheets(List<Block> blocks, List<ActionSheet> sheets) {
        if (sheets.isEmpty()) {
            return;
        }
        blocks.add(new Table(List.of("N°", "Fiche action", "Priorité", "Pilote"), sheets.stream()
                .map(a -> List.of(a.getNumber(), a.getTitle(), French.priority(a.getPriority()),
                        a.getPilot().orElse("")))
                .toList(), Set.of(), Set.of()));
        sheets.forEach(a -> blocks.addAll(sheet(a)));
    }

    /** One action sheet: its facts, objectives, indicators and budget. */
    static List<Block> sheet(ActionSheet action) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Heading(3, "Fiche action " + action.getNumber() + " – " + action.getTitle()));
        List<List<String>> facts = new ArrayList<>();
        facts.add(List.of("Champs d'intervention",
                action.getFields().stream().map(FieldOfAction::describe).collect(Collectors.joining(", "))));
        facts.add(List.of("Priorité", French.priority(action.getPriority())));
        facts.add(List.of("Statut", French.status(action.getStatus())));
        action.getPilot().ifPresent(p -> facts.add(List.of("Pilote", p)));
        if (!action.getPartners().isEmpty()) {
            facts.add(List.of("Partenaires", String.join(", ", action.getPartners())));
        }
        action.getTargetPublic().ifPresent(p -> facts.add(List.of("Public visé", p)));
        action.getSchedule().ifPresent(s -> facts.add(List.of("Calendrier", capitalise(French.range(s)))));
        blocks.add(Doc.facts(facts));
        if (!action.getObjectives().isEmpty()) {
            blocks.add(Para.strong("Objectifs"));
            action.getObjectives().forEach(o -> blocks.add(Para.item(o)));
        }
        if (!action.getIndicators().isEmpty()) {
            blocks.add(Para.strong("Indicateurs de suivi"));
            List<List<String>> rows = new ArrayList<>();
            for (ActionIndicator indicator : action.getIndicators()) {
                rows.add(List.of(indicator.getLabel(), indicator.getUnit(),
                        indicator.getBaseline().map(French::number).orElse("–"),
                        indicator.getTarget().map(French::number).orElse("–")));
            }
            blocks.add(new Table(List.of("Indicateur", "Unité", "Valeur de référence", "Cible"), rows, Set.of(2, 3),
                    Set.of()));
        }
        List<BudgetLine> forecast = action.getBudget().stream().filter(l -> l.getNature() == BudgetNature.FORECAST)
                .sorted(Comparator.comparing(BudgetLine::getYear).thenComparing(BudgetLine::getFunder)).toList();
        if (!forecast.isEmpty()) {
            blocks.add(Para.strong("Budget prévisionnel"));
            blocks.add(budgetLines(forecast));
        }
        return blocks;
    }

    /** Budget lines as a table with their total. */
    static Table budgetLines(List<BudgetLine> lines) {
        List<List<String>> rows = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (BudgetLine line : lines) {
            rows.add(List.of(Integer.toString(line.getYear()), line.getFunder(), French.instrument(line.getInstrument()),
                    line.getSection() == BudgetSection.INVESTMENT ? "investissement" : "fonctionnement",
                    French.euros(line.getAmount())));
            total = total.add(line.getAmount());
        }
        rows.add(List.of("Total", "", "", "", French.euros(total)));
        return new Table(List.of("Année", "Financeur", "Dispositif", "Section", "Montant"), rows, Set.of(4),
                Set.of(rows.size() - 1));
    }

    /**
     * Annexe: the forecast by year × funder × instrument over every active action, with a subtotal per year and
     * the total.
     */
    static List<Block> financialTable(Convention convention) {
        Map<Integer, Map<String, Map<String, BigDecimal>>> byYear = new TreeMap<>();
        for (ActionSheet action : convention.activeActions()) {
            for (BudgetLine line : action.getBudget()) {
                if (line.getNature() == BudgetNature.FORECAST) {
                    byYear.computeIfAbsent(line.getYear(), y -> new TreeMap<>())
                            .computeIfAbsent(line.getFunder(), f -> new TreeMap<>())
                            .merge(French.instrument(line.getInstrument()), line.getAmount(), BigDecimal::add);
                }
            }
        }
        if (byYear.isEmpty()) {
            return List.of(Para.note("Aucun financement prévisionnel n'est inscrit au plan d'actions."));
        }
        List<List<String>> rows = new ArrayList<>();
        Set<Integer> bold = new HashSet<>();
        BigDecimal total = BigDecimal.ZERO;
        for (Map.Entry<Integer, Map<String, Map<String, BigDecimal>>> year : byYear.entrySet()) {
            BigDecimal ofYear = BigDecimal.ZERO;
            for (Map.Entry<String, Map<String, BigDecimal>> funder : year.getValue().entrySet()) {
                for (Map.Entry<String, BigDecimal> instrument : funder.getValue().entrySet()) {
                    rows.add(List.of(year.getKey().toString(), funder.getKey(), instrument.getKey(),
                            French.euros(instrument.getValue())));
                    ofYear = ofYear.add(instrument.getValue());
                }
            }
            bold.add(rows.size());
            rows.add(List.of("Total " + year.getKey(), "", "", French.euros(ofYear)));
            total = total.add(ofYear);
        }
        bold.add(rows.size());
        rows.add(List.of("Total de la convention", "", "", French.euros(total)));
        return List.of(new Table(List.of("Année", "Financeur", "Dispositif", "Montant prévisionnel"), rows, Set.of(3),
                bold));
    }

    /**
     * Annexe: the equipment list — the facilities and services the convention concerns, whose managers the CAF
     * pays the territory bonus — those withdrawn by an amendment left out.
     */
    static List<Block> equipment(Convention convention, Geography geography) {
        List<List<String>> rows = new ArrayList<>();
        for (Equipment equipment : convention.getEquipment()) {
            if (!equipment.isActive()) {
                continue;
            }
            String zones = equipment.getPriorityZones().stream().map(Enum::name).sorted()
                    .collect(Collectors.joining(", "));
            String funding = equipment.getServiceFunding().map(French::instrument).orElse("")
                    + equipment.getFundingAgreement().map(cof -> " (COF " + cof.getFrom().getYear() + "–"
                    + cof.getTo().getYear() + ")").orElse("");
            rows.add(List.of(equipment.getReference(),
                    equipment.getName() + " – " + French.equipment(equipment.getKind()),
                    equipment.getManager().getName() + equipment.getManager().getSiret().map(s -> ", SIRET " + s)
                            .orElse(""),
                    TemplateScope.communeList(List.of(equipment.getCommuneCode()), geography)
                            + (zones.isEmpty() ? "" : ", " + zones),
                    French.capacity(equipment), funding.strip(), equipment.getSupportingParty()));
        }
        if (rows.isEmpty()) {
            return List.of(Para.note("Aucun équipement n'est inscrit à l'annexe."));
        }
        return List.of(new Table(List.of("Réf.", "Équipement", "Gestionnaire", "Commune", "Capacité",
                "Prestation de service", "Soutenu par"), rows, Set.of(4), Set.of()));
    }

    static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
