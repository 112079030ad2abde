package io.github.ctglib.examples;

import io.github.ctglib.actionplan.ActionIndicator;
import io.github.ctglib.actionplan.ActionSheet;
import io.github.ctglib.actionplan.Axis;
import io.github.ctglib.actionplan.BudgetLine;
import io.github.ctglib.actionplan.BudgetNature;
import io.github.ctglib.actionplan.FundingInstrument;
import io.github.ctglib.actionplan.Priority;
import io.github.ctglib.convention.Caf;
import io.github.ctglib.convention.Convention;
import io.github.ctglib.convention.Diagnostic;
import io.github.ctglib.convention.ImmutableConvention;
import io.github.ctglib.convention.ImmutableSignatory;
import io.github.ctglib.convention.Indicator;
import io.github.ctglib.convention.Mandate;
import io.github.ctglib.convention.Need;
import io.github.ctglib.convention.OrganisationKind;
import io.github.ctglib.convention.Representative;
import io.github.ctglib.convention.Signatory;
import io.github.ctglib.convention.Stage;
import io.github.ctglib.convention.Territory;
import io.github.ctglib.vocabulary.ActionField;
import io.github.ctglib.vocabulary.FieldOfAction;
import io.github.ctglib.vocabulary.DateRange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The Convention territoriale globale of Frontignan (Hérault), 2023-2027, signed on 6 March 2024 by the CAF
 * de l'Hérault and the commune. Facts from the press article of 7 March 2024 (shared/seeds): the parties and
 * the four people on the signature, the validity, the six fields of action with their example actions and
 * three figures of the diagnostic. Mandate references, budget amounts and intermediate dates are
 * illustrative, marked as such.
 */
public final class Frontignan {

    /** The convention's id. */
    public static final String ID = "ctg-34-frontignan-2023";
    /** Frontignan's INSEE code. */
    public static final String COMMUNE = "34108";
    /** CA Sète Agglopôle Méditerranée, the EPCI Frontignan belongs to. */
    public static final String EPCI = "200066355";
    /** The CAF party to it. */
    public static final String CAF_NAME = "CAF de l'Hérault";
    /** The commune party to it, as it signs. */
    public static final String COMMUNE_NAME = "Commune de Frontignan la Peyrade";
    /** The commune's SIREN (DOMAIN, from the official geography). */
    public static final String COMMUNE_SIREN = "213401086";
    /** The day the last party signed (after the validity began on 1 January 2023). */
    public static final LocalDate SIGNATURE_DATE = LocalDate.of(2024, 3, 6);

    /** Petite enfance. */
    public static final FieldOfAction EARLY_CHILDHOOD = FieldOfAction.of(ActionField.EARLY_CHILDHOOD);
    /** Parentalité. */
    public static final FieldOfAction PARENTHOOD = FieldOfAction.of(ActionField.PARENTHOOD);
    /** Enfance. */
    public static final FieldOfAction CHILDHOOD = FieldOfAction.of(ActionField.CHILDHOOD);
    /** Jeunesse. */
    public static final FieldOfAction YOUTH = FieldOfAction.of(ActionField.YOUTH);
    /** Logement. */
    public static final FieldOfAction HOUSING = FieldOfAction.of(ActionField.HOUSING);
    /** Animation de la vie sociale. */
    public static final FieldOfAction SOCIAL_LIFE = FieldOfAction.of(ActionField.SOCIAL_LIFE);
    /** Accès aux droits. */
    public static final FieldOfAction ACCESS_TO_RIGHTS = FieldOfAction.of(ActionField.ACCESS_TO_RIGHTS);
    /** Inclusion numérique. */
    public static final FieldOfAction DIGITAL_INCLUSION = FieldOfAction.of(ActionField.DIGITAL_INCLUSION);

    private Frontignan() {}

    /** {@return the convention in preparation: parties named but not signed, diagnostic and plan written} */
    public static Convention draft() {
        return Convention.builder()
                .id(ID)
                .title("Convention territoriale globale de Frontignan la Peyrade 2023-2027")
                .caf(Caf.of(CAF_NAME, "34"))
                .territory(Territory.ofCommune(COMMUNE))
                .validity(DateRange.ofYears(2023, 2027))
                .addSignatories(signatories().toArray(Signatory[]::new))
                .addFields(EARLY_CHILDHOOD, PARENTHOOD, CHILDHOOD, YOUTH, HOUSING, SOCIAL_LIFE, ACCESS_TO_RIGHTS,
                        DIGITAL_INCLUSION)
                .diagnostic(diagnostic())
                .addAllAxes(axes())
                .addAllActions(actions())
                .build();
    }

