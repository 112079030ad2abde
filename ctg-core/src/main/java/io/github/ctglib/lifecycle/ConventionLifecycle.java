package io.github.ctglib.lifecycle;

import io.github.ctglib.access.Actor;
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
import io.github.ctglib.convention.Signatory;
import io.github.ctglib.convention.Representative;
import io.github.ctglib.convention.ImmutableRepresentative;
import io.github.ctglib.convention.Stage;
import io.github.ctglib.convention.Step;
import io.github.ctglib.convention.Termination;
import io.github.ctglib.convention.TimeStatus;
import io.github.ctglib.ports.Change;
import io.github.ctglib.ports.ConventionNotFoundException;
import io.github.ctglib.ports.ConventionRepository;
import io.github.ctglib.ports.StoredRevision;
import io.github.ctglib.rules.AccessRules;
import io.github.ctglib.rules.CommandRules;
import io.github.ctglib.rules.ConventionValidator;
import io.github.ctglib.rules.CtgPolicy;
import io.github.ctglib.rules.RuleBook;
import io.github.ctglib.rules.RuleContext;
import io.github.ctglib.rules.Violation;
import io.github.ctglib.territory.Geography;
import io.github.ctglib.vocabulary.Period;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one entry point to a convention's life: create, record the diagnostic, plan actions, request
 * signatures, sign, amend, record monitoring, evaluate, close, terminate, renew — and import documents or
 * whole histories from elsewhere.
 *
 * <p>Each command reads the convention, checks its input against the command rules and judges the convention
 * it would store by every rule its stage implies ({@link RuleBook}: the same judgement as
 * {@link ConventionValidator} and the import). It either stores the new state as one revision (recording the
 * actor and the time from the injected {@link Clock}) or throws {@link RuleViolationException} with every
 * violation, leaving storage untouched. This class holds no rule of its own: it orchestrates. A concurrent
 * change between the read and the save raises {@link io.github.ctglib.ports.ConcurrencyConflictException}:
 * retry the command. Transitions are logged at INFO, rejections at DEBUG, and published to listeners once
 * stored.
 *
 * <pre>{@code
 * ConventionLifecycle ctg = ConventionLifecycle.builder(repository).clock(clock).build();
 * ctg.create(draft, "agent:m.dupont");
 * ctg.requestSignatures(draft.getId(), "agent:m.dupont");
 * }</pre>
 */
