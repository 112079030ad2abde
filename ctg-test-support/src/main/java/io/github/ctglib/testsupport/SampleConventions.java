package io.github.ctglib.testsupport;

import io.github.ctglib.actionplan.ImmutableBudgetLine;
import io.github.ctglib.equipment.BonusBasis;
import io.github.ctglib.equipment.BonusTerms;
import io.github.ctglib.equipment.Equipment;
import io.github.ctglib.equipment.EquipmentKind;
import io.github.ctglib.equipment.EquipmentManager;
import io.github.ctglib.equipment.ImmutableEquipment;
import io.github.ctglib.equipment.PriorityZone;
import io.github.ctglib.territory.GeographicScale;
import io.github.ctglib.actionplan.ActionIndicator;
import io.github.ctglib.actionplan.ActionSheet;
import io.github.ctglib.actionplan.ActionStatus;
import io.github.ctglib.actionplan.Axis;
import io.github.ctglib.actionplan.BudgetSection;
import io.github.ctglib.actionplan.ImmutableActionSheet;
import io.github.ctglib.actionplan.BudgetLine;
import io.github.ctglib.actionplan.BudgetNature;
import io.github.ctglib.actionplan.FundingInstrument;
import io.github.ctglib.actionplan.Measurement;
import io.github.ctglib.actionplan.Priority;
import io.github.ctglib.convention.ActionOutcome;
import io.github.ctglib.convention.Amendment;
import io.github.ctglib.convention.AmendmentChange;
import io.github.ctglib.convention.ImmutableAmendmentChange;
import io.github.ctglib.convention.Coordinator;
import io.github.ctglib.convention.Representative;
import io.github.ctglib.convention.AmendmentSignature;
import io.github.ctglib.convention.Caf;
import io.github.ctglib.convention.CommitteeKind;
import io.github.ctglib.convention.CommitteeMeeting;
import io.github.ctglib.convention.Convention;
import io.github.ctglib.convention.Diagnostic;
import io.github.ctglib.convention.DocumentKind;
import io.github.ctglib.convention.DocumentReference;
import io.github.ctglib.convention.Evaluation;
import io.github.ctglib.convention.Governance;
import io.github.ctglib.convention.ImmutableConvention;
import io.github.ctglib.convention.Indicator;
import io.github.ctglib.convention.Mandate;
import io.github.ctglib.convention.Need;
import io.github.ctglib.convention.OrganisationKind;
import io.github.ctglib.convention.Outcome;
import io.github.ctglib.convention.Person;
import io.github.ctglib.convention.Signatory;
import io.github.ctglib.convention.Stage;
import io.github.ctglib.convention.Termination;
import io.github.ctglib.convention.Territory;
import io.github.ctglib.examples.Frontignan;
import io.github.ctglib.vocabulary.ActionField;
import io.github.ctglib.vocabulary.FieldOfAction;
import io.github.ctglib.vocabulary.Note;
import io.github.ctglib.vocabulary.DateRange;
import io.github.ctglib.vocabulary.Withdrawal;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Conventions for storage tests and benchmarks: the real Frontignan CTG, a "maximal" convention with every
 * optional part filled, large action plans, text in every script, exact amounts, and small variants for
 * search fixtures. Every factory is deterministic: the same call gives an equal convention, at version 0.
 */
public final class SampleConventions {

    /** Id of {@link #maximal()}. */
    public static final String MAXIMAL_ID = "ctg-34-sete-agglopole-2022";
    /** Id of {@link #inEveryScript()}. */
    public static final String EVERY_SCRIPT_ID = "ctg-34-every-script";
    /** Id of {@link #withExactAmounts()}. */
    public static final String EXACT_AMOUNTS_ID = "ctg-34-exact-amounts";

    /** Sète, Balaruc-les-Bains: communes of Sète Agglopôle Méditerranée, with Frontignan. */
    public static final String SETE = "34301";
    public static final String BALARUC_LES_BAINS = "34023";
    /** Fabrègues, a commune of Montpellier Méditerranée Métropole: the maximal sample's second EPCI. */
    public static final String FABREGUES = "34095";
    /** Montpellier Méditerranée Métropole (SIREN, from the bundled geography). */
    public static final String MONTPELLIER_METROPOLE = "243400017";
    /** The Département de l'Hérault's party in the maximal sample, withdrawn by its first amendment. */
    public static final String DEPARTEMENT_NAME = "Département de l'Hérault";

    /** The field of action "other" the samples use: mobility, with its label. */
    public static final FieldOfAction MOBILITY = FieldOfAction.other("mobilité");

    /**
     * Texts that storage gets wrong when it escapes, trims, re-encodes or normalises: accents and
     * ligatures, emoji (a ZWJ sequence and astral-plane characters), right-to-left scripts, CJK, quotes, SQL
     * comment and statement syntax, LIKE wildcards, backslashes, and line breaks, tabs and trailing spaces.
     */
    public static final List<String> TEXTS_IN_EVERY_SCRIPT = List.of(
            "Crèche « Les P'tits Cœurs » : garçons, filles, été, Noël — ÉÀÇŒ œ ç é",
            "Familles 👨‍👩‍👧 en fête 🎉, clef de sol 𝄞",
            "اتفاقية إقليمية شاملة",
            "הסכם טריטוריאלי כולל",
            "地域総合協定・全面领土协议・지역 협약",
            "l'accueil du \"jeune\" enfant ; d’abord",
            "'); DROP TABLE convention; -- /* commentaire */ SELECT 1 --",
            "100 % des _places_ ${pas.une.variable} <b>gras</b> {{modèle}}",
            "C:\\dossier\\fiche.txt, \\n et \\u00e9 littéraux, fin \\",
            "ligne 1\nligne 2\r\nligne 3\tcolonne\tsuivante  ");