    /**
     * {@return the convention as signed on 6 March 2024: each party with its mandate, each representative signed on
     * that day}
     */
    public static Convention signed() {
        return ImmutableConvention.copyOf(draft())
                .withSignatories(signatories().stream().map(s -> (Signatory) ImmutableSignatory.copyOf(s)
                        .withMandate(mandateOf(s.getName()))
                        .withRepresentatives(s.getRepresentatives().stream()
                                .map(r -> Representative.signed(r.getName(), r.getTitle(), signatureDateOf(s.getName())))
                                .toList())).toList())
                .withStage(Stage.SIGNED)
                .withSignatureDate(SIGNATURE_DATE);
    }

    /**
     * {@return the two parties and the four people on the signature (seed): the CAF signs through its director and the
     * president of its board, the commune through its mayor and its first deputy in charge of the "ville
     * éducative". The commune is identified by its SIREN}
     */
    public static List<Signatory> signatories() {
        return List.of(
                Signatory.builder().kind(OrganisationKind.CAF).name(CAF_NAME)
                        .addRepresentative(Representative.of("Thierry Mathieu", "Directeur"))
                        .addRepresentative(Representative.of("Laurent Teissier", "Président du conseil d'administration"))
                        .build(),
                Signatory.builder().kind(OrganisationKind.COMMUNE).name(COMMUNE_NAME).identifier(COMMUNE_SIREN)
                        .addRepresentative(Representative.of("Michel Arrouy", "Maire"))
                        .addRepresentative(Representative.of("Claudie Minguez",
                                "Première adjointe déléguée à la ville éducative"))
                        .build());
    }

    /**
     * The mandate of each party (illustrative references and dates, before the signature).
     *
     * @param signatoryName the party's name
     * @return its mandate (délibération)
     */
    public static Mandate mandateOf(String signatoryName) {
        return switch (signatoryName) {
            case CAF_NAME -> Mandate.builder().reference("Délibération du conseil d'administration (illustratif)")
                    .date(LocalDate.of(2023, 12, 12)).body("Conseil d'administration de la CAF de l'Hérault").build();
            case COMMUNE_NAME -> Mandate.builder().reference("Délibération du conseil municipal (illustratif)")
                    .date(LocalDate.of(2024, 2, 8)).body("Conseil municipal de Frontignan").build();
            default -> throw new IllegalArgumentException("No party of that name in Frontignan's CTG: " + signatoryName);
        };
    }

    /**
     * The day each party's representatives signed: all four together, on {@link #SIGNATURE_DATE}.
     *
     * @param signatoryName the party's name
     * @return the day its representatives signed
     */
    public static LocalDate signatureDateOf(String signatoryName) {
        mandateOf(signatoryName); // refuses a name that is not a party
        return SIGNATURE_DATE;
    }

    /**
     * {@return the six axes of the plan, one per field group of the article (the grouping is ours, illustrative):
     * action sheet n.m belongs to axis n}
     */
    public static List<Axis> axes() {
        return List.of(
                axis(1, "Petite enfance", EARLY_CHILDHOOD),
                axis(2, "Accompagnement à la parentalité", PARENTHOOD),
                axis(3, "Enfance et jeunesse", CHILDHOOD, YOUTH),
                axis(4, "Logement et amélioration du cadre de vie", HOUSING),
                axis(5, "Animation de la vie sociale", SOCIAL_LIFE),
                axis(6, "Accès aux droits, aux services et inclusion numérique", ACCESS_TO_RIGHTS, DIGITAL_INCLUSION));
    }

    private static Axis axis(int number, String title, FieldOfAction... fields) {
        return Axis.builder().number(number).title(title).addFields(fields).build();
    }

