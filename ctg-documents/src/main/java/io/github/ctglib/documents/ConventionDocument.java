package io.github.ctglib.documents;

import io.github.ctglib.convention.Convention;
import io.github.ctglib.convention.Representative;
import io.github.ctglib.convention.Signatory;
import io.github.ctglib.documents.Doc.Block;
import io.github.ctglib.documents.Doc.Heading;
import io.github.ctglib.documents.Doc.PageBreak;
import io.github.ctglib.documents.Doc.Para;
import io.github.ctglib.documents.Doc.Signatures;
import io.github.ctglib.documents.Doc.Signer;
import io.github.ctglib.documents.Doc.SigningParty;
import io.github.ctglib.documents.Doc.Style;
import io.github.ctglib.equipment.Equipment;
import io.github.ctglib.territory.Geography;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/** The convention as signed paper: title page, articles (from the template), signature blocks, annexes. */
final class ConventionDocument {

    /** An annex: its title and what it holds. */
    private record Annex(String title, Supplier<List<Block>> content) {}

    static final String EQUIPMENT_ANNEX = "Liste des équipements";

    private ConventionDocument() {}

    static Doc of(Convention convention, DocumentTemplate template, Geography geography) {
        List<Annex> annexes = annexes(convention, geography);
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Para(Style.TITLE, "Convention territoriale globale"));
        blocks.add(new Para(Style.SUBTITLE, convention.getTitle()));
        blocks.add(new Para(Style.SUBTITLE, PlanBlocks.capitalise(French.range(convention.getValidity()))));
        blocks.add(new Para(Style.SUBTITLE, "Entre " + String.join(", ",
                convention.activeParties().stream().map(Signatory::getName).toList())));
        blocks.addAll(ArticleText.blocks(template.conventionArticles(
                TemplateScope.of(convention, geography, annexes.stream().map(Annex::title).toList()))));
        blocks.add(new Heading(2, "Signatures"));
        blocks.add(signatures(convention.activeParties(), (party, representative) -> representative.getSignedOn()));
        for (int i = 0; i < annexes.size(); i++) {
            blocks.add(new PageBreak());
            blocks.add(new Heading(1, "Annexe " + (i + 1) + " – " + annexes.get(i).title()));
            blocks.addAll(annexes.get(i).content().get());
        }
        return new Doc(convention.getTitle(), blocks);
    }

    /** The annexes, in order; the equipment list when the convention has equipment in its annex. */
    private static List<Annex> annexes(Convention convention, Geography geography) {
        List<Annex> annexes = new ArrayList<>();
        annexes.add(new Annex("Diagnostic partagé", () -> PlanBlocks.diagnostic(convention.getDiagnostic())));
        annexes.add(new Annex("Plan d'actions", () -> PlanBlocks.actionPlan(convention)));
        annexes.add(new Annex("Tableau financier prévisionnel", () -> PlanBlocks.financialTable(convention)));
        if (convention.getEquipment().stream().anyMatch(Equipment::isActive)) {
            annexes.add(new Annex(EQUIPMENT_ANNEX, () -> PlanBlocks.equipment(convention, geography)));
        }
        return annexes;
    }

    /** The signature blocks of {@code parties}, each signer dated by {@code signedOn} when they signed. */
    static Signatures signatures(List<Signatory> parties,
            BiFunction<Signatory, Representative, Optional<LocalDate>> signedOn) {
        List<SigningParty> signing = new ArrayList<>();
        for (Signatory party : parties) {
            List<Signer> signers = new ArrayList<>();
            for (Representative representative : party.getRepresentatives()) {
                Optional<LocalDate> day = signedOn.apply(party, representative);
                signers.add(new Signer(representative.getName(), representative.getTitle(),
                        day.map(d -> "Signé le " + French.date(d)).orElse("")));
            }
            signing.add(new SigningParty(party.getName(), signers));
        }
        return new Signatures("Fait en " + parties.size() + " exemplaires originaux.", signing);
    }
}
