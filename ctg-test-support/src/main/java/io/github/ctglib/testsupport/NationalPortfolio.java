package io.github.ctglib.testsupport;

import io.github.ctglib.equipment.BonusBasis;
import io.github.ctglib.equipment.BonusTerms;
import io.github.ctglib.equipment.Equipment;
import io.github.ctglib.equipment.EquipmentKind;
import io.github.ctglib.equipment.EquipmentManager;
import io.github.ctglib.equipment.ImmutableEquipment;
import io.github.ctglib.actionplan.ActionIndicator;
import io.github.ctglib.actionplan.ActionSheet;
import io.github.ctglib.actionplan.ActionStatus;
import io.github.ctglib.actionplan.BudgetLine;
import io.github.ctglib.actionplan.BudgetNature;
import io.github.ctglib.actionplan.FundingInstrument;
import io.github.ctglib.actionplan.ImmutableActionSheet;
import io.github.ctglib.actionplan.Measurement;
import io.github.ctglib.actionplan.Priority;
import io.github.ctglib.convention.Caf;
import io.github.ctglib.convention.CommitteeKind;
import io.github.ctglib.convention.CommitteeMeeting;
import io.github.ctglib.convention.Convention;
import io.github.ctglib.convention.Diagnostic;
import io.github.ctglib.convention.Governance;
import io.github.ctglib.convention.ImmutableDiagnostic;
import io.github.ctglib.convention.ImmutableGovernance;
import io.github.ctglib.convention.Indicator;
import io.github.ctglib.convention.Mandate;
import io.github.ctglib.convention.Need;
import io.github.ctglib.convention.OrganisationKind;
import io.github.ctglib.convention.Coordinator;
import io.github.ctglib.convention.Representative;
import io.github.ctglib.convention.Signatory;
import io.github.ctglib.convention.Stage;
import io.github.ctglib.convention.Territory;
import io.github.ctglib.territory.Commune;
import io.github.ctglib.territory.Departement;
import io.github.ctglib.territory.Epci;
import io.github.ctglib.territory.Geography;
import io.github.ctglib.vocabulary.ActionField;
import io.github.ctglib.vocabulary.FieldOfAction;
import io.github.ctglib.vocabulary.DateRange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/**
 * A realistic national portfolio for tests and benchmarks, deterministic from a seed: one signed CTG per
 * EPCI of the geography (1,255 in 2026) covering all its member communes, each with 15 to 30 action sheets,
 * budget lines over its 5 years, 10 to 20 diagnostic indicators, an indicator with measurements per action,
 * 2 to 50 signatories, committee meetings, an equipment annex sized from the population with its bonus terms,
 * and French texts of realistic lengths. Every convention passes
 * {@link io.github.ctglib.rules.ConventionValidator} (warnings aside: some EPCIs cross départements).
 */
public final class NationalPortfolio {

    /** The seed the benchmarks and tests use unless they say otherwise. */
    public static final long DEFAULT_SEED = 2026L;