    /** {@return the three figures of the article and the needs of each field} */
    public static Diagnostic diagnostic() {
        String caf = "CAF de l'Hérault";
        return Diagnostic.builder()
                .addIndicator(Indicator.builder()
                        .label("Familles allocataires vivant sous le seuil de pauvreté")
                        .value(new BigDecimal("29")).unit("%").referenceYear(2022).source(caf).build())
                .addIndicator(Indicator.builder()
                        .label("Financements CAF au titre des prestations de service (petite enfance, enfance-jeunesse,"
                                + " parentalité, CEJ)")
                        .value(new BigDecimal("2500000")).unit("EUR").referenceYear(2022).source(caf).build())
                .addIndicator(Indicator.builder()
                        .label("Prestations versées aux allocataires")
                        .value(new BigDecimal("2400000")).unit("EUR").referenceYear(2022).source(caf).build())
                .addNeed(Need.of(EARLY_CHILDHOOD, "Développer les places d'accueil et adapter l'accueil aux besoins des parents"))
                .addNeed(Need.of(PARENTHOOD, "Offrir des lieux d'échange et de soutien aux parents"))
                .addNeed(Need.of(YOUTH, "Prévenir le décrochage et favoriser les départs en vacances"))
                .addNeed(Need.of(HOUSING, "Prévenir les expulsions et lutter contre la non-décence des logements"))
                .addNeed(Need.of(SOCIAL_LIFE, "Pérenniser les centres sociaux et la participation des habitants"))
                .addNeed(Need.of(ACCESS_TO_RIGHTS, "Rapprocher les services et accompagner les démarches en ligne"))
                .build();
    }

    /** {@return one action sheet per field of the article, with its example actions (budgets illustrative)} */
    public static List<ActionSheet> actions() {
        return List.of(
                action("1.1", "Développer les places d'accueil du jeune enfant", Priority.HIGH, EARLY_CHILDHOOD)
                        .addObjective("Créer des places d'accueil et améliorer la qualité de l'accueil")
                        .targetPublic("Familles avec enfants de moins de 3 ans")
                        .addBudget(line(2024, CAF_NAME, FundingInstrument.SERVICE_FUNDING, "180000.00"))
                        .addBudget(line(2024, CAF_NAME, FundingInstrument.TERRITORY_BONUS, "42000.00"))
                        .addIndicator(ActionIndicator.builder().label("Places d'accueil du jeune enfant").unit("places")
                                .baseline(new BigDecimal("210")).target(new BigDecimal("240")).build())
                        .build(),
                action("2.1", "Lieu d'accueil enfants-parents et groupes de parole", Priority.MEDIUM, PARENTHOOD)
                        .addObjective("Soutenir les parents dans leur rôle")
                        .addBudget(line(2024, CAF_NAME, FundingInstrument.SERVICE_FUNDING, "25000.00"))
                        .build(),
                action("3.1", "Accueils de loisirs et départs en vacances", Priority.HIGH, CHILDHOOD, YOUTH)
                        .addObjective("Accueillir les enfants et les jeunes hors temps scolaire")
                        .addBudget(line(2024, COMMUNE_NAME, FundingInstrument.OWN_FUNDS, "310000.00"))
                        .build(),
                action("4.1", "Prévention des expulsions et lutte contre la non-décence", Priority.MEDIUM, HOUSING)
                        .addObjective("Repérer tôt les impayés de loyer")
                        .build(),
                action("5.1", "Pérennisation du centre social", Priority.MEDIUM, SOCIAL_LIFE)
                        .addObjective("Soutenir la participation des habitants à la vie sociale")
                        .addBudget(line(2024, CAF_NAME, FundingInstrument.SERVICE_FUNDING, "68500.50"))
                        .build(),
                action("6.1", "Ateliers numériques et accompagnement aux démarches", Priority.HIGH,
                        ACCESS_TO_RIGHTS, DIGITAL_INCLUSION)
                        .addObjective("Rendre les démarches en ligne accessibles à tous")
                        .addPartner("France Services")
                        .build());
    }

    private static io.github.ctglib.actionplan.ImmutableActionSheet.Builder action(
            String number, String title, Priority priority, FieldOfAction... fields) {
        return ActionSheet.builder().number(number).title(title).priority(priority).addFields(fields)
                .pilot(COMMUNE_NAME);
    }

    private static BudgetLine line(int year, String funder, FundingInstrument instrument, String euros) {
        return BudgetLine.builder().year(year).funder(funder).instrument(instrument)
                .nature(BudgetNature.FORECAST).amount(new BigDecimal(euros)).build();
    }
}