    /**
     * Amounts as their exact text, each to come back {@code equals} (same value and scale) from storage:
     * cents, whole euros at scales 0, 1 and 2, zeros of two scales, the largest amount allowed.
     */
    public static final List<String> EXACT_AMOUNTS =
            List.of("68500.50", "12", "12.0", "12.00", "0", "0.00", "0.01", "9999999999999.99");

    /**
     * Ids that every repository must refuse ({@link io.github.ctglib.ports.ConventionIds#requireSafe}):
     * empty, paths, separators, a control character, 65 characters, a drive letter, upper case (two ids
     * differing only in case would name one file on a case-insensitive file system), the device names Windows
     * reserves.
     */
    public static final List<String> UNSAFE_IDS =
            List.of("", "../x", "a/b", "..", "/etc/passwd", "a\u0000b", "x".repeat(65), "C:\\x", "ctg-34-A", "con",
                    "nul.json", "com1", "lpt9.x", "aux");

    private static final LocalDate SIGNATURE_DAY = LocalDate.of(2022, 3, 15);

    /** Petite enfance, jeunesse, parentalité and one other field: what the CNAF asks at the least. */
    private static final List<FieldOfAction> CNAF_MINIMUM = List.of(FieldOfAction.of(ActionField.EARLY_CHILDHOOD),
            FieldOfAction.of(ActionField.YOUTH), FieldOfAction.of(ActionField.PARENTHOOD), MOBILITY);

    private SampleConventions() {}

    /** The real Frontignan CTG, in preparation ({@link Frontignan#draft()}). */
    public static Convention frontignan() {
        return Frontignan.draft();
    }

    /**
     * A stored revision as the previous version of ctg wrote it (format {@code ctg-convention/1}): one EPCI, a
     * predecessor, a party with its one representative and a coordinator — each a field format 2 reshaped — for
     * the stores' tests that open what an earlier version left.
     */
    public static final String FORMAT_1_DOCUMENT = """
            {"format": "ctg-convention/1", "id": "ctg-34-v1", "version": 1,
             "revision": {"at": "2026-11-26T12:00:00Z", "actor": "agent:v1", "summary": "création"},
             "title": "CTG écrite par la version précédente", "stage": "IN_PREPARATION",
             "caf": {"name": "CAF de l'Hérault", "departementCode": "34"},
             "territory": {"communeCodes": ["34108"], "epciSiren": "200066355"},
             "validity": {"from": "2023-01-01", "to": "2027-12-31"}, "predecessorId": "ctg-34-frontignan-2018",
             "signatories": [{"kind": "CAF", "name": "CAF de l'Hérault",
                              "representative": {"name": "Thierry Mathieu", "title": "Directeur"}}],
             "governance": {"coordinator": {"name": "Nadia Benali", "title": "Chargée de coopération CTG"}}}
            """;

    /**
     * A convention with every optional part filled and every enum value used: parties that signed with
     * their mandates (a signed convention), every field of action (OTHER with its label), diagnostic indicators with and
     * without a territory, actions of every status with schedules, partners, indicators (baseline, target,
     * measurements) and budget lines of every instrument, nature and section (funder identifiers, full-time
     * equivalents), parties with two representatives, a full mandate and one withdrawn, two EPCIs and a
     * vintage, axes, notes on the convention and an action, attached documents, two amendments that between
     * them make a change of every kind (one in effect, with what its changes replaced; one awaiting
     * signatures), governance with coordinators and meetings with attendees, an evaluation with an outcome of
     * every kind, a termination and two predecessors. Storage that maps a field wrongly or forgets one cannot
     * give it back equal.
     */
    public static Convention maximal() {
        return Convention.builder()
                .id(MAXIMAL_ID)
                .title("Convention territoriale globale de Sète Agglopôle Méditerranée 2022-2026")
                .caf(Caf.of(Frontignan.CAF_NAME, "34"))
                .territory(Territory.builder()
                        .addCommuneCodes(SETE, Frontignan.COMMUNE, BALARUC_LES_BAINS, FABREGUES)
                        .addEpciSirens(Frontignan.EPCI, MONTPELLIER_METROPOLE)
                        .vintage(2026)
                        .build())
                .validity(DateRange.ofYears(2022, 2026))
                .addAllSignatories(maximalSignatories(true))
                .addAllFields(everyField())
                .diagnostic(maximalDiagnostic())
                .addAllAxes(maximalAxes())
                .addAllActions(maximalActions())
                .addAllEquipment(maximalEquipment())
                .bonusTerms(BonusTerms.builder().carriedOverAmountPerPlace(new BigDecimal("1450.00")).baseYear(2021)
                        .wealthTranche("T2").build())
                .governance(maximalGovernance())
                .addAmendments(signedAmendment(), draftAmendment())
                .evaluation(maximalEvaluation())
                .stage(Stage.TERMINATED)
                .signatureDate(SIGNATURE_DAY)
                .termination(Termination.of(LocalDate.of(2025, 9, 1),
                        "Fusion des deux conventions du territoire dans une CTG intercommunale"))
                .addPredecessorIds("ctg-34-sete-2017", "ctg-34-frontignan-2018")
                .addAllNotes(maximalNotes())
                .addAllDocuments(maximalDocuments())
                .build();
    }

    /**
     * A signed convention whose action plan has {@code count} actions (numbered 1.1 to 1.100, then 2.1…),
     * each with two budget lines (funded by its two parties) and an indicator with baseline, target and a
     * measurement.
     */
    public static Convention withActions(int count) {
        if (count < 0 || count > 99_900) {
            throw new IllegalArgumentException("withActions takes 0 to 99900 actions, not " + count);
        }
        return ImmutableConvention.copyOf(variant("ctg-34-plan-of-" + count)
                        .stage(Stage.SIGNED)
                        .fields(FieldOfAction.of(ActionField.EARLY_CHILDHOOD), FieldOfAction.of(ActionField.YOUTH),
                                FieldOfAction.of(ActionField.PARENTHOOD), MOBILITY)
                        .build())
                .withDiagnostic(Diagnostic.builder().addIndicator(indicator("Enfants de moins de 3 ans", "1874",
                        "enfants")).build())
                .withActions(IntStream.range(0, count).mapToObj(SampleConventions::numberedAction)
                        .collect(Collectors.toList()));
    }

