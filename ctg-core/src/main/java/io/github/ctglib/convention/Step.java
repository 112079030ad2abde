package io.github.ctglib.convention;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A step of a convention's life — one lifecycle command — with the stages it may be taken from and, in French
 * and English, why. This table, with the groups on {@link Stage}, is the one statement of the allowed
 * transitions.
 */
public enum Step {
    /** Creates a convention in preparation. */
    CREATE(s -> s == Stage.IN_PREPARATION,
            "une convention est créée en préparation", "a convention is created in preparation"),
    /**
     * Revises the draft's title, validity, territory, fields or parties; once signatures are requested, the
     * convention changes only by amendment (avenant).
     */
    REVISE_DRAFT(Stage::isPreparing,
            "le projet se révise avant la demande de signatures (ensuite, par avenant)",
            "a draft is revised before signatures are requested (then amend)"),
    /** Records or replaces the shared diagnostic. */
    RECORD_DIAGNOSTIC(s -> s.isPreparing() || s.isLiving(),
            "le diagnostic s'enregistre avant l'évaluation", "the diagnostic is recorded before evaluation"),
    /** Records or replaces the action plan. */
    PLAN_ACTIONS(s -> s == Stage.SHARED_DIAGNOSTIC || s == Stage.ACTION_PLANNING,
            "le plan suit le diagnostic et précède les signatures (ensuite, par avenant)",
            "the plan follows the diagnostic and precedes the signatures (then amend)"),
    /** Asks the parties to sign. */
    REQUEST_SIGNATURES(Stage::isPreparing,
            "les signatures se demandent une fois la convention préparée",
            "signatures are requested once the convention is prepared"),
    /** A representative, or a whole party, signs. */
    SIGN(s -> s == Stage.AWAITING_SIGNATURES,
            "les parties signent une fois les signatures demandées", "parties sign once signatures are requested"),
    /** Proposes an amendment (avenant). */
    AMEND(s -> s == Stage.SIGNED,
            "les avenants s'appliquent à une convention signée", "amendments apply to a signed convention"),
    /** A party signs an amendment. */
    SIGN_AMENDMENT(s -> s == Stage.SIGNED,
            "les avenants s'appliquent à une convention signée", "amendments apply to a signed convention"),
    /** Records a round of monitoring. */
    RECORD_MONITORING(Stage::isLiving,
            "le suivi concerne une convention signée", "monitoring follows a signed convention"),
    /** Records the evaluation. */
    EVALUATE(Stage::isLiving,
            "seule une convention signée s'évalue", "a signed convention is evaluated"),
    /** Closes an evaluated convention. */
    CLOSE(s -> s == Stage.EVALUATION,
            "une convention se clôture après son évaluation", "a convention is closed after its evaluation"),
    /** Terminates (résiliation) a signed convention. */
    TERMINATE(Stage::isLiving,
            "seule une convention signée se résilie", "only a signed convention is terminated"),
    /** Renews a convention (CTG de 2e génération). */
    RENEW(s -> s == Stage.SIGNED || s == Stage.EVALUATION || s == Stage.CLOSED,
            "on renouvelle une convention signée, évaluée ou clôturée",
            "a signed, evaluated or closed convention is renewed"),
    /**
     * A dated note of the follow-up journal (journal de suivi), on the convention or an action sheet: allowed at
     * every stage, closed and terminated included (what is said of a convention after its end is still worth
     * keeping).
     */
    ADD_NOTE(s -> true, "une note du journal de suivi s'ajoute à toute étape",
            "a note of the follow-up journal may be added at every stage"),
    /**
     * A document reference (pièce jointe): allowed at every stage, closed and terminated included (the
     * evaluation report, the letter of résiliation and the signed originals are often filed after the end).
     */
    ATTACH_DOCUMENT(s -> true, "une pièce jointe s'ajoute à toute étape", "a document may be attached at every stage"),
    /** A document or a copied history enters the store at the stage it states. */
    IMPORT(s -> true, "un document entre dans le dépôt à l'étape qu'il indique",
            "a document enters the store at the stage it states");

    private final Set<Stage> from;
    private final String whyFr;
    private final String whyEn;

    Step(Predicate<Stage> allowed, String whyFr, String whyEn) {
        this.from = Collections.unmodifiableSet(Arrays.stream(Stage.values()).filter(allowed)
                .collect(() -> EnumSet.noneOf(Stage.class), Set::add, Set::addAll));
        this.whyFr = whyFr;
        this.whyEn = whyEn;
    }

    /** {@return the stages this step may be taken from} */
    public Set<Stage> allowedFrom() {
        return from;
    }

    /**
     * Whether the step may be taken from {@code stage}.
     *
     * @param stage the convention's stage
     * @return {@code true} when it may
     */
    public boolean isAllowedFrom(Stage stage) {
        return from.contains(stage);
    }

    /** {@return why the step is allowed only from {@link #allowedFrom()}, in French} */
    public String whyFr() {
        return whyFr;
    }

    /** {@return why the step is allowed only from {@link #allowedFrom()}, in English} */
    public String whyEn() {
        return whyEn;
    }
}