    private static final List<ActionField> OTHER_FIELDS = List.of(ActionField.CHILDHOOD, ActionField.SOCIAL_LIFE,
            ActionField.ACCESS_TO_RIGHTS, ActionField.DIGITAL_INCLUSION, ActionField.HOUSING, ActionField.DISABILITY,
            ActionField.SOCIAL_SUPPORT);
    private static final Set<ActionField> REQUIRED =
            EnumSet.of(ActionField.EARLY_CHILDHOOD, ActionField.YOUTH, ActionField.PARENTHOOD);
    private static final String[] VERBS = {"Développer", "Renforcer", "Consolider", "Soutenir", "Structurer",
        "Pérenniser", "Favoriser", "Améliorer", "Coordonner", "Adapter"};
    private static final Map<ActionField, String[]> SUBJECTS = Map.of(
            ActionField.EARLY_CHILDHOOD, new String[] {"l'offre d'accueil du jeune enfant", "les relais petite enfance",
                "l'accueil des enfants en situation de handicap en crèche", "les micro-crèches en zone rurale"},
            ActionField.YOUTH, new String[] {"les accueils de loisirs pour adolescents", "les départs en vacances des jeunes",
                "la prévention éducative de proximité", "l'information jeunesse"},
            ActionField.PARENTHOOD, new String[] {"les lieux d'accueil enfants-parents", "l'accompagnement à la scolarité",
                "les groupes de parole de parents", "la médiation familiale"},
            ActionField.CHILDHOOD, new String[] {"les accueils périscolaires", "les activités du mercredi",
                "le plan mercredi", "les accueils de loisirs sans hébergement"},
            ActionField.SOCIAL_LIFE, new String[] {"les centres sociaux", "les espaces de vie sociale",
                "la participation des habitants", "les solidarités de proximité"},
            ActionField.ACCESS_TO_RIGHTS, new String[] {"les permanences d'accès aux droits", "l'itinérance des services",
                "la lutte contre le non-recours", "les espaces France Services"},
            ActionField.DIGITAL_INCLUSION, new String[] {"les ateliers numériques", "l'accompagnement aux démarches en ligne",
                "les conseillers numériques", "l'équipement des familles"},
            ActionField.HOUSING, new String[] {"la prévention des expulsions", "la lutte contre la non-décence",
                "l'amélioration de l'habitat", "l'accès au logement des jeunes"},
            ActionField.DISABILITY, new String[] {"l'inclusion des enfants en situation de handicap",
                "le soutien aux aidants familiaux", "l'accessibilité des équipements", "le pôle ressources handicap"},
            ActionField.SOCIAL_SUPPORT, new String[] {"l'accompagnement des familles monoparentales",
                "le soutien aux familles vulnérables", "l'accueil social inconditionnel", "les parcours d'insertion"});
    private static final String[] PUBLICS = {"familles avec enfants de moins de 6 ans", "jeunes de 11 à 25 ans",
        "parents d'enfants scolarisés", "habitants des quartiers prioritaires", "familles monoparentales",
        "allocataires isolés", "enfants de 3 à 11 ans"};
    private static final String[] INDICATORS = {"Familles allocataires", "Enfants de moins de 3 ans",
        "Familles monoparentales", "Taux de couverture en accueil du jeune enfant", "Jeunes de 16 à 25 ans",
        "Allocataires à bas revenus", "Bénéficiaires du RSA", "Places en accueil de loisirs",
        "Bénéficiaires de l'AAH", "Foyers allocataires logement", "Taux de pauvreté des familles",
        "Naissances annuelles", "Centres sociaux agréés", "Lieux d'accueil enfants-parents", "Assistantes maternelles",
        "Places en crèche", "Jeunes accueillis en information jeunesse", "Familles accompagnées en médiation",
        "Personnes accompagnées aux démarches en ligne", "Ménages en impayés de loyer"};
    private static final String[] DECISIONS = {"Validation du bilan annuel des fiches action",
        "Ajustement du calendrier des actions petite enfance", "Lancement d'un groupe de travail sur la jeunesse",
        "Arbitrage des financements de l'année suivante", "Présentation des indicateurs de suivi",
        "Intégration de nouveaux partenaires associatifs"};

    private final Geography geography;
    private final long seed;

    private NationalPortfolio(Geography geography, long seed) {
        this.geography = geography;
        this.seed = seed;
    }

    /** The whole portfolio from the bundled geography, in SIREN order. */
    public static List<Convention> generate(long seed) {
        return generate(Geography.bundled(), seed);
    }

    public static List<Convention> generate(Geography geography, long seed) {
        NationalPortfolio portfolio = new NationalPortfolio(geography, seed);
        return geography.epcis().stream().map(portfolio::conventionFor).collect(Collectors.toList());
    }

    /** The CTG of one EPCI, the same for the same seed whatever else is generated. */
    public static Convention forEpci(Geography geography, Epci epci, long seed) {
        return new NationalPortfolio(geography, seed).conventionFor(epci);
    }

    private Convention conventionFor(Epci epci) {
        SplittableRandom random = new SplittableRandom(seed * 31 + Long.parseLong(epci.siren()));
        Departement departement = mainDepartement(epci);
        int start = 2021 + random.nextInt(5);
        DateRange validity = DateRange.ofYears(start, start + 4);
        List<FieldOfAction> fields = fields(random);
        LocalDate signedOn = LocalDate.of(start, 1, 1).plusDays(random.nextInt(-60, 120));
        List<Signatory> parties = signatories(random, epci, departement, signedOn);
        return Convention.builder()
                .id("ctg-" + epci.siren() + "-" + start)
                .title("Convention territoriale globale " + epci.name() + " " + start + "-" + (start + 4))
                .caf(Caf.of(cafName(departement), departement.code()))
                .territory(Territory.builder().addAllCommuneCodes(epci.memberInseeCodes()).addEpciSiren(epci.siren()).build())
                .validity(validity)
                .signatories(parties)
                .fields(fields)
                .diagnostic(diagnostic(random, fields, start))
                .actions(actions(random, fields, validity, cafName(departement), epci.name()))
                .governance(governance(random, validity))
                .equipment(equipment(epci))
                .bonusTerms(BonusTerms.builder()
                        .carriedOverAmountPerPlace(BigDecimal.valueOf(80_000 + random.nextInt(120_000), 2))
                        .baseYear(start - 1).wealthTranche("T" + (1 + random.nextInt(3))).build())
                .stage(Stage.SIGNED)
                // The convention is signed on the day its last party signs.
                .signatureDate(parties.stream().map(p -> p.getSignedOn().orElseThrow()).max(LocalDate::compareTo)
                        .orElseThrow())
                .build();
    }