    /**
     * A convention whose texts — title, names, titles of people, objectives, decisions, needs, assessments,
     * reasons… — each hold all of {@link #TEXTS_IN_EVERY_SCRIPT}.
     */
    public static Convention inEveryScript() {
        Person person = Person.of(shortText("Nom", 0), shortText("Fonction", 1));
        ActionSheet action = ActionSheet.builder()
                .number("1.1")
                .title(shortText("Fiche", 2))
                .addFields(MOBILITY)
                .addObjective(everyScript("Objectif"))
                .targetPublic(everyScript("Public"))
                .pilot(shortText("Pilote", 3))
                .addPartner(shortText("Partenaire", 4))
                // An outside funder, known by its SIREN (that of the commune of Frontignan).
                .addBudget(BudgetLine.builder().from(budgetLine(2024, shortText("Financeur", 5), FundingInstrument.OTHER,
                        BudgetNature.FORECAST, "1.00")).funderIdentifier(Frontignan.COMMUNE_SIREN).build())
                .addIndicator(ActionIndicator.builder().label(shortText("Indicateur", 6)).unit("€ / 👨‍👩‍👧").build())
                .addNotes(Note.builder().date(SIGNATURE_DAY).author(shortText("Auteur", 1)).text(everyScript("Note"))
                        .build())
                .build();
        return Convention.builder()
                .id(EVERY_SCRIPT_ID)
                .title(shortText("Titre", 7))
                .caf(Caf.of(shortText("CAF", 8), "34"))
                .territory(Territory.ofCommune(Frontignan.COMMUNE))
                .validity(DateRange.ofYears(2024, 2028))
                .addSignatory(Signatory.builder().kind(OrganisationKind.CAF).name(shortText("CAF", 8))
                        .addRepresentative(signed(person))
                        .addRepresentative(Representative.signed(shortText("Nom", 2), shortText("Fonction", 3),
                                SIGNATURE_DAY))
                        .mandate(Mandate.builder().reference(shortText("Délibération", 2)).date(SIGNATURE_DAY)
                                .body(shortText("Conseil", 4)).url("https://exemple.fr/délibérations/é?q=\"'%20")
                                .build())
                        .build())
                .addSignatory(Signatory.builder().kind(OrganisationKind.COMMUNE).name(shortText("Commune", 4))
                        .identifier(Frontignan.COMMUNE).addRepresentative(signed(person))
                        .mandate(Mandate.of(shortText("Délibération", 3), SIGNATURE_DAY)).build())
                .addSignatory(Signatory.builder().kind(OrganisationKind.OTHER).name(shortText("Signataire", 5))
                        .addRepresentative(signed(person)).mandate(Mandate.of(shortText("Délibération", 0), SIGNATURE_DAY))
                        .build())
                .addFields(Frontignan.EARLY_CHILDHOOD, Frontignan.YOUTH, Frontignan.PARENTHOOD, MOBILITY,
                        FieldOfAction.other(shortText("Champ", 1)))
                .diagnostic(Diagnostic.builder()
                        .addIndicator(Indicator.builder().label(shortText("Indicateur", 6)).value(BigDecimal.ONE)
                                .unit("‰").referenceYear(2023).source(shortText("Source", 2))
                                .territory(shortText("Quartier", 3)).build())
                        .addNeed(Need.of(MOBILITY, everyScript("Besoin")))
                        .build())
                .addAxes(Axis.builder().number(1).title(shortText("Axe", 6)).addFields(MOBILITY).build())
                .addAction(action)
                .governance(Governance.builder().addCoordinator(Coordinator.builder().name(person.getName())
                                .title(person.getTitle()).employer(shortText("Employeur", 7)).build())
                        .addMeeting(CommitteeMeeting.builder().date(SIGNATURE_DAY).kind(CommitteeKind.STEERING)
                                .addAttendees(shortText("CAF", 8), shortText("Commune", 4))
                                .addDecisions(everyScript("Décision"), everyScript("Autre décision")).build())
                        .build())
                .addAmendment(Amendment.builder().number(1).date(SIGNATURE_DAY).object(everyScript("Avenant"))
                        .addChange(AmendmentChange.addCommunes(List.of(SETE)))
                        .addChange(AmendmentChange.addField(FieldOfAction.other(shortText("Nouveau champ", 5))))
                        .addChange(AmendmentChange.withdrawParty(shortText("Signataire", 5), everyScript("Retrait")))
                        .addSignature(AmendmentSignature.of(shortText("Signataire", 5), SIGNATURE_DAY)).build())
                .evaluation(Evaluation.builder()
                        .addOutcome(ActionOutcome.of("1.1", Outcome.PARTLY_ACHIEVED, everyScript("Commentaire")))
                        .overallAssessment(everyScript("Bilan")).build())
                .stage(Stage.TERMINATED)
                .signatureDate(SIGNATURE_DAY)
                .termination(Termination.of(LocalDate.of(2026, 1, 1), everyScript("Motif")))
                .addNotes(Note.builder().date(SIGNATURE_DAY).author(shortText("Auteur", 0)).text(everyScript("Journal"))
                        .build())
                .addDocuments(DocumentReference.builder().title(shortText("Document", 2)).kind(DocumentKind.OTHER)
                        .mediaType("text/plain; charset=utf-8").size(0)
                        .sha256(DocumentReference.sha256Of(new byte[0])).location(shortText("C:\\pièces\\", 8))
                        .build())
                .build();
    }

