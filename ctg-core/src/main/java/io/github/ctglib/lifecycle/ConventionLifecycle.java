package io.github.ctglib.lifecycle;

import io.github.ctglib.actionplan.ActionIndicator;
import io.github.ctglib.actionplan.ActionSheet;
import io.github.ctglib.actionplan.ImmutableActionIndicator;
import io.github.ctglib.actionplan.ImmutableActionSheet;
import io.github.ctglib.convention.Amendment;
import io.github.ctglib.convention.AmendmentSignature;
import io.github.ctglib.convention.Convention;
import io.github.ctglib.convention.Diagnostic;
import io.github.ctglib.convention.Evaluation;
import io.github.ctglib.convention.ImmutableAmendment;
import io.github.ctglib.convention.ImmutableConvention;
import io.github.ctglib.convention.ImmutableGovernance;
import io.github.ctglib.convention.ImmutableSignatory;
import io.github.ctglib.convention.ImmutableTerritory;
import io.github.ctglib.convention.Period;
import io.github.ctglib.convention.Signatory;
import io.github.ctglib.convention.Stage;
import io.github.ctglib.convention.Termination;
import io.github.ctglib.convention.TimeStatus;
import io.github.ctglib.ports.Change;
import io.github.ctglib.ports.ConventionNotFoundException;
import io.github.ctglib.ports.ConventionRepository;
import io.github.ctglib.rules.ConventionValidator;
import io.github.ctglib.rules.RuleCodes;
import io.github.ctglib.rules.Violation;
import io.github.ctglib.territory.Geography;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one entry point to a convention's life: create, record the diagnostic, plan actions, request
 * signatures, sign, amend, record monitoring, evaluate, close, terminate, renew.
 *
 * <p>Each command reads the convention, checks every rule that applies, and either stores the new state
 * as one revision (recording the actor and the time from the injected {@link Clock}) or throws
 * {@link RuleViolationException} with every violation, leaving storage untouched. A concurrent change between
 * the read and the save raises {@link io.github.ctglib.ports.ConcurrencyConflictException}: retry the
 * command. Transitions are logged at INFO, rejections at DEBUG, and published to listeners once stored.
 *
 * <pre>{@code
 * ConventionLifecycle ctg = ConventionLifecycle.builder(repository).clock(clock).build();
 * ctg.create(draft, "agent:m.dupont");
 * ctg.requestSignatures(draft.getId(), "agent:m.dupont");
 * }</pre>
 */