    /**
     * The equipment annex: a plausible number of each kind from the EPCI's population (a sizing assumption for
     * tests and benchmarks, not data: about one EAJE per 6,000 inhabitants, one ALSH per 2,500, one RPE per
     * 25,000 and at least one, one LAEP per 45,000, one centre social per 30,000; at most 400 in all), each in a
     * member commune drawn by population and supported by the EPCI. Drawn from its own random sequence, so that
     * the rest of the convention is what it was before equipment existed.
     */
    private List<Equipment> equipment(Epci epci) {
        SplittableRandom random = new SplittableRandom(seed * 37 + Long.parseLong(epci.siren()));
        List<Commune> communes = epci.memberInseeCodes().stream().map(geography::commune).flatMap(Optional::stream)
                .toList();
        long population = communes.stream().mapToLong(Commune::population).sum();
        List<Equipment> annex = new ArrayList<>();
        int[] counts = {(int) (population / 6_000), (int) (population / 2_500), (int) Math.max(1, population / 25_000),
            (int) (population / 45_000), (int) (population / 30_000)};
        EquipmentKind[] kinds = {EquipmentKind.MULTI_ACCUEIL, EquipmentKind.ALSH_PERISCOLAIRE, EquipmentKind.RPE,
            EquipmentKind.LAEP, EquipmentKind.SOCIAL_CENTRE};
        String[] prefixes = {"EAJE", "ALSH", "RPE", "LAEP", "CS"};
        for (int k = 0; k < kinds.length && annex.size() < 400; k++) {
            for (int i = 1; i <= counts[k] && annex.size() < 400; i++) {
                Commune commune = drawnByPopulation(communes, population, random);
                ImmutableEquipment.Builder e = Equipment.builder().reference(prefixes[k] + "-" + i).kind(kinds[k])
                        .name(kindName(kinds[k]) + " n° " + i + " de " + commune.name())
                        .manager(EquipmentManager.named(random.nextBoolean() ? epci.name() : "Association gestionnaire n° " + i))
                        .communeCode(commune.inseeCode()).supportingParty(epci.name());
                if (kinds[k] == EquipmentKind.MULTI_ACCUEIL) {
                    int places = 20 + random.nextInt(41);
                    int created = random.nextInt(0, 9);
                    e.places(places).serviceFunding(FundingInstrument.PSU)
                            .bonusBasis(BonusBasis.eaje(places - created, created, 0));
                } else if (kinds[k] == EquipmentKind.ALSH_PERISCOLAIRE) {
                    int places = 40 + random.nextInt(161);
                    e.places(places).serviceFunding(FundingInstrument.SERVICE_FUNDING)
                            .bonusBasis(BonusBasis.alsh(places - random.nextInt(0, 20)));
                } else if (kinds[k] == EquipmentKind.RPE) {
                    e.fullTimeEquivalents(BigDecimal.valueOf(50 + random.nextInt(250), 2))
                            .serviceFunding(FundingInstrument.SERVICE_FUNDING);
                } else {
                    e.serviceFunding(FundingInstrument.SERVICE_FUNDING);
                }
                annex.add(e.build());
            }
        }
        return annex;
    }

    private static Commune drawnByPopulation(List<Commune> communes, long population, SplittableRandom random) {
        long target = population <= 0 ? 0 : random.nextLong(population);
        long seen = 0;
        for (Commune commune : communes) {
            seen += commune.population();
            if (target < seen) {
                return commune;
            }
        }
        return communes.get(0);
    }

    private static String kindName(EquipmentKind kind) {
        return switch (kind) {
            case MULTI_ACCUEIL -> "Multi-accueil";
            case ALSH_PERISCOLAIRE -> "Accueil de loisirs périscolaire";
            case RPE -> "Relais petite enfance";
            case LAEP -> "Lieu d'accueil enfants-parents";
            default -> "Centre social";
        };
    }