    /**
     * A convention whose budget lines carry {@link #EXACT_AMOUNTS} in that order (one action), whose
     * diagnostic indicator values and action indicator baseline, target and measurement have scales 0 to 3.
     */
    public static Convention withExactAmounts() {
        List<BudgetLine> lines = new ArrayList<>();
        for (int i = 0; i < EXACT_AMOUNTS.size(); i++) {
            lines.add(budgetLine(2024, Frontignan.CAF_NAME, FundingInstrument.SERVICE_FUNDING, BudgetNature.FORECAST,
                    EXACT_AMOUNTS.get(i)));
        }
        ActionSheet action = ActionSheet.builder()
                .number("5.1")
                .title("Pérennisation du centre social")
                .addFields(Frontignan.SOCIAL_LIFE)
                .addAllBudget(lines)
                .addIndicator(ActionIndicator.builder().label("Habitants impliqués").unit("personnes")
                        .baseline(new BigDecimal("120")).target(new BigDecimal("150.0"))
                        .addMeasurement(Measurement.of(LocalDate.of(2025, 6, 30), new BigDecimal("0.125")))
                        .build())
                .build();
        return ImmutableConvention.copyOf(variant(EXACT_AMOUNTS_ID).fields(Frontignan.SOCIAL_LIFE).build())
                .withDiagnostic(Diagnostic.builder()
                        .addIndicator(indicator("Taux de pauvreté des familles allocataires", "29", "%"))
                        .addIndicator(indicator("Taux de pauvreté des familles allocataires", "29.0", "%"))
                        .addIndicator(indicator("Évolution du nombre de naissances", "-3.5", "%"))
                        .build())
                .withActions(action);
    }

    /**
     * A small convention for search fixtures: see {@link Variant} for what each criterion sets. Equivalent to
     * {@code variant(id).communes(communeCode).caf(cafDepartement).stage(stage).validity(validity).build()}.
     */
    public static Convention variant(String id, String communeCode, String cafDepartement, Stage stage,
            DateRange validity) {
        return variant(id).communes(communeCode).caf(cafDepartement).stage(stage).validity(validity).build();
    }

    /** A builder of small conventions differing in what searches look at. */
    public static Variant variant(String id) {
        return new Variant(id);
    }

    /**
     * Builds a small, plausible convention: a CAF and one commune party per commune, a diagnostic of one
     * indicator; signed parties (with mandates, signing on the first day of validity) when the stage is a signed
     * one. Defaults: CAF of département 34, Frontignan, no EPCI, in preparation, 2023-2027, the CNAF's minimum
     * scope (petite enfance, jeunesse, parentalité and mobilité), so that it follows the rules of its stage.
     */
    public static final class Variant {
        private final String id;
        private String cafDepartement = "34";
        private final SortedSet<String> communeCodes = new TreeSet<>();
        private final SortedSet<String> epciSirens = new TreeSet<>();
        private Stage stage = Stage.IN_PREPARATION;
        private DateRange validity = DateRange.ofYears(2023, 2027);
        private Optional<Termination> termination = Optional.empty();
        private final Set<FieldOfAction> fields = new LinkedHashSet<>();

        private Variant(String id) {
            this.id = Objects.requireNonNull(id, "id");
        }

        public Variant caf(String departementCode) {
            this.cafDepartement = departementCode;
            return this;
        }

        /** Replaces the communes covered. */
        public Variant communes(String... inseeCodes) {
            communeCodes.clear();
            communeCodes.addAll(Arrays.asList(inseeCodes));
            return this;
        }

        /** Adds an EPCI to the territory; call it again for a territory of several. */
        public Variant epci(String siren) {
            epciSirens.add(siren);
            return this;
        }

        public Variant stage(Stage stage) {
            this.stage = stage;
            return this;
        }

        public Variant validity(DateRange validity) {
            this.validity = validity;
            return this;
        }

        /** Terminated from {@code firstDayNoLongerApplying}: sets the termination and the stage TERMINATED. */
        public Variant terminatedOn(LocalDate firstDayNoLongerApplying) {
            this.termination = Optional.of(Termination.of(firstDayNoLongerApplying, "Résiliation d'un commun accord"));
            this.stage = Stage.TERMINATED;
            return this;
        }

        /** Replaces the fields of action covered. */
        public Variant fields(FieldOfAction... fieldsOfAction) {
            fields.clear();
            fields.addAll(Arrays.asList(fieldsOfAction));
            return this;
        }

        public Convention build() {
            SortedSet<String> communes = communeCodes.isEmpty() ? new TreeSet<>(Set.of(Frontignan.COMMUNE)) : communeCodes;
            Optional<LocalDate> signedOn = stage.isSigned() ? Optional.of(validity.getFrom()) : Optional.empty();
            ImmutableConvention.Builder builder = Convention.builder()
                    .id(id)
                    .title("Convention territoriale globale " + id)
                    .caf(Caf.of("CAF " + cafDepartement, cafDepartement))
                    .territory(Territory.builder().addAllCommuneCodes(communes).addAllEpciSirens(epciSirens).build())
                    .validity(validity)
                    .addSignatory(party(OrganisationKind.CAF, "CAF " + cafDepartement, Optional.empty(), signedOn))
                    .addAllFields(fields.isEmpty() ? CNAF_MINIMUM : fields)
                    .diagnostic(Diagnostic.builder().addIndicator(indicator("Familles allocataires", "1200",
                            "familles")).build())
                    .stage(stage)
                    .signatureDate(signedOn)
                    .termination(termination);
            for (String commune : communes) {
                builder.addSignatory(party(OrganisationKind.COMMUNE, "Commune " + commune, Optional.of(commune), signedOn));
            }
            return builder.build();
        }