public final class ConventionLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(ConventionLifecycle.class);

    private final ConventionRepository repository;
    private final Clock clock;
    private final CtgPolicy policy;
    private final List<LifecycleListener> listeners;
    /** The policy and the geography; the store and the state before are added per judgement. */
    private final RuleContext rules;
    /** Every stored convention, whatever the actor's scope: exclusivity is judged against all of them. */
    private final ConventionRepository everyConvention;
    private final StoredConventions stored;
    /** The actor of a scoped view ({@link #as}); null for the unscoped lifecycle. */
    private final Actor actor;

    private ConventionLifecycle(Builder builder) {
        this(builder.repository, builder.repository, builder.clock, builder.policy, List.copyOf(builder.listeners),
                RuleContext.standard().withPolicy(builder.policy).withGeography(builder.geography), null);
    }

    private ConventionLifecycle(ConventionRepository everyConvention, ConventionRepository repository, Clock clock,
            CtgPolicy policy, List<LifecycleListener> listeners, RuleContext rules, Actor actor) {
        this.everyConvention = everyConvention;
        this.repository = repository;
        this.clock = clock;
        this.policy = policy;
        this.listeners = listeners;
        this.rules = rules;
        this.stored = new StoredConventions(everyConvention);
        this.actor = actor;
    }

    /**
     * The lifecycle as {@code actor} may use it: every command and every read of its {@link #repository()}
     * keeps within the actor's scope (a refusal is an {@link AccessRefusedException} with its rule's code, and is
     * logged), and every revision it stores records the actor's name.
     */
    public ConventionLifecycle as(Actor actor) {
        Objects.requireNonNull(actor, "actor");
        return new ConventionLifecycle(everyConvention, new ScopedRepository(everyConvention, actor), clock, policy,
                listeners, rules, actor);
    }

    /** The actor of this scoped view, if it is one. */
    public Optional<Actor> actor() {
        return Optional.ofNullable(actor);
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

    /**
     * Every violation of {@code convention} as of its stage, with the geography and against the store: as a new
     * revision of the stored convention of the same id, or as a convention entering the store.
     */
    public List<Violation> validate(Convention convention) {
        Optional<Convention> before = isSafe(convention) ? repository.findById(convention.getId()) : Optional.empty();
        return RuleBook.judge(convention, rules.withOthers(stored).withBefore(before.orElse(null)));
    }

    /** Stores a new convention in preparation (version 0 in, 1 out). */
    public CommandResult create(Convention draft, String actor) {
        requireChangeable(draft);
        List<Violation> out = new ArrayList<>();
        CommandRules.STAGE.check(new CommandRules.StepAsked(draft, Step.CREATE), rules, out);
        Convention fresh = ImmutableConvention.copyOf(draft).withVersion(0);
        return store(null, fresh, out, actor, "Created", EventType.CREATED);
    }

    /** Records or replaces the shared diagnostic; moves a convention in preparation to the diagnostic stage. */
    public CommandResult recordDiagnostic(String id, Diagnostic diagnostic, String actor) {
        return change(id, Step.RECORD_DIAGNOSTIC, actor, "Shared diagnostic recorded", (c, out) -> {
            Stage stage = c.getStage() == Stage.IN_PREPARATION ? Stage.SHARED_DIAGNOSTIC : c.getStage();
            return ImmutableConvention.copyOf(c).withDiagnostic(diagnostic).withStage(stage);
        });
    }

    /** Records or replaces the action plan before signature (after it, use an amendment). */
    public CommandResult planActions(String id, List<ActionSheet> actions, String actor) {
        return change(id, Step.PLAN_ACTIONS, actor, "Action plan: " + actions.size() + " action(s)", (c, out) ->
                ImmutableConvention.copyOf(c).withActions(actions).withStage(Stage.ACTION_PLANNING));
    }

    /**
     * Asks the parties to sign: the convention is then held to every rule of a convention awaiting signatures
     * (scope, validity, parties, diagnostic, territory against the geography). An empty action plan is a
     * warning.
     */
    public CommandResult requestSignatures(String id, String actor) {
        return change(id, Step.REQUEST_SIGNATURES, actor, "Signatures requested", (c, out) ->
                ImmutableConvention.copyOf(c).withStage(Stage.AWAITING_SIGNATURES));
    }

    /**
     * Records a party's signature; when the last party signs, the convention is signed on the latest
     * signature date, provided no commune is already covered by another signed convention at that time.
     */
    public CommandResult sign(String id, Signing signing, String actor) {
        return change(id, Step.SIGN, actor, "Signed by " + signing.who(), (c, out) -> {
            List<String> names = c.getSignatories().stream().map(Signatory::getName).collect(Collectors.toList());
            CommandRules.SIGNATORY_UNKNOWN.check(
                    new CommandRules.PartyNamed(names, signing.signatoryName(), "signatories"), rules, out);
            int index = names.indexOf(signing.signatoryName());
            if (index < 0) {
                return c;
            }
            Signatory party = c.getSignatories().get(index);
            List<Representative> representatives = new ArrayList<>(party.getRepresentatives());
            String path = "signatories[" + index + "]";
            if (signing.representative().isPresent()) {
                Representative signer = signing.representative().get();
                Optional<Representative> listed = party.representative(signer.getName());
                CommandRules.ALREADY_SIGNED.check(new CommandRules.PartySigning(party.getName() + " — " + signer.getName(),
                        listed.flatMap(Representative::getSignedOn), path), rules, out);
                Representative signed = ImmutableRepresentative.copyOf(signer).withSignedOn(signing.date());
                if (listed.isPresent()) {
                    representatives.replaceAll(r -> r.getName().equals(signed.getName()) ? signed : r);
                } else {
                    representatives.add(signed);
                }
            } else {
                CommandRules.ALREADY_SIGNED.check(new CommandRules.PartySigning(party.getName(), party.getSignedOn(),
                        path), rules, out);
                representatives.replaceAll(r -> r.hasSigned() ? r : ImmutableRepresentative.copyOf(r)
                        .withSignedOn(signing.date()));
            }
            List<Signatory> parties = new ArrayList<>(c.getSignatories());
            parties.set(index, ImmutableSignatory.copyOf(party).withRepresentatives(representatives)
                    .withMandate(signing.mandate().or(party::getMandate)));
            ImmutableConvention next = ImmutableConvention.copyOf(c).withSignatories(parties);
            if (parties.stream().filter(Signatory::isActive).allMatch(Signatory::hasSigned)) {
                LocalDate signedOn = parties.stream().filter(Signatory::isActive).map(s -> s.getSignedOn().orElseThrow())
                        .max(LocalDate::compareTo).orElseThrow();
                next = next.withStage(Stage.SIGNED).withSignatureDate(signedOn);
            }
            return next;
        });
    }

    /**
     * Proposes an amendment to a signed convention. It is numbered next in order and takes effect when all
     * parties, and any party it adds, have signed it ({@link #signAmendment}). The convention as it would be
     * once the amendment is in effect is judged now, so that its faults show now.
     */
    public CommandResult amend(String id, Amendment amendment, String actor) {
        return change(id, Step.AMEND, actor, "Amendment " + amendment.getNumber() + " proposed", (c, out) -> {
            CommandRules.AMENDMENT_VALIDITY.check(new CommandRules.AmendmentProposed(c, amendment), rules, out);
            Amendment pending = ImmutableAmendment.copyOf(amendment).withSignatures(List.of())
                    .withEffectiveOn(Optional.empty());
            List<Amendment> amendments = new ArrayList<>(c.getAmendments());
            amendments.add(pending);
            Convention proposed = ImmutableConvention.copyOf(c).withAmendments(List.copyOf(amendments));
            Amendment signedByAll = Amendments.signedByAllOn(proposed, pending, pending.getDate());
            amendments.set(amendments.size() - 1, signedByAll);
            Convention inEffect = ImmutableConvention.copyOf(c).withAmendments(amendments);
            RuleBook.judge(Amendments.applied(inEffect, signedByAll), rules).stream()
                    .filter(Violation::isError).forEach(out::add);
            return proposed;
        });
    }

    /** Records a party's signature of amendment {@code number}; the last one puts it in effect. */
    public CommandResult signAmendment(String id, int number, String signatoryName, LocalDate date, String actor) {
        String summary = "Amendment " + number + " signed by " + signatoryName;
        return change(id, Step.SIGN_AMENDMENT, actor, summary, (c, out) -> {
            CommandRules.AMENDMENT_UNKNOWN.check(new CommandRules.AmendmentNamed(c, number), rules, out);
            Optional<Amendment> pending = Amendments.pending(c, number);
            if (pending.isEmpty()) {
                return c;
            }
            Amendment amendment = pending.get();
            String path = "amendments[" + (number - 1) + "].signatures";
            CommandRules.SIGNATORY_UNKNOWN.check(new CommandRules.PartyNamed(Amendments.partiesOf(c, amendment),
                    signatoryName, path), rules, out);
            if (!Amendments.partiesOf(c, amendment).contains(signatoryName)) {
                return c;
            }
            CommandRules.ALREADY_SIGNED.check(new CommandRules.PartySigning(signatoryName,
                    Amendments.signatureOf(amendment, signatoryName), path), rules, out);
            List<AmendmentSignature> signatures = new ArrayList<>(amendment.getSignatures());
            signatures.add(AmendmentSignature.of(signatoryName, date));
            ImmutableAmendment signed = ImmutableAmendment.copyOf(amendment).withSignatures(signatures);
            if (!Amendments.partiesOf(c, signed).stream().allMatch(signed::isSignedBy)) {
                return Amendments.replaced(c, signed);
            }
            LocalDate effectiveOn = signatures.stream().map(AmendmentSignature::getDate).max(LocalDate::compareTo)
                    .orElseThrow();
            Amendment inEffect = signed.withEffectiveOn(effectiveOn);
            return Amendments.applied(Amendments.replaced(c, inEffect), inEffect);
        });
    }

    /** Records a round of monitoring: measurements, action status changes, committee meetings. */
    public CommandResult recordMonitoring(String id, MonitoringReport report, String actor) {
        return change(id, Step.RECORD_MONITORING, actor, "Monitoring recorded", (c, out) -> {
            List<ActionSheet> actions = new ArrayList<>(c.getActions());
            for (MonitoringReport.StatusChange change : report.getStatusChanges()) {
                CommandRules.ACTION_UNKNOWN.check(
                        new CommandRules.ActionNamed(c, change.getActionNumber(), Optional.empty()), rules, out);
                updateAction(actions, change.getActionNumber(), a -> a.withStatus(change.getStatus()));
            }
            for (MonitoringReport.MeasurementEntry entry : report.getMeasurements()) {
                CommandRules.ActionNamed named = new CommandRules.ActionNamed(c, entry.getActionNumber(),
                        Optional.of(entry.getIndicatorLabel()));
                CommandRules.ACTION_UNKNOWN.check(named, rules, out);
                CommandRules.INDICATOR_UNKNOWN.check(named, rules, out);
                updateAction(actions, entry.getActionNumber(), a -> withMeasurement(a, entry));
            }
            ImmutableGovernance governance = ImmutableGovernance.copyOf(c.getGovernance())
                    .withMeetings(Amendments.concat(c.getGovernance().getMeetings(), report.getMeetings()));
            return ImmutableConvention.copyOf(c).withActions(actions).withGovernance(governance);
        });
    }

    /** Records or replaces the evaluation; the convention enters the evaluation stage. */
    public CommandResult evaluate(String id, Evaluation evaluation, String actor) {
        return change(id, Step.EVALUATE, actor, "Evaluation recorded", (c, out) ->
                ImmutableConvention.copyOf(c).withEvaluation(evaluation).withStage(Stage.EVALUATION));
    }

    /** Closes an evaluated convention: every action has an outcome and there is an overall assessment. */
    public CommandResult close(String id, String actor) {
        return change(id, Step.CLOSE, actor, "Closed", (c, out) ->
                ImmutableConvention.copyOf(c).withStage(Stage.CLOSED));
    }

    /** Terminates (résiliation) a signed convention from a date within its validity, after its signature. */
    public CommandResult terminate(String id, Termination termination, String actor) {
        return change(id, Step.TERMINATE, actor, "Terminated: " + termination.getReason(), (c, out) ->
                ImmutableConvention.copyOf(c).withTermination(termination).withStage(Stage.TERMINATED));
    }

    /**
     * Renews a convention (CTG de 2e génération): a new convention in preparation whose validity starts the
     * day after the predecessor's ends and lasts as long, with its territory, parties (to sign anew) and
     * fields, and the latest indicator values as the diagnostic's baseline.
     */
    public CommandResult renew(String id, String newId, String title, String actor) {
        Convention predecessor = load(id);
        List<Violation> out = new ArrayList<>();
        CommandRules.STAGE.check(new CommandRules.StepAsked(predecessor, Step.RENEW), rules, out);
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
                        .filter(Signatory::isActive)
                        .map(s -> ImmutableSignatory.copyOf(s).withMandate(Optional.empty())
                                .withRepresentatives(s.getRepresentatives().stream()
                                        .map(r -> Representative.of(r.getName(), r.getTitle())).toList()))
                        .collect(Collectors.toList()))
                .fields(predecessor.getFields())
                .diagnostic(Baseline.of(predecessor))
                .addPredecessorId(predecessor.getId())
                .build();
        requireChangeable(successor);
        return store(null, successor, out, actor, "Renewal of " + predecessor.getId(), EventType.RENEWED);
    }

    /**
     * Imports documents read from elsewhere (interchange files, another tool) as new conventions, each at the
     * stage it states. Every document is judged as of its stage, against the store and against the other
     * documents (territorial exclusivity, ids); if any breaks a rule, none is stored and
     * {@link ImportRejectedException} lists every violation of every document. Otherwise all are stored, each
     * as its first revision; if the store fails part-way, those already stored are removed again.
     */
    public ImportResult importDocuments(List<IncomingDocument> documents, String actor) {
        return imports().documents(documents, actor);
    }

    /**
     * Restores whole histories read from another store (the copy), judged as {@link #importDocuments} judges
     * documents, by their current revision: all or none.
     *
     * @param histories each convention's revisions, oldest first, numbered 1…n
     * @param sources   what names each history in messages (the source store and id), in the same order
     */
    public ImportResult restoreHistories(List<List<StoredRevision>> histories, List<String> sources) {
        return imports().histories(histories, sources);
    }

    private Imports imports() {
        return new Imports(repository, everyConvention, rules, clock, this::actingAs);
    }

    // --- the mechanics shared by every command ---

    @FunctionalInterface
    private interface Transition {
        /** The convention after the command; the command rules it breaks go to {@code out}. */
        Convention apply(Convention current, List<Violation> out);
    }

    private static boolean isSafe(Convention c) {
        return io.github.ctglib.vocabulary.Patterns.isSafeId(c.getId());
    }

    /** The stored convention; an unsafe id is a violation of the id rule, not a storage error. */
    private Convention load(String id) {
        List<Violation> out = new ArrayList<>();
        RuleBook.ID_FORMAT.check(id, rules, out);
        if (!out.isEmpty()) {
            throw new RuleViolationException(String.valueOf(id), out);
        }
        return repository.findById(id).orElseThrow(() -> new ConventionNotFoundException(id));
    }

    private CommandResult change(String id, Step step, String actor, String summary, Transition transition) {
        Convention current = load(id);
        requireChangeable(current);
        List<Violation> out = new ArrayList<>();
        CommandRules.STAGE.check(new CommandRules.StepAsked(current, step), rules, out);
        Convention next = transition.apply(current, out);
        return store(current, next, out, actor, summary, EventType.between(current, next).orElse(null));
    }

    private CommandResult store(Convention before, Convention next, List<Violation> out, String actor,
            String summary, EventType event) {
        String who = actingAs(actor, out);
        List<Violation> violations = new ArrayList<>(out);
        violations.addAll(RuleBook.judge(next, rules.withOthers(stored).withBefore(before)));
        violations = violations.stream().distinct().collect(Collectors.toList());
        if (ConventionValidator.hasErrors(violations)) {
            LOG.debug("Rejected '{}' on convention {} by {}: {}", summary, next.getId(), who, violations);
            throw new RuleViolationException(next.getId(), violations);
        }
        Convention saved = repository.save(next, new Change(who, clock.instant(), summary));
        Stage from = before == null ? null : before.getStage();
        if (from != saved.getStage()) {
            LOG.info("Convention {}: {} -> {} ({}, by {})", saved.getId(), from == null ? "new" : from,
                    saved.getStage(), summary, who);
        }
        if (event != null) {
            publish(new LifecycleEvent(event, saved.getId(), saved.getVersion(), who, clock.instant()));
        }
        List<Violation> warnings = violations.stream().filter(v -> !v.isError()).collect(Collectors.toList());
        return new CommandResult(saved, warnings);
    }

    /**
     * Who a change is recorded under: the scoped actor of a scoped view (a command naming another is refused),
     * or the name the command was given.
     */
    private String actingAs(String named, List<Violation> out) {
        if (actor == null) {
            return Objects.requireNonNull(named, "actor");
        }
        AccessRules.ACTING_AS_ANOTHER.check(new AccessRules.Named(actor, named), rules, out);
        return actor.name();
    }

    /** In a scoped view, a convention the actor may not change is refused before anything is judged. */
    private void requireChangeable(Convention convention) {
        if (repository instanceof ScopedRepository scoped) {
            scoped.requireChangeable(convention);
        }
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

    /** Replaces the action numbered {@code number}; an unknown number is the command rules' to report. */
    private static void updateAction(List<ActionSheet> actions, String number,
            UnaryOperator<ImmutableActionSheet> update) {
        for (int i = 0; i < actions.size(); i++) {
            if (actions.get(i).getNumber().equals(number)) {
                actions.set(i, update.apply(ImmutableActionSheet.copyOf(actions.get(i))));
                return;
            }
        }
    }

    private static ImmutableActionSheet withMeasurement(ImmutableActionSheet action,
            MonitoringReport.MeasurementEntry entry) {
        List<ActionIndicator> indicators = new ArrayList<>(action.getIndicators());
        for (int i = 0; i < indicators.size(); i++) {
            ActionIndicator indicator = indicators.get(i);
            if (indicator.getLabel().equals(entry.getIndicatorLabel())) {
                indicators.set(i, ImmutableActionIndicator.copyOf(indicator).withMeasurements(
                        Amendments.concat(indicator.getMeasurements(), List.of(entry.getMeasurement()))));
                return action.withIndicators(indicators);
            }
        }
        return action;
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

        /** The thresholds of the rules; defaults to {@link CtgPolicy#standard()}. */
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