    private Departement mainDepartement(Epci epci) {
        Map<String, Integer> counts = new HashMap<>();
        for (String code : epci.memberInseeCodes()) {
            geography.commune(code).ifPresent(c -> counts.merge(c.departementCode(), 1, Integer::sum));
        }
        String code = counts.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .orElseThrow().getKey();
        return geography.departement(code).orElseThrow();
    }

    private static String cafName(Departement d) {
        return "CAF " + d.name();
    }

    private static List<FieldOfAction> fields(SplittableRandom random) {
        List<FieldOfAction> fields = new ArrayList<>();
        REQUIRED.forEach(f -> fields.add(FieldOfAction.of(f)));
        List<ActionField> others = new ArrayList<>(OTHER_FIELDS);
        int extra = 2 + random.nextInt(4);
        for (int i = 0; i < extra; i++) {
            fields.add(FieldOfAction.of(others.remove(random.nextInt(others.size()))));
        }
        return fields;
    }

    private List<Signatory> signatories(SplittableRandom random, Epci epci, Departement d, LocalDate signedOn) {
        List<Signatory> parties = new ArrayList<>();
        parties.add(party(OrganisationKind.CAF, cafName(d), null, "Directrice", signedOn, random));
        parties.add(party(OrganisationKind.EPCI, epci.name(), epci.siren(), "Président", signedOn, random));
        if (random.nextInt(3) == 0) {
            parties.add(party(OrganisationKind.DEPARTEMENT, "Conseil départemental — " + d.name(), null, "Président",
                    signedOn, random));
        }
        if (random.nextInt(4) == 0) {
            parties.add(party(OrganisationKind.MSA, "MSA — " + d.name(), null, "Directeur", signedOn, random));
        }
        int communes = Math.min(epci.memberInseeCodes().size(), random.nextInt(0, 50 - parties.size() + 1));
        Set<String> names = new HashSet<>();
        for (String code : epci.memberInseeCodes().subList(0, communes)) {
            Commune commune = geography.commune(code).orElseThrow();
            String name = "Commune de " + commune.name();
            parties.add(party(OrganisationKind.COMMUNE, names.add(name) ? name : name + " (" + code + ")", code,
                    "Maire", signedOn, random));
        }
        return parties;
    }

    private static Signatory party(OrganisationKind kind, String name, String identifier, String title,
            LocalDate signedOn, SplittableRandom random) {
        LocalDate day = signedOn.minusDays(random.nextInt(0, 30));
        return Signatory.builder().kind(kind).name(name).identifier(java.util.Optional.ofNullable(identifier))
                .addRepresentative(Representative.signed(person(random), title, day))
                .mandate(Mandate.of("Délibération n° " + day.getYear() + "-" + (1 + random.nextInt(300)),
                        day.minusDays(15 + random.nextInt(60))))
                .build();
    }

    private static final String[] FIRST = {"Marie", "Jean", "Nathalie", "Philippe", "Sophie", "Karim", "Isabelle",
        "Laurent", "Fatima", "Pierre", "Claire", "Thomas"};
    private static final String[] LAST = {"Martin", "Bernard", "Dubois", "Moreau", "Laurent", "Garcia", "Roux",
        "Fournier", "Girard", "Mercier", "Benali", "Lefèvre"};

    private static String person(SplittableRandom random) {
        return FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
    }

    private static Diagnostic diagnostic(SplittableRandom random, List<FieldOfAction> fields, int start) {
        ImmutableDiagnostic.Builder diagnostic = Diagnostic.builder();
        int count = 10 + random.nextInt(11);
        for (int i = 0; i < count; i++) {
            boolean rate = INDICATORS[i].startsWith("Taux");
            diagnostic.addIndicator(Indicator.builder().label(INDICATORS[i])
                    .value(rate ? BigDecimal.valueOf(random.nextInt(50, 950), 1)
                            : BigDecimal.valueOf(random.nextInt(20, 40_000)))
                    .unit(rate ? "%" : "nombre").referenceYear(start - 1 - random.nextInt(2))
                    .source(random.nextBoolean() ? "CAF, données allocataires" : "INSEE, recensement de la population")
                    .build());
        }
        for (FieldOfAction field : fields) {
            diagnostic.addNeed(Need.of(field, sentence(random, field.getKind(), 2)));
        }
        return diagnostic.build();
    }