        private static Signatory party(OrganisationKind kind, String name, Optional<String> identifier,
                Optional<LocalDate> signedOn) {
            return Signatory.builder().kind(kind).name(name).identifier(identifier)
                    .addRepresentative(Representative.builder().name("Représentant " + name)
                            .title(kind == OrganisationKind.CAF ? "Directeur" : "Maire").signedOn(signedOn).build())
                    .mandate(signedOn.map(day -> Mandate.of("Délibération " + name, day.minusMonths(1))))
                    .build();
        }
    }

    private static Representative signed(Person person) {
        return Representative.signed(person.getName(), person.getTitle(), SIGNATURE_DAY);
    }

    /** All the texts in one value, for long fields (objectives, decisions, assessments…). */
    private static String everyScript(String label) {
        return label + " : " + String.join(" ¦ ", TEXTS_IN_EVERY_SCRIPT);
    }

    /**
     * One of the texts, for short fields (names, titles: at most {@link io.github.ctglib.vocabulary.Texts#SHORT}
     * characters); the short fields of {@link #inEveryScript()} use each text at least once, but the last one:
     * its line breaks and tabs belong in long texts (rule CTG-TEXT-002).
     */
    private static String shortText(String label, int text) {
        return label + " : " + TEXTS_IN_EVERY_SCRIPT.get(text);
    }

    private static List<FieldOfAction> everyField() {
        return Arrays.stream(ActionField.values())
                .map(kind -> kind == ActionField.OTHER ? MOBILITY : FieldOfAction.of(kind))
                .collect(Collectors.toList());
    }

    /**
     * Frontignan's two parties with their two representatives each (signing on different days) and full
     * mandates, the EPCI, the Département (withdrawn by amendment 1 when {@code withdrawn}) and the CCAS.
     */
    private static List<Signatory> maximalSignatories(boolean withdrawn) {
        List<Signatory> parties = new ArrayList<>();
        for (Signatory party : Frontignan.signatories()) {
            Mandate mandate = Frontignan.mandateOf(party.getName());
            List<Representative> representatives = new ArrayList<>();
            for (int i = 0; i < party.getRepresentatives().size(); i++) {
                Representative r = party.getRepresentatives().get(i);
                representatives.add(Representative.signed(r.getName(), r.getTitle(), SIGNATURE_DAY.minusDays(i * 2L)));
            }
            parties.add(Signatory.builder().from(party)
                    .mandate(Mandate.builder().from(mandate).date(SIGNATURE_DAY.minusMonths(2))
                            .voteDate(SIGNATURE_DAY.minusMonths(2).minusDays(3))
                            .url("https://deliberations.example.org/" + party.getKind().name().toLowerCase(Locale.ROOT)
                                    + "/2022-01.pdf")
                            .build())
                    .representatives(representatives)
                    .build());
        }
        parties.add(Signatory.builder().kind(OrganisationKind.EPCI).name("Sète Agglopôle Méditerranée")
                .identifier(Frontignan.EPCI).addRepresentative(Representative.signed("François Commeinhes", "Président", SIGNATURE_DAY))
                .mandate(Mandate.of("Délibération du conseil communautaire n° 2022/017", LocalDate.of(2022, 2, 10)))
                .build());
        parties.add(Signatory.builder().kind(OrganisationKind.DEPARTEMENT).name(DEPARTEMENT_NAME)
                .addRepresentative(Representative.signed("Kléber Mesquida", "Président du conseil départemental",
                        SIGNATURE_DAY.minusDays(1)))
                .mandate(Mandate.of("Délibération de la commission permanente n° CP-2022-011", LocalDate.of(2022, 2, 21)))
                .withdrawal(withdrawn ? Optional.of(Withdrawal.of(1, AMENDMENT_EFFECTIVE,
                        Optional.of("Le Département poursuit son soutien par convention séparée"))) : Optional.empty())
                .build());
        parties.add(Signatory.builder().kind(OrganisationKind.CCAS).name("CCAS de Frontignan la Peyrade")
                .addRepresentative(Representative.signed("Représentant du CCAS", "Vice-président", SIGNATURE_DAY))
                .mandate(Mandate.of("Délibération du conseil d'administration du CCAS n° 2022/03", LocalDate.of(2022, 2, 1)))
                .build());
        return parties;
    }

    /** The multi-accueil of Sète as amendment 1 left it (8 new places, 2 of them employer-reserved before). */
    static Equipment maximalCreche(boolean asAmended) {
        return Equipment.builder().reference("EAJE-01").kind(EquipmentKind.MULTI_ACCUEIL)
                .name("Multi-accueil Les Moussaillons").cafEquipmentId("EQ-34-000123").dossierNumber("34-2019-0457")
                .manager(EquipmentManager.of("Sète Agglopôle Méditerranée", "20006635500005"))
                .communeCode(SETE).places(asAmended ? 48 : 40).serviceFunding(FundingInstrument.PSU)
                .fundingAgreement(DateRange.ofYears(2022, 2025)).supportingParty("Sète Agglopôle Méditerranée")
                .addPriorityZones(PriorityZone.QPV)
                .bonusBasis(BonusBasis.eaje(30, asAmended ? 14 : 8, 2))
                .build();
    }