public final class ConventionLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(ConventionLifecycle.class);

    private static final Set<Stage> PREPARING =
            EnumSet.of(Stage.IN_PREPARATION, Stage.SHARED_DIAGNOSTIC, Stage.ACTION_PLANNING);
    private static final Set<Stage> LIVING = EnumSet.of(Stage.SIGNED, Stage.EVALUATION);

    private final ConventionRepository repository;
    private final Clock clock;
    private final Geography geography;
    private final CtgPolicy policy;
    private final List<LifecycleListener> listeners;
    private final ConventionValidator modelRules = ConventionValidator.standard();
    private final ConventionValidator territoryRules;

    private ConventionLifecycle(Builder builder) {
        this.repository = builder.repository;
        this.clock = builder.clock;
        this.geography = builder.geography;
        this.policy = builder.policy;
        this.listeners = List.copyOf(builder.listeners);
        this.territoryRules = ConventionValidator.withGeography(geography);
    }

    public static Builder builder(ConventionRepository repository) {
        return new Builder(repository);
    }

    public ConventionRepository repository() {
        return repository;
    }

    public CtgPolicy policy() {
        return policy;
    }

    public Optional<Convention> find(String id) {
        return repository.findById(id);
    }

    /** Upcoming, in force or expired today, by the injected clock. */
    public TimeStatus timeStatus(Convention convention) {
        return convention.timeStatus(LocalDate.now(clock));
    }

    /** Every violation of the model's rules and of its territory against the geography. */
    public List<Violation> validate(Convention convention) {
        return territoryRules.validate(convention);
    }

    /** Stores a new convention in preparation (version 0 in, 1 out). */
    public CommandResult create(Convention draft, String actor) {
        List<Violation> out = new ArrayList<>();
        LifecycleGuards.stage(draft, EnumSet.of(Stage.IN_PREPARATION), "a convention is created in preparation", out);
        if (repository.findById(draft.getId()).isPresent()) {
            out.add(Violation.error(RuleCodes.ALREADY_EXISTS, "id", draft.getId()));
        }
        LifecycleGuards.validityLength(draft.getValidity(), policy, "validity", out);
        Convention fresh = ImmutableConvention.copyOf(draft).withVersion(0);
        return store(null, fresh, out, actor, "Created", EventType.CREATED);
    }

    /** Records or replaces the shared diagnostic; moves a convention in preparation to the diagnostic stage. */
    public CommandResult recordDiagnostic(String id, Diagnostic diagnostic, String actor) {
        return change(id, actor, "Shared diagnostic recorded", (c, out) -> {
            LifecycleGuards.stage(c, union(PREPARING, LIVING), "the diagnostic is recorded before evaluation", out);
            Stage stage = c.getStage() == Stage.IN_PREPARATION ? Stage.SHARED_DIAGNOSTIC : c.getStage();
            return ImmutableConvention.copyOf(c).withDiagnostic(diagnostic).withStage(stage);
        });
    }

    /** Records or replaces the action plan before signature (after it, use an amendment). */
    public CommandResult planActions(String id, List<ActionSheet> actions, String actor) {
        return change(id, actor, "Action plan: " + actions.size() + " action(s)", (c, out) -> {
            LifecycleGuards.stage(c, EnumSet.of(Stage.SHARED_DIAGNOSTIC, Stage.ACTION_PLANNING),
                    "the plan follows the diagnostic and precedes the signatures (then amend)", out);
            return ImmutableConvention.copyOf(c).withActions(actions).withStage(Stage.ACTION_PLANNING);
        });
    }

    /**
     * Asks the parties to sign: the scope, the validity, the parties, the diagnostic and the territory must
     * be complete. An empty action plan is a warning.
     */
    public CommandResult requestSignatures(String id, String actor) {
        return change(id, actor, "Signatures requested", (c, out) -> {
            LifecycleGuards.stage(c, PREPARING, "signatures are requested once the convention is prepared", out);
            LifecycleGuards.scope(c, policy, out);
            LifecycleGuards.validityLength(c.getValidity(), policy, "validity", out);
            LifecycleGuards.parties(c, geography, out);
            LifecycleGuards.diagnostic(c, out);
            out.addAll(territoryRules.validate(c));
            return ImmutableConvention.copyOf(c).withStage(Stage.AWAITING_SIGNATURES);
        });
    }

    /**
     * Records a party's signature; when the last party signs, the convention is signed on the latest
     * signature date, provided no commune is already covered by another signed convention at that time.
     */
    public CommandResult sign(String id, Signing signing, String actor) {
        return change(id, actor, "Signed by " + signing.signatoryName(), (c, out) -> {
            LifecycleGuards.stage(c, EnumSet.of(Stage.AWAITING_SIGNATURES), "parties sign once signatures are requested",
                    out);
            int index = indexOf(c, signing.signatoryName(), out);
            if (index < 0) {
                return c;
            }
            Signatory party = c.getSignatories().get(index);
            party.getSignedOn().ifPresent(day ->
                    out.add(Violation.error(RuleCodes.ALREADY_SIGNED, "signatories[" + index + "]", party.getName(), day)));
            if (signing.mandate() == null) {
                out.add(Violation.error(RuleCodes.MANDATE_MISSING, "signatories[" + index + "].mandate", party.getName()));
            }
            List<Signatory> parties = new ArrayList<>(c.getSignatories());
            parties.set(index, ImmutableSignatory.copyOf(party).withRepresentative(signing.representative())
                    .withMandate(Optional.ofNullable(signing.mandate())).withSignedOn(signing.date()));
            ImmutableConvention next = ImmutableConvention.copyOf(c).withSignatories(parties);
            if (parties.stream().allMatch(Signatory::hasSigned)) {
                LocalDate signedOn = parties.stream().map(s -> s.getSignedOn().orElseThrow())
                        .max(LocalDate::compareTo).orElseThrow();
                next = next.withStage(Stage.SIGNED).withSignatureDate(signedOn);
                LifecycleGuards.exclusivity(c, c.getTerritory().getCommuneCodes(), c.getValidity(),
                        "territory.communeCodes", repository, out);
            }
            return next;
        });
    }

    /**
     * Proposes an amendment to a signed convention. It is numbered next in order and takes effect when all
     * parties, and any party it adds, have signed it ({@link #signAmendment}).
     */
    public CommandResult amend(String id, Amendment amendment, String actor) {
        return change(id, actor, "Amendment " + amendment.getNumber() + " proposed", (c, out) -> {
            LifecycleGuards.stage(c, EnumSet.of(Stage.SIGNED), "amendments apply to a signed convention", out);
            int expected = c.getAmendments().size() + 1;
            if (amendment.getNumber() != expected) {
                out.add(Violation.error(RuleCodes.AMENDMENT_NUMBERING, "amendment.number", amendment.getNumber(),
                        expected));
            }
            LocalDate signedOn = c.getSignatureDate().orElse(c.getValidity().getFrom());
            if (amendment.getDate().isBefore(signedOn) || amendment.getDate().isAfter(c.getValidity().getTo())) {
                out.add(Violation.error(RuleCodes.AMENDMENT_DATE, "amendment.date", amendment.getDate(), signedOn,
                        c.getValidity().getTo()));
            }
            if (amendment.getAddedActions().isEmpty() && amendment.getAddedSignatories().isEmpty()
                    && amendment.getAddedCommuneCodes().isEmpty() && amendment.getNewValidityEnd().isEmpty()) {
                out.add(Violation.error(RuleCodes.AMENDMENT_EMPTY, "amendment"));
            }
            amendment.getNewValidityEnd().ifPresent(end -> {
                Period extended = Period.of(c.getValidity().getFrom(), end);
                List<Violation> length = new ArrayList<>();
                LifecycleGuards.validityLength(extended, policy, "amendment.newValidityEnd", length);
                if (!end.isAfter(c.getValidity().getTo()) || !length.isEmpty()) {
                    out.add(Violation.error(RuleCodes.AMENDMENT_VALIDITY, "amendment.newValidityEnd", end,
                            policy.getMaximumValidityYears()));
                }
            });
            Amendment pending = ImmutableAmendment.copyOf(amendment).withSignatures(List.of())
                    .withEffectiveOn(Optional.empty());
            // Check what the convention would be once the amendment is in effect, so faults show now.
            territoryRules.validate(applied(c, pending)).stream().filter(Violation::isError).forEach(out::add);
            return ImmutableConvention.copyOf(c).withAmendments(append(c.getAmendments(), pending));
        });
    }

    /** Records a party's signature of amendment {@code number}; the last one puts it in effect. */
    public CommandResult signAmendment(String id, int number, String signatoryName, LocalDate date, String actor) {
        String summary = "Amendment " + number + " signed by " + signatoryName;
        return change(id, actor, summary, (c, out) -> {
            LifecycleGuards.stage(c, EnumSet.of(Stage.SIGNED), "amendments apply to a signed convention", out);
            Optional<Amendment> pending = pendingAmendment(c, number);
            if (pending.isEmpty()) {
                out.add(Violation.error(RuleCodes.AMENDMENT_UNKNOWN, "amendments", number));
                return c;
            }
            Amendment amendment = pending.get();
            if (!partiesOf(c, amendment).contains(signatoryName)) {
                out.add(Violation.error(RuleCodes.SIGNATORY_UNKNOWN, "amendments[" + (number - 1) + "].signatures",
                        signatoryName));
                return c;
            }
            if (amendment.isSignedBy(signatoryName)) {
                out.add(Violation.error(RuleCodes.ALREADY_SIGNED, "amendments[" + (number - 1) + "].signatures",
                        signatoryName, date));
            }
            ImmutableAmendment signed = ImmutableAmendment.copyOf(amendment)
                    .withSignatures(append(amendment.getSignatures(), AmendmentSignature.of(signatoryName, date)));
            boolean complete = partiesOf(c, signed).stream().allMatch(signed::isSignedBy);
            if (!complete) {
                return withAmendment(c, signed);
            }
            LocalDate effectiveOn = signed.getSignatures().stream().map(AmendmentSignature::getDate)
                    .max(LocalDate::compareTo).orElseThrow();
            Amendment inEffect = signed.withEffectiveOn(effectiveOn);
            Convention next = applied(withAmendment(c, inEffect), inEffect);
            Set<String> added = new LinkedHashSet<>(inEffect.getAddedCommuneCodes());
            LifecycleGuards.exclusivity(c, added, next.getValidity(), "amendment.addedCommuneCodes", repository, out);
            if (inEffect.getNewValidityEnd().isPresent()) {
                Period extension = Period.of(c.getValidity().getTo().plusDays(1), next.getValidity().getTo());
                LifecycleGuards.exclusivity(c, c.getTerritory().getCommuneCodes(), extension,
                        "amendment.newValidityEnd", repository, out);
            }
            return next;
        });
    }

    /** Records a round of monitoring: measurements, action status changes, committee meetings. */
    public CommandResult recordMonitoring(String id, MonitoringReport report, String actor) {
        return change(id, actor, "Monitoring recorded", (c, out) -> {
            LifecycleGuards.stage(c, LIVING, "monitoring follows a signed convention", out);
            List<ActionSheet> actions = new ArrayList<>(c.getActions());
            for (MonitoringReport.StatusChange change : report.getStatusChanges()) {
                updateAction(actions, change.getActionNumber(), out, a -> a.withStatus(change.getStatus()));
            }
            for (MonitoringReport.MeasurementEntry entry : report.getMeasurements()) {
                updateAction(actions, entry.getActionNumber(), out, a -> withMeasurement(a, entry, out));
            }
            ImmutableGovernance governance = ImmutableGovernance.copyOf(c.getGovernance())
                    .withMeetings(concat(c.getGovernance().getMeetings(), report.getMeetings()));
            return ImmutableConvention.copyOf(c).withActions(actions).withGovernance(governance);
        });
    }

    /** Records or replaces the evaluation; the convention enters the evaluation stage. */
    public CommandResult evaluate(String id, Evaluation evaluation, String actor) {
        return change(id, actor, "Evaluation recorded", (c, out) -> {
            LifecycleGuards.stage(c, LIVING, "a signed convention is evaluated", out);
            return ImmutableConvention.copyOf(c).withEvaluation(evaluation).withStage(Stage.EVALUATION);
        });
    }

    /** Closes an evaluated convention: every action has an outcome and there is an overall assessment. */
    public CommandResult close(String id, String actor) {
        return change(id, actor, "Closed", (c, out) -> {
            LifecycleGuards.stage(c, EnumSet.of(Stage.EVALUATION), "a convention is closed after its evaluation", out);
            Evaluation evaluation = c.getEvaluation().orElse(Evaluation.builder().build());
            for (int i = 0; i < c.getActions().size(); i++) {
                String number = c.getActions().get(i).getNumber();
                if (evaluation.outcomeOf(number).isEmpty()) {
                    out.add(Violation.error(RuleCodes.OUTCOME_MISSING, "actions[" + i + "]", number));
                }
            }
            if (evaluation.getOverallAssessment().isEmpty()) {
                out.add(Violation.error(RuleCodes.ASSESSMENT_MISSING, "evaluation.overallAssessment"));
            }
            return ImmutableConvention.copyOf(c).withStage(Stage.CLOSED);
        });
    }

    /** Terminates (résiliation) a signed convention from a date within its validity, after its signature. */
    public CommandResult terminate(String id, Termination termination, String actor) {
        return change(id, actor, "Terminated: " + termination.getReason(), (c, out) -> {
            LifecycleGuards.stage(c, LIVING, "only a signed convention is terminated", out);
            LocalDate signedOn = c.getSignatureDate().orElse(c.getValidity().getFrom());
            if (!termination.getDate().isAfter(signedOn) || termination.getDate().isAfter(c.getValidity().getTo())) {
                out.add(Violation.error(RuleCodes.TERMINATION_DATE, "termination.date", termination.getDate(),
                        signedOn, c.getValidity().getTo()));
            }
            return ImmutableConvention.copyOf(c).withTermination(termination).withStage(Stage.TERMINATED);
        });
    }

    /**
     * Renews a convention (CTG de 2e génération): a new convention in preparation whose validity starts the
     * day after the predecessor's ends and lasts as long, with its territory, parties (to sign anew) and
     * fields, and the latest indicator values as the diagnostic's baseline.
     */
    public CommandResult renew(String id, String newId, String title, String actor) {
        Convention predecessor = load(id);
        List<Violation> out = new ArrayList<>();
        LifecycleGuards.stage(predecessor, EnumSet.of(Stage.SIGNED, Stage.EVALUATION, Stage.CLOSED),
                "a signed, evaluated or closed convention is renewed", out);
        if (repository.findById(newId).isPresent()) {
            out.add(Violation.error(RuleCodes.ALREADY_EXISTS, "id", newId));
        }
        Period old = predecessor.getValidity();
        LocalDate from = old.getTo().plusDays(1);
        long months = ChronoUnit.MONTHS.between(old.getFrom(), from);
        Convention successor = Convention.builder()
                .id(newId)
                .title(title)
                .caf(predecessor.getCaf())
                .territory(predecessor.getTerritory())
                .validity(Period.of(from, from.plusMonths(months).minusDays(1)))
                .signatories(predecessor.getSignatories().stream()
                        .map(s -> ImmutableSignatory.copyOf(s).withMandate(Optional.empty())
                                .withSignedOn(Optional.empty()))
                        .collect(Collectors.toList()))
                .fields(predecessor.getFields())
                .diagnostic(Baseline.of(predecessor))
                .predecessorId(predecessor.getId())
                .build();
        return store(null, successor, out, actor, "Renewal of " + predecessor.getId(), EventType.RENEWED);
    }

    // --- the mechanics shared by every command ---

    @FunctionalInterface
    private interface Step {
        /** The convention after the command; broken rules go to {@code out}. */
        Convention apply(Convention current, List<Violation> out);
    }

    private Convention load(String id) {
        return repository.findById(id).orElseThrow(() -> new ConventionNotFoundException(id));
    }

    private CommandResult change(String id, String actor, String summary, Step step) {
        Convention current = load(id);
        List<Violation> out = new ArrayList<>();
        Convention next = step.apply(current, out);
        return store(current, next, out, actor, summary, EventType.between(current, next).orElse(null));
    }

    private CommandResult store(Convention before, Convention next, List<Violation> out, String actor,
            String summary, EventType event) {
        Objects.requireNonNull(actor, "actor");
        List<Violation> violations = new ArrayList<>(new LinkedHashSet<>(concat(out, modelRules.validate(next))));
        if (ConventionValidator.hasErrors(violations)) {
            LOG.debug("Rejected '{}' on convention {} by {}: {}", summary, next.getId(), actor, violations);
            throw new RuleViolationException(next.getId(), violations);
        }
        Convention saved = repository.save(next, new Change(actor, clock.instant(), summary));
        Stage from = before == null ? null : before.getStage();
        if (from != saved.getStage()) {
            LOG.info("Convention {}: {} -> {} ({}, by {})", saved.getId(), from == null ? "new" : from,
                    saved.getStage(), summary, actor);
        }
        if (event != null) {
            publish(new LifecycleEvent(event, saved.getId(), saved.getVersion(), actor, clock.instant()));
        }
        List<Violation> warnings = violations.stream().filter(v -> !v.isError()).collect(Collectors.toList());
        return new CommandResult(saved, warnings);
    }

    private void publish(LifecycleEvent event) {
        for (LifecycleListener listener : listeners) {
            try {
                listener.on(event);
            } catch (RuntimeException e) {
                LOG.warn("Lifecycle listener {} failed on {}; the change is stored", listener, event, e);
            }
        }
    }

    private static int indexOf(Convention c, String signatoryName, List<Violation> out) {
        for (int i = 0; i < c.getSignatories().size(); i++) {
            if (c.getSignatories().get(i).getName().equals(signatoryName)) {
                return i;
            }
        }
        out.add(Violation.error(RuleCodes.SIGNATORY_UNKNOWN, "signatories", signatoryName));
        return -1;
    }

    private static Optional<Amendment> pendingAmendment(Convention c, int number) {
        return c.getAmendments().stream().filter(a -> a.getNumber() == number && !a.isInEffect()).findFirst();
    }

    /** Who must sign an amendment: every current party and every party it adds. */
    private static Set<String> partiesOf(Convention c, Amendment amendment) {
        Set<String> names = new LinkedHashSet<>();
        c.getSignatories().forEach(s -> names.add(s.getName()));
        amendment.getAddedSignatories().forEach(s -> names.add(s.getName()));
        return names;
    }

    private static Convention withAmendment(Convention c, Amendment amendment) {
        List<Amendment> amendments = new ArrayList<>(c.getAmendments());
        amendments.set(amendment.getNumber() - 1, amendment);
        return ImmutableConvention.copyOf(c).withAmendments(amendments);
    }

    /** The convention as it stands once {@code amendment} is in effect. */
    private static Convention applied(Convention c, Amendment amendment) {
        LocalDate effectiveOn = amendment.getEffectiveOn().orElse(amendment.getDate());
        List<Signatory> added = amendment.getAddedSignatories().stream()
                .map(s -> (Signatory) ImmutableSignatory.copyOf(s).withSignedOn(
                        amendment.getSignatures().stream().filter(g -> g.getSignatoryName().equals(s.getName()))
                                .map(AmendmentSignature::getDate).findFirst().orElse(effectiveOn)))
                .collect(Collectors.toList());
        return ImmutableConvention.copyOf(c)
                .withActions(concat(c.getActions(), amendment.getAddedActions()))
                .withSignatories(concat(c.getSignatories(), added))
                .withTerritory(ImmutableTerritory.copyOf(c.getTerritory())
                        .withCommuneCodes(concat(c.getTerritory().getCommuneCodes(), amendment.getAddedCommuneCodes())))
                .withValidity(Period.of(c.getValidity().getFrom(),
                        amendment.getNewValidityEnd().orElse(c.getValidity().getTo())));
    }

    private static void updateAction(List<ActionSheet> actions, String number, List<Violation> out,
            UnaryOperator<ImmutableActionSheet> update) {
        for (int i = 0; i < actions.size(); i++) {
            if (actions.get(i).getNumber().equals(number)) {
                actions.set(i, update.apply(ImmutableActionSheet.copyOf(actions.get(i))));
                return;
            }
        }
        out.add(Violation.error(RuleCodes.ACTION_UNKNOWN, "actions", number));
    }

    private static ImmutableActionSheet withMeasurement(ImmutableActionSheet action,
            MonitoringReport.MeasurementEntry entry, List<Violation> out) {
        List<ActionIndicator> indicators = new ArrayList<>(action.getIndicators());
        for (int i = 0; i < indicators.size(); i++) {
            ActionIndicator indicator = indicators.get(i);
            if (indicator.getLabel().equals(entry.getIndicatorLabel())) {
                indicators.set(i, ImmutableActionIndicator.copyOf(indicator)
                        .withMeasurements(append(indicator.getMeasurements(), entry.getMeasurement())));
                return action.withIndicators(indicators);
            }
        }
        out.add(Violation.error(RuleCodes.INDICATOR_UNKNOWN, "actions", entry.getActionNumber(),
                entry.getIndicatorLabel()));
        return action;
    }

    private static <T> List<T> append(List<? extends T> list, T element) {
        List<T> out = new ArrayList<>(list);
        out.add(element);
        return out;
    }

    private static <T> List<T> concat(Collection<? extends T> a, Collection<? extends T> b) {
        List<T> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static <T extends Enum<T>> Set<T> union(Set<T> a, Set<T> b) {
        Set<T> out = new LinkedHashSet<>(a);
        out.addAll(b);
        return out;
    }

    /** Configures a {@link ConventionLifecycle}; only the repository is required. */
    public static final class Builder {
        private final ConventionRepository repository;
        private Clock clock = Clock.systemUTC();
        private Geography geography;
        private CtgPolicy policy = CtgPolicy.standard();
        private final List<LifecycleListener> listeners = new ArrayList<>();

        private Builder(ConventionRepository repository) {
            this.repository = Objects.requireNonNull(repository, "repository");
        }

        /** Where "now" comes from (revision times, time status); defaults to the system clock in UTC. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** The geography territories are checked against; defaults to the bundled 2026 vintage. */
        public Builder geography(Geography geography) {
            this.geography = Objects.requireNonNull(geography, "geography");
            return this;
        }

        public Builder policy(CtgPolicy policy) {
            this.policy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        public Builder listener(LifecycleListener listener) {
            listeners.add(Objects.requireNonNull(listener, "listener"));
            return this;
        }

        public ConventionLifecycle build() {
            if (geography == null) {
                geography = Geography.bundled();
            }
            return new ConventionLifecycle(this);
        }
    }
}