    /** The plan; its budget lines are funded by two of the parties, the CAF and the EPCI, by their names. */
    private static List<ActionSheet> actions(SplittableRandom random, List<FieldOfAction> fields, DateRange validity,
            String caf, String epci) {
        int count = 15 + random.nextInt(16);
        List<ActionSheet> actions = new ArrayList<>(count);
        int[] perAxis = new int[fields.size()];
        int from = validity.getFrom().getYear();
        for (int i = 0; i < count; i++) {
            int axis = i % fields.size();
            FieldOfAction field = fields.get(axis);
            String[] subjects = SUBJECTS.get(field.getKind());
            ImmutableActionSheet.Builder action = ActionSheet.builder()
                    .number((axis + 1) + "." + (++perAxis[axis]))
                    .title(VERBS[random.nextInt(VERBS.length)] + " " + subjects[random.nextInt(subjects.length)])
                    .addFields(field)
                    .addObjectives(sentence(random, field.getKind(), 2), sentence(random, field.getKind(), 1))
                    .targetPublic(PUBLICS[random.nextInt(PUBLICS.length)])
                    .pilot(random.nextBoolean() ? "Service enfance-jeunesse de l'intercommunalité" : "CAF — conseiller territorial")
                    .addPartners("Centre social", "Éducation nationale")
                    .schedule(DateRange.ofYears(from + random.nextInt(2), from + 2 + random.nextInt(3)))
                    .status(ActionStatus.values()[random.nextInt(3)])
                    .priority(Priority.values()[random.nextInt(3)]);
            for (int year = from; year <= validity.getTo().getYear(); year++) {
                action.addBudget(line(year, caf, FundingInstrument.SERVICE_FUNDING, BudgetNature.FORECAST, random));
                action.addBudget(line(year, epci, FundingInstrument.OWN_FUNDS, BudgetNature.FORECAST, random));
                if (year < from + 2) {
                    action.addBudget(line(year, caf, FundingInstrument.SERVICE_FUNDING, BudgetNature.ACTUAL, random));
                }
            }
            int baseline = random.nextInt(10, 500);
            action.addIndicator(ActionIndicator.builder().label("Bénéficiaires de l'action").unit("personnes")
                    .baseline(BigDecimal.valueOf(baseline)).target(BigDecimal.valueOf(baseline + random.nextInt(10, 200)))
                    .addMeasurement(Measurement.of(LocalDate.of(from, 12, 31), BigDecimal.valueOf(baseline + random.nextInt(50))))
                    .addMeasurement(Measurement.of(LocalDate.of(from + 1, 12, 31), BigDecimal.valueOf(baseline + random.nextInt(100))))
                    .build());
            actions.add(action.build());
        }
        return actions;
    }

    private static BudgetLine line(int year, String funder, FundingInstrument instrument, BudgetNature nature,
            SplittableRandom random) {
        return BudgetLine.builder().year(year).funder(funder).instrument(instrument).nature(nature)
                .amount(BigDecimal.valueOf(random.nextLong(100_000, 25_000_000), 2)).build();
    }

    private static Governance governance(SplittableRandom random, DateRange validity) {
        ImmutableGovernance.Builder governance = Governance.builder()
                .addCoordinator(Coordinator.of(person(random), "Chargé(e) de coopération CTG"));
        for (int year = validity.getFrom().getYear(); year < validity.getFrom().getYear() + 2; year++) {
            for (CommitteeKind kind : CommitteeKind.values()) {
                governance.addMeeting(CommitteeMeeting.builder().date(LocalDate.of(year, kind == CommitteeKind.STEERING ? 11 : 5,
                        1 + random.nextInt(28))).kind(kind)
                        .addDecisions(DECISIONS[random.nextInt(DECISIONS.length)], DECISIONS[random.nextInt(DECISIONS.length)])
                        .build());
            }
        }
        return governance.build();
    }

    /** A French sentence of the field's vocabulary, about 90 characters a clause. */
    private static String sentence(SplittableRandom random, ActionField kind, int clauses) {
        String[] subjects = SUBJECTS.get(kind);
        Set<String> parts = new LinkedHashSet<>();
        for (int i = 0; i < clauses; i++) {
            parts.add(VERBS[random.nextInt(VERBS.length)].toLowerCase(java.util.Locale.FRENCH) + " "
                    + subjects[random.nextInt(subjects.length)] + " pour les " + PUBLICS[random.nextInt(PUBLICS.length)]);
        }
        String text = String.join(", et ", parts);
        return Character.toUpperCase(text.charAt(0)) + text.substring(1) + ".";
    }
}