    /**
     * The annex: the multi-accueil (replaced by amendment 1), an ALSH with its historical places, an RPE counted
     * in full-time equivalents, and a LAEP withdrawn by amendment 1.
     */
    private static List<Equipment> maximalEquipment() {
        return List.of(
                maximalCreche(true),
                Equipment.builder().reference("ALSH-01").kind(EquipmentKind.ALSH_PERISCOLAIRE)
                        .name("Accueil de loisirs périscolaire Anatole France")
                        .manager(EquipmentManager.named(Frontignan.COMMUNE_NAME)).communeCode(Frontignan.COMMUNE)
                        .places(120).serviceFunding(FundingInstrument.SERVICE_FUNDING)
                        .supportingParty(Frontignan.COMMUNE_NAME).bonusBasis(BonusBasis.alsh(96)).build(),
                Equipment.builder().reference("RPE-01").kind(EquipmentKind.RPE).name("Relais petite enfance du Bassin de Thau")
                        .manager(EquipmentManager.named("Sète Agglopôle Méditerranée")).communeCode(BALARUC_LES_BAINS)
                        .fullTimeEquivalents(new BigDecimal("1.50")).serviceFunding(FundingInstrument.SERVICE_FUNDING)
                        .supportingParty("Sète Agglopôle Méditerranée").addPriorityZones(PriorityZone.FRR).build(),
                maximalLaep().withWithdrawal(Withdrawal.of(1, AMENDMENT_EFFECTIVE,
                        Optional.of("Lieu fermé, accueil repris par le centre social"))));
    }

    private static ImmutableEquipment maximalLaep() {
        return ImmutableEquipment.builder().reference("LAEP-01").kind(EquipmentKind.LAEP).name("LAEP La Passerelle")
                .manager(EquipmentManager.named("Association La Passerelle")).communeCode(Frontignan.COMMUNE)
                .supportingParty(Frontignan.COMMUNE_NAME).build();
    }

    private static Diagnostic maximalDiagnostic() {
        return Diagnostic.builder()
                .addIndicator(indicator("Familles allocataires sous le seuil de pauvreté", "29.4", "%"))

                .addIndicator(Indicator.builder().label("Enfants de moins de 3 ans").value(new BigDecimal("1874"))
                        .unit("enfants").referenceYear(2021).source("INSEE RP 2021").territory(SETE)
                        .dataset("Recensement de la population 2021, population par âge")
                        .sourceUrl("https://www.insee.fr/fr/statistiques").scale(GeographicScale.COMMUNE).build())
                .addNeed(Need.of(Frontignan.EARLY_CHILDHOOD, "Développer l'accueil en horaires atypiques"))
                .addNeed(Need.of(MOBILITY, "Faciliter les déplacements des jeunes vers les lieux d'accueil"))
                .build();
    }

    private static List<ActionSheet> maximalActions() {
        List<ActionSheet> actions = new ArrayList<>();
        actions.add(ActionSheet.builder()
                .number("1.1")
                .title("Accueil du jeune enfant en horaires atypiques")
                .addFields(Frontignan.EARLY_CHILDHOOD, Frontignan.PARENTHOOD)
                .addObjectives("Ouvrir 20 places en horaires décalés", "Informer les familles des nouvelles places")
                .targetPublic("Familles monoparentales avec enfants de moins de 3 ans")
                .pilot("Sète Agglopôle — service petite enfance")
                .addPartners("PMI de l'Hérault", "France Travail")
                .schedule(DateRange.of(LocalDate.of(2022, 9, 1), LocalDate.of(2025, 8, 31)))
                .status(ActionStatus.IN_PROGRESS)
                .priority(Priority.HIGH)
                .addAllBudget(budgetOfEveryInstrumentAndNature())
                .addIndicator(ActionIndicator.builder().label("Places en horaires atypiques").unit("places")
                        .baseline(new BigDecimal("0")).target(new BigDecimal("20"))
                        .addMeasurement(Measurement.of(LocalDate.of(2023, 6, 30), new BigDecimal("8")))
                        .addMeasurement(Measurement.of(LocalDate.of(2024, 6, 30), new BigDecimal("14.5")))
                        .build())
                .addIndicator(ActionIndicator.builder().label("Satisfaction des familles").unit("%").build())
                .addNotes(Note.builder().date(LocalDate.of(2023, 1, 16)).author("Sète Agglopôle — service petite enfance")
                        .text("Huit places ouvertes en janvier, les six suivantes en septembre").build())
                .build());
        for (int step = 1; step <= ActionStatus.values().length; step++) {
            ActionSheet action = mobilityAction(step, step == 1);
            actions.add(step == 2 ? ImmutableActionSheet.copyOf(action).withBudget(changedBudget(false)) : action);
        }
        return actions;
    }

    /**
     * A line per instrument and nature, in the order of {@link #FORMAT_1_INSTRUMENTS} first (the lines of
     * format 1's maximal sample), then the others; then the lines only format 2 holds: an outside funder with
     * its SIREN, investment, staff in full-time equivalents.
     */
    private static List<BudgetLine> budgetOfEveryInstrumentAndNature() {
        List<BudgetLine> lines = new ArrayList<>();
        List<FundingInstrument> instruments = new ArrayList<>(FORMAT_1_INSTRUMENTS);
        Arrays.stream(FundingInstrument.values()).filter(i -> !instruments.contains(i)).forEach(instruments::add);
        int cents = 1;
        for (FundingInstrument instrument : instruments) {
            for (BudgetNature nature : BudgetNature.values()) {
                BudgetLine line = budgetLine(2023, Frontignan.CAF_NAME, instrument, nature,
                        cents * 1_000 + "." + String.format(Locale.ROOT, "%02d", cents));
                lines.add(instrument == FundingInstrument.TERRITORY_BONUS
                        ? ImmutableBudgetLine.copyOf(line).withEquipmentReference("EAJE-01") : line);
                cents++;
            }
        }
        lines.add(BudgetLine.builder().year(2023).funder("Commune de Balaruc-les-Bains").funderIdentifier("213400237")
                .instrument(FundingInstrument.OWN_FUNDS).nature(BudgetNature.FORECAST).amount(new BigDecimal("4500.00"))
                .build());
        lines.add(BudgetLine.builder().year(2024).funder(Frontignan.CAF_NAME).instrument(FundingInstrument.PSU)
                .nature(BudgetNature.FORECAST).section(BudgetSection.INVESTMENT).amount(new BigDecimal("120000.00"))
                .build());
        lines.add(BudgetLine.builder().year(2024).funder(Frontignan.CAF_NAME)
                .instrument(FundingInstrument.SERVICE_FUNDING).nature(BudgetNature.ACTUAL)
                .fullTimeEquivalents(new BigDecimal("1.50")).amount(new BigDecimal("36000.00")).build());
        return lines;
    }

    /** The instruments format 1 knew, in the order its maximal sample used them. */
    private static final List<FundingInstrument> FORMAT_1_INSTRUMENTS = List.of(FundingInstrument.SERVICE_FUNDING,
            FundingInstrument.TERRITORY_BONUS, FundingInstrument.SUBSIDY, FundingInstrument.OWN_FUNDS,
            FundingInstrument.OTHER);

    private static final LocalDate AMENDMENT_EFFECTIVE = LocalDate.of(2023, 5, 22);

    private static List<Axis> maximalAxes() {
        return List.of(
                Axis.builder().number(1).title("Petite enfance et parentalité")
                        .addFields(Frontignan.EARLY_CHILDHOOD, Frontignan.PARENTHOOD).build(),
                Axis.builder().number(2).title("Mobilité des jeunes").addFields(MOBILITY).build(),
                Axis.builder().number(3).title("Soutien à la parentalité").addFields(Frontignan.PARENTHOOD).build());
    }

    private static List<Note> maximalNotes() {
        return List.of(
                Note.builder().date(LocalDate.of(2022, 11, 9)).author("Chargée de coopération CTG")
                        .text("Relevé du comité de pilotage diffusé aux partenaires").build(),
                Note.of(LocalDate.of(2023, 6, 1), "Avenant n° 1 transmis à la préfecture"));
    }

    /** References to attached documents; each digest is that of the text given as its content. */
    private static List<DocumentReference> maximalDocuments() {
        byte[] convention = "Convention territoriale globale de Sète Agglopôle Méditerranée 2022-2026 (signée)"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] minutes = "Compte rendu du comité de pilotage du 8 novembre 2022"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return List.of(
                DocumentReference.builder().title("Convention signée").kind(DocumentKind.SIGNED_CONVENTION)
                        .date(SIGNATURE_DAY).mediaType("application/pdf").size(convention.length)
                        .sha256(DocumentReference.sha256Of(convention)).location("ged://ctg/34/sete-2022/convention.pdf")
                        .build(),
                DocumentReference.builder().title("Compte rendu du COPIL").kind(DocumentKind.COMMITTEE_MINUTES)
                        .mediaType("text/plain").size(minutes.length).sha256(DocumentReference.sha256Of(minutes))
                        .location("ged://ctg/34/sete-2022/copil-2022-11-08.txt").build());
    }

    private static Governance maximalGovernance() {
        return Governance.builder()
                .addCoordinator(Coordinator.builder().name("Nadia Benali").title("Chargée de coopération CTG")
                        .employer("Sète Agglopôle Méditerranée").fullTimeEquivalents(new BigDecimal("1.00")).build())
                .addCoordinator(Coordinator.of("Julien Roux", "Conseiller territorial CAF"))
                .addMeeting(CommitteeMeeting.builder().date(LocalDate.of(2022, 11, 8)).kind(CommitteeKind.STEERING)
                        .addAttendees(Frontignan.CAF_NAME, Frontignan.COMMUNE_NAME, "Sète Agglopôle Méditerranée")
                        .addDecisions("Valider le plan d'actions 2023", "Lancer l'évaluation à mi-parcours").build())
                .addMeeting(CommitteeMeeting.builder().date(LocalDate.of(2023, 3, 2)).kind(CommitteeKind.TECHNICAL)
                        .addDecision("Préparer les fiches de l'axe mobilité").build())
                .addMeeting(CommitteeMeeting.builder().date(LocalDate.of(2023, 10, 12)).kind(CommitteeKind.TECHNICAL)
                        .build())
                .build();
    }

    /** Action 2.1 as first signed; amendment 1 replaced it by {@link #mobilityAction(int, boolean)} with a note. */
    private static ActionSheet mobilityAction(int step, boolean withNote) {
        ActionStatus[] statuses = ActionStatus.values();
        var builder = ActionSheet.builder()
                .number("2." + step)
                .title("Mobilité des jeunes, étape " + step)
                .addFields(MOBILITY)
                .status(statuses[step - 1])
                .priority(Priority.values()[(step - 1) % Priority.values().length]);
        if (withNote) {
            builder.addNotes(Note.of(AMENDMENT_EFFECTIVE, "Fiche remplacée par l'avenant n° 1 : trajets du soir ajoutés"));
        }
        if (step == WITHDRAWN_ACTION_STEP) {
            builder.withdrawal(Withdrawal.of(1, AMENDMENT_EFFECTIVE, Optional.empty()));
        }
        return builder.build();
    }

    /** Action 2.5 (abandoned) is withdrawn by amendment 1. */
    private static final int WITHDRAWN_ACTION_STEP = 5;

    private static List<BudgetLine> changedBudget(boolean previous) {
        FundingInstrument instrument = previous ? FundingInstrument.CLAS : FundingInstrument.PUBLIC_FUNDS_AND_TERRITORIES;
        return List.of(budgetLine(2023, Frontignan.CAF_NAME, instrument, BudgetNature.FORECAST, previous ? "8000.00" : "9500.00"));
    }

    private static Amendment signedAmendment() {
        LocalDate effective = AMENDMENT_EFFECTIVE;
        return Amendment.builder()
                .number(1)
                .date(LocalDate.of(2023, 4, 14))
                .object("Ajout de la fiche action 3.1 : ludothèque itinérante, et de la commune de Balaruc-le-Vieux")
                .addChange(AmendmentChange.addAction(ActionSheet.builder().number("3.1").title("Ludothèque itinérante")
                        .addFields(Frontignan.PARENTHOOD).pilot("Centre social de Sète").build()))
                .addChange(AmendmentChange.addParty(Signatory.builder().kind(OrganisationKind.COMMUNE).name("Commune de Balaruc-le-Vieux")
                        .identifier("34024").addRepresentative(Representative.signed("Norbert Chaubet", "Maire", effective))
                        .mandate(Mandate.of("Délibération n° 2023/041", LocalDate.of(2023, 3, 30)))
                        .build()))
                .addChange(AmendmentChange.addCommunes(List.of("34024")))
                .addChange(ImmutableAmendmentChange.ExtendValidity.builder().newEnd(LocalDate.of(2027, 6, 30))
                        .previousEnd(LocalDate.of(2026, 12, 31)).build())
                .addChange(ImmutableAmendmentChange.ReplaceAction.builder().actionNumber("2.1")
                        .replacement(mobilityAction(1, true)).replaced(mobilityAction(1, false)).build())
                .addChange(AmendmentChange.withdrawAction("2." + WITHDRAWN_ACTION_STEP, "Pas de transporteur candidat"))
                .addChange(ImmutableAmendmentChange.ChangeBudget.builder().actionNumber("2.2")
                        .budget(changedBudget(false)).previousBudget(changedBudget(true)).build())
                .addChange(AmendmentChange.withdrawParty(DEPARTEMENT_NAME,
                        "Le Département poursuit son soutien par convention séparée"))
                .addChange(ImmutableAmendmentChange.ReplaceEquipment.builder().equipmentReference("EAJE-01")
                        .replacement(maximalCreche(true)).replaced(maximalCreche(false)).build())
                .addChange(AmendmentChange.withdrawEquipment("LAEP-01", "Lieu fermé, accueil repris par le centre social"))
                .addAllSignatures(maximalSignatories(false).stream()
                        .map(party -> AmendmentSignature.of(party.getName(), LocalDate.of(2023, 5, 2))).toList())
                .addSignature(AmendmentSignature.of("Commune de Balaruc-le-Vieux", effective))
                .effectiveOn(effective)
                .build();
    }

    private static Amendment draftAmendment() {
        return Amendment.builder().number(2).date(LocalDate.of(2024, 2, 1))
                .object("Actualisation des montants de l'axe petite enfance")
                .addChange(AmendmentChange.addAction(ActionSheet.builder().number("1.2").title("Relais petite enfance itinérant")
                        .addFields(Frontignan.EARLY_CHILDHOOD).build()))
                .addChange(AmendmentChange.addField(FieldOfAction.other("vacances des familles")))
                .addChange(AmendmentChange.addAxis(Axis.builder().number(4).title("Vacances des familles")
                        .addFields(FieldOfAction.other("vacances des familles")).build()))
                .addChange(AmendmentChange.withdrawCommunes(List.of(FABREGUES)))
                .addChange(AmendmentChange.addEquipment(Equipment.builder().reference("LAEP-02")
                        .kind(EquipmentKind.LAEP).name("LAEP itinérant du Bassin de Thau")
                        .manager(EquipmentManager.named("Centre social de Sète")).communeCode(SETE)
                        .supportingParty("Sète Agglopôle Méditerranée").build()))
                .build();
    }

    private static Evaluation maximalEvaluation() {
        return Evaluation.builder()
                .addOutcome(ActionOutcome.of("1.1", Outcome.PARTLY_ACHIEVED, "14 places ouvertes sur 20 prévues"))
                .addOutcome(ActionOutcome.of("2.1", Outcome.ACHIEVED))
                .addOutcome(ActionOutcome.of("2.2", Outcome.NOT_ACHIEVED, "Pas de transporteur candidat"))
                .addOutcome(ActionOutcome.of("2.5", Outcome.ABANDONED))
                .overallAssessment("Dynamique partenariale réelle ; l'axe mobilité est à reprendre dans la CTG suivante")
                .build();
    }

    private static ActionSheet numberedAction(int index) {
        int number = index + 1;
        return ActionSheet.builder()
                .number((index / 100 + 1) + "." + (index % 100 + 1))
                .title("Action n° " + number)
                .addFields(index % 2 == 0 ? Frontignan.EARLY_CHILDHOOD : MOBILITY)
                .addObjective("Objectif de l'action n° " + number)
                .schedule(DateRange.of(LocalDate.of(2024, 1, 1).plusDays(index), LocalDate.of(2026, 12, 31)))
                .addBudget(budgetLine(2024, "CAF 34", FundingInstrument.SERVICE_FUNDING,
                        BudgetNature.FORECAST, (1000 + number) + ".50"))
                .addBudget(budgetLine(2024, "Commune " + Frontignan.COMMUNE, FundingInstrument.OWN_FUNDS, BudgetNature.ACTUAL,
                        number + ".05"))
                .addIndicator(ActionIndicator.builder().label("Bénéficiaires de l'action n° " + number).unit("familles")
                        .baseline(BigDecimal.valueOf(number)).target(BigDecimal.valueOf(number + 10L))
                        .addMeasurement(Measurement.of(LocalDate.of(2025, 1, 1), BigDecimal.valueOf(number + 5L)))
                        .build())
                .build();
    }

    private static Indicator indicator(String label, String value, String unit) {
        return Indicator.builder().label(label).value(new BigDecimal(value)).unit(unit).referenceYear(2022)
                .source(Frontignan.CAF_NAME).build();
    }

    private static BudgetLine budgetLine(int year, String funder, FundingInstrument instrument, BudgetNature nature,
            String euros) {
        return BudgetLine.builder().year(year).funder(funder).instrument(instrument).nature(nature)
                .amount(new BigDecimal(euros)).build();
    }
}
