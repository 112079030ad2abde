package io.github.ctglib.lifecycle;

import io.github.ctglib.access.Actor;
import io.github.ctglib.actionplan.ActionIndicator;
import io.github.ctglib.actionplan.ActionSheet;
import io.github.ctglib.actionplan.Axis;
import io.github.ctglib.actionplan.ImmutableActionIndicator;
import io.github.ctglib.actionplan.ImmutableActionSheet;
import io.github.ctglib.convention.Amendment;
import io.github.ctglib.convention.AmendmentChange;
import io.github.ctglib.convention.AmendmentEffects;
import io.github.ctglib.convention.AmendmentSignature;
import io.github.ctglib.convention.DocumentReference;
import io.github.ctglib.convention.ImmutableTerritory;
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
import io.github.ctglib.territory.Geographies;
import io.github.ctglib.territory.Geography;
import io.github.ctglib.vocabulary.FieldOfAction;
import io.github.ctglib.vocabulary.Note;
import io.github.ctglib.vocabulary.DateRange;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one entry point to a convention's life: create, revise the draft, record the diagnostic, plan actions,
 * request signatures, sign (by representative), amend (avenants), record monitoring, evaluate, close,
 * terminate, renew (from one or several predecessors), keep the follow-up journal (notes) and the attached
 * documents — and import documents or whole histories from elsewhere.
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
                RuleContext.standard().withPolicy(builder.policy).withGeographies(builder.geographies), null);
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
     *
     * @param actor the actor and the scope they act within
     * @return the scoped lifecycle, over the same store, policy, geography and listeners
     */
    public ConventionLifecycle as(Actor actor) {
        Objects.requireNonNull(actor, "actor");
        return new ConventionLifecycle(everyConvention, new ScopedRepository(everyConvention, actor), clock, policy,
                listeners, rules, actor);
    }

    /**
     * The actor of this scoped view, if it is one.
     *
     * @return the actor, or empty for the lifecycle that is not scoped
     */
    public Optional<Actor> actor() {
        return Optional.ofNullable(actor);
    }

    /**
     * Starts configuring a lifecycle over {@code repository}.
     *
     * @param repository where the conventions are kept
     * @return the builder
     */
    public static Builder builder(ConventionRepository repository) {
        return new Builder(repository);
    }

    /** {@return the store this lifecycle reads and writes} */
    public ConventionRepository repository() {
        return repository;
    }

    /** {@return the thresholds of the rules this lifecycle applies} */
    public CtgPolicy policy() {
        return policy;
    }

    /**
     * The convention of id {@code id} as stored, if there is one (within the actor's scope, for a scoped lifecycle).
     *
     * @param id the convention's id
     * @return the convention, or empty when there is none
     */
    public Optional<Convention> find(String id) {
        return repository.findById(id);
    }

    /**
     * Upcoming, in force or expired today, by the injected clock.
     *
     * @param convention the convention to place against today
     * @return where today falls against its validity
     */
    public TimeStatus timeStatus(Convention convention) {
        return convention.timeStatus(LocalDate.now(clock));
    }

    /**
     * Every violation of {@code convention} as of its stage, with the geography and against the store: as a new
     * revision of the stored convention of the same id, or as a convention entering the store.
     *
     * @param convention the convention to judge, stored or not
     * @return every violation, errors and warnings, empty when it follows every rule
     */
    public List<Violation> validate(Convention convention) {
        Optional<Convention> before = isSafe(convention) ? repository.findById(convention.getId()) : Optional.empty();
        return RuleBook.judge(convention, rules.withOthers(stored).withBefore(before.orElse(null)));
    }

    /**
     * Stores a new convention in preparation (version 0 in, 1 out).
     *
     * @param draft the new convention, at stage {@code IN_PREPARATION}, version 0
     * @param actor who makes the change, recorded in the history (e.g. {@code agent:m.dupont})
     * @return the convention as stored, with the warnings of the rules
     */
    public CommandResult create(Convention draft, String actor) {
        requireChangeable(draft);
        List<Violation> out = new ArrayList<>();
        CommandRules.STAGE.check(new CommandRules.StepAsked(draft, Step.CREATE), rules, out);
        Convention fresh = ImmutableConvention.copyOf(draft).withVersion(0);
        return store(null, fresh, out, actor, "Created", EventType.CREATED);
    }

    /**
     * Records or replaces the shared diagnostic; moves a convention in preparation to the diagnostic stage.
     *
     * @param id the convention's id
     * @param diagnostic the shared diagnostic (diagnostic partagé)
     * @param actor who makes the change, recorded in the history (e.g. {@code agent:m.dupont})
     * @return the convention as stored, with the warnings of the rules
     */
    public CommandResult recordDiagnostic(String id, Diagnostic diagnostic, String actor) {
        return change(id, Step.RECORD_DIAGNOSTIC, actor, "Shared diagnostic recorded", (c, out) -> {
            Stage stage = c.getStage() == Stage.IN_PREPARATION ? Stage.SHARED_DIAGNOSTIC : c.getStage();
            return ImmutableConvention.copyOf(c).withDiagnostic(diagnostic).withStage(stage);
        });
    }

    /**
     * Records or replaces the action plan before signature (after it, use an amendment).
     *
     * @param id the convention's id
     * @param actions the action sheets (fiches action), in their order
     * @param actor who makes the change, recorded in the history (e.g. {@code agent:m.dupont})
     * @return the convention as stored, with the warnings of the rules
     */
    public CommandResult planActions(String id, List<ActionSheet> actions, String actor) {
        return change(id, Step.PLAN_ACTIONS, actor, "Action plan: " + actions.size() + " action(s)", (c, out) ->
                ImmutableConvention.copyOf(c).withActions(actions).withStage(Stage.ACTION_PLANNING));
    }

    /**
     * Records or replaces the action plan with its strategic axes before signature: {@code axes} and
     * {@code actions} replace the convention's (after signature, an amendment adds axes and changes actions).
     *
     * @param id the convention's id
     * @param axes the strategic axes, in their order
     * @param actions the action sheets (fiches action), in their order
     * @param actor who makes the change, recorded in the history (e.g. {@code agent:m.dupont})
     * @return the convention as stored, with the warnings of the rules
     */
    public CommandResult planActions(String id, List<Axis> axes, List<ActionSheet> actions, String actor) {
        Objects.requireNonNull(axes, "axes");
        return change(id, Step.PLAN_ACTIONS, actor, "Action plan: " + axes.size() + " axis(es), " + actions.size()
                + " action(s)", (c, out) -> ImmutableConvention.copyOf(c).withAxes(axes).withActions(actions)
                .withStage(Stage.ACTION_PLANNING));
    }

    /**
     * Asks the parties to sign: the convention is then held to every rule of a convention awaiting signatures
     * (scope, validity, parties, diagnostic, territory against the geography). An empty action plan is a
     * warning.
     *
     * @param id the convention's id
     * @param actor who makes the change, recorded in the history (e.g. {@code agent:m.dupont})
     * @return the convention as stored, with the warnings of the rules
     */
    public CommandResult requestSignatures(String id, String actor) {
        return change(id, Step.REQUEST_SIGNATURES, actor, "Signatures requested", (c, out) ->
                ImmutableConvention.copyOf(c).withStage(Stage.AWAITING_SIGNATURES));
    }

    /**
     * Revises a draft (projet) before signatures are requested: its title, validity, territory, fields of action,
     * parties (with their representatives), equipment annex or territory bonus terms — the parts {@code revision}
     * names replace the convention's. Each
     * revision is stored as one revision of the record, whose summary names the parts that changed
     * ("Draft revised: validity, parties"). Refused once signatures are requested ({@code CTG-STAGE-001}: then
     * the convention changes by amendment, avenant) and when it changes nothing ({@code CTG-DRAFT-001}). The
     * revised draft is judged as of its stage, as every command's result is.
     *
     * @param id the convention's id
     * @param revision the parts of the draft that change
     * @param actor who makes the change, recorded in the history (e.g. {@code agent:m.dupont})
     * @return the convention as stored, with the warnings of the rules
     */
    public CommandResult reviseDraft(String id, DraftRevision revision, String actor) {
        Objects.requireNonNull(revision, "revision");
        Convention current = load(id);
        List<String> parts = revision.changedParts(current);
        String summary = "Draft revised: " + (parts.isEmpty() ? "nothing" : String.join(", ", parts));
        return change(id, Step.REVISE_DRAFT, actor, summary, (c, out) -> {
            CommandRules.REVISION_EMPTY.check(new CommandRules.DraftRevised(c, revision.changedParts(c)), rules, out);
            ImmutableConvention next = ImmutableConvention.copyOf(c);
            next = revision.title().map(next::withTitle).orElse(next);
            next = revision.validity().map(next::withValidity).orElse(next);
            next = revision.territory().map(next::withTerritory).orElse(next);
            next = revision.fields().map(next::withFields).orElse(next);
            next = revision.parties().map(next::withSignatories).orElse(next);
            next = revision.equipment().map(next::withEquipment).orElse(next);
            next = revision.bonusTerms().map(next::withBonusTerms).orElse(next);
            return next;
        });
    }

    /**
     * Records a signature ({@link Signing}): one representative of a party on their day, or every representative
     * not yet signed at once. The party has signed when all its representatives have; when the last
     * representative of the last active party signs, the convention is signed on the latest of their days,
     * provided no commune is already covered by another signed convention at that time. A person not listed on
     * the party is refused ({@code CTG-SIGN-101}, see {@link Signing}), a representative signs once
     * ({@code CTG-SIGN-005}); a party without representative cannot even be asked to sign ({@code CTG-REP-001}).
     *
     * @param id the convention's id
     * @param signing who signs, on which day, with which mandate
     * @param actor who makes the change, recorded in the history (e.g. {@code agent:m.dupont})
     * @return the convention as stored, with the warnings of the rules
     */
    public CommandResult sign(String id, Signing signing, String actor) {
        return change(id, Step.SIGN, actor, "Signed by " + signing.who(), (c, out) -> {
            List<String> names = c.getSignatories().stream().map(Signatory::getName).collect(Collectors.toList());
            List<String> active = c.activeParties().stream().map(Signatory::getName).collect(Collectors.toList());
            CommandRules.SIGNATORY_UNKNOWN.check(
                    new CommandRules.PartyNamed(active, signing.signatoryName(), "signatories"), rules, out);
            int index = names.indexOf(signing.signatoryName());
            if (index < 0 || !active.contains(signing.signatoryName())) {
                return c;
            }
            Signatory party = c.getSignatories().get(index);
            String path = "signatories[" + index + "]";
            CommandRules.RepresentativeSigning signer = new CommandRules.RepresentativeSigning(party,
                    signing.representativeName().orElse(null), path);
            CommandRules.REPRESENTATIVE_UNKNOWN.check(signer, rules, out);
            List<Representative> representatives = new ArrayList<>(party.getRepresentatives());
            if (signing.representativeName().isPresent()) {
                String name = signing.representativeName().get();
                int at = -1;
                for (int i = 0; i < representatives.size(); i++) {
                    if (representatives.get(i).getName().equals(name)) {
                        at = i;
                        break;
                    }
                }
                if (at < 0) {
                    return c;
                }
                Representative listed = representatives.get(at);
                CommandRules.ALREADY_SIGNED.check(new CommandRules.PartySigning(party.getName() + " — " + name,
                        listed.getSignedOn(), path + ".representatives[" + at + "].signedOn"), rules, out);
                representatives.set(at, ImmutableRepresentative.copyOf(listed).withSignedOn(signing.date()));
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
            List<Signatory> toSign = parties.stream().filter(Signatory::isActive).toList();
            if (!toSign.isEmpty() && toSign.stream().allMatch(Signatory::hasSigned)) {
                LocalDate signedOn = toSign.stream().map(s -> s.getSignedOn().orElseThrow())
                        .max(LocalDate::compareTo).orElseThrow();
                next = next.withStage(Stage.SIGNED).withSignatureDate(signedOn);
            }
            return next;
        });
    }

    /**
     * Proposes an amendment (avenant) to a signed convention: its typed {@link AmendmentChange changes} add,
     * replace or withdraw action sheets, change budgets, add fields, add or withdraw communes or parties, extend
     * the validity. It takes effect when every active party, and every party it adds, has signed it
     * ({@link #signAmendment}). Its changes must fit the convention — the action, party or commune a change names
     * exists, what it adds is not there yet (the content rules {@code CTG-CHG-…}, which judge every path a
     * convention takes), an extension stays within the policy ({@code CTG-AMD-002}) — and the convention as it
     * would be once the amendment is in effect is judged now, against the store too (territorial exclusivity),
     * so that its faults show now. Stored pending: not in effect, without signatures.
     *
     * @param id the convention's id
     * @param amendment the amendment, numbered after the last one, with its changes
     * @param actor who makes the change, recorded in the history (e.g. {@code agent:m.dupont})
     * @return the convention as stored, with the warnings of the rules
     */
    public CommandResult amend(String id, Amendment amendment, String actor) {
        return change(id, Step.AMEND, actor, "Amendment " + amendment.getNumber() + " proposed", (c, out) -> {
            Amendment pending = ImmutableAmendment.copyOf(AmendmentEffects.asWritten(amendment))
                    .withSignatures(List.of()).withEffectiveOn(Optional.empty());
            CommandRules.AmendmentProposed proposal = new CommandRules.AmendmentProposed(c, pending);
            CommandRules.AMENDMENT_VALIDITY.check(proposal, rules, out);
            List<Amendment> amendments = new ArrayList<>(c.getAmendments());
            amendments.add(pending);
            Convention proposed = ImmutableConvention.copyOf(c).withAmendments(List.copyOf(amendments));
            if (out.stream().noneMatch(Violation::isError)) {
                Amendment signedByAll = Amendments.signedByAllOn(proposed, pending, pending.getDate());
                amendments.set(amendments.size() - 1, signedByAll);
                Convention inEffect = ImmutableConvention.copyOf(c).withAmendments(amendments);
                RuleBook.judge(AmendmentEffects.applied(inEffect, signedByAll), rules.withOthers(stored).withBefore(c))
                        .stream().filter(Violation::isError).forEach(out::add);
            }
            return proposed;
        });
    }

    /**
     * Records a party's signature of amendment {@code number}; the last one puts it in effect on the latest
     * signature day, its changes applied ({@link AmendmentEffects#applied}: what each replaced is recorded, and
     * {@link Convention#inEffectOn} gives the convention back as it stood before). The convention it then becomes
     * is judged like any other, so changes that no longer fit (another amendment took effect meanwhile) refuse
     * the last signature.
     *
     * @param id the convention's id
     * @param number the amendment's number
     * @param signatoryName the party that signs it
     * @param date the day it signs
     * @param actor who makes the change, recorded in the history (e.g. {@code agent:m.dupont})
     * @return the convention as stored, with the warnings of the rules
     */
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
            return AmendmentEffects.applied(Amendments.replaced(c, inEffect), inEffect);
        });
    }

    /**
     * Adds a dated note to the follow-up journal (journal de suivi) of the convention. Allowed at every stage,
     * closed and terminated included: what is said of a convention after its end is worth keeping too.
     *
     * @param id the convention's id
     * @param note the note, dated
     * @param actor who makes the change, recorded in the history (e.g. {@code agent:m.dupont})
     * @return the convention as stored, with the warnings of the rules
     */
    public CommandResult addNote(String id, Note note, String actor) {
        Objects.requireNonNull(note, "note");
        return change(id, Step.ADD_NOTE, actor, "Note of " + note.getDate(), (c, out) ->
                ImmutableConvention.copyOf(c).withNotes(Amendments.concat(c.getNotes(), List.of(note))));
    }

    /**
     * Adds a dated note to an action sheet (fiche action), withdrawn ones included; at every stage, as
     * {@link #addNote}. An action the plan does not hold is refused ({@code CTG-ACT-003}).
     *
     * @param id the convention's id
     * @param actionNumber the number of the action sheet
     * @param note the note, dated
     * @param actor who makes the change, recorded in the history (e.g. {@code agent:m.dupont})
     * @return the convention as stored, with the warnings of the rules
     */
    public CommandResult addActionNote(String id, String actionNumber, Note note, String actor) {
        Objects.requireNonNull(note, "note");
        return change(id, Step.ADD_NOTE, actor, "Note of " + note.getDate() + " on action " + actionNumber,
                (c, out) -> {
                    CommandRules.ACTION_UNKNOWN.check(new CommandRules.ActionNamed(c, actionNumber, Optional.empty()),
                            rules, out);
                    List<ActionSheet> actions = new ArrayList<>(c.getActions());
                    updateAction(actions, actionNumber, a -> a.withNotes(Amendments.concat(a.getNotes(),
                            List.of(note))));
                    return ImmutableConvention.copyOf(c).withActions(actions);
                });
    }

    /**
     * Attaches a document (pièce jointe) by its reference — the signed convention, a deliberation, committee
     * minutes; ctg keeps the reference, never the bytes. Allowed at every stage, closed and terminated included
     * (the evaluation report, the letter of résiliation and signed originals are often filed after the end).
     *
     * @param id the convention's id
     * @param document the document's reference
     * @param actor who makes the change, recorded in the history (e.g. {@code agent:m.dupont})
     * @return the convention as stored, with the warnings of the rules
     */
    public CommandResult attachDocument(String id, DocumentReference document, String actor) {
        Objects.requireNonNull(document, "document");
        return attach(id, document, Optional.empty(), Optional.empty(), actor);
    }

    /**
     * Attaches a document, given its bytes too: they must be the document referred to — the same size and
     * SHA-256 ({@link DocumentReference#matches}) — or the command is refused ({@code CTG-DOC-101}). The stream is
     * read to its end, not closed; the bytes are not kept.
     *
     * @param id the convention's id
     * @param document the document's reference
     * @param bytes the document's content, to check against its size and SHA-256
     * @param actor who makes the change, recorded in the history (e.g. {@code agent:m.dupont})
     * @return the convention as stored, with the warnings of the rules
     * @throws UncheckedIOException when the stream cannot be read
     */
    public CommandResult attachDocument(String id, DocumentReference document, InputStream bytes, String actor) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(bytes, "bytes");
        MessageDigest digest;
        long size = 0;
        try {
            digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = bytes.read(buffer)) >= 0; ) {
                digest.update(buffer, 0, n);
                size += n;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the bytes of " + document.getTitle(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform provides SHA-256", e);
        }
        return attach(id, document, Optional.of(size), Optional.of(HexFormat.of().formatHex(digest.digest())), actor);
    }

    private CommandResult attach(String id, DocumentReference document, Optional<Long> size, Optional<String> sha256,
            String actor) {
        return change(id, Step.ATTACH_DOCUMENT, actor, "Document attached: " + document.getTitle(), (c, out) -> {
            CommandRules.DOCUMENT_MISMATCH.check(new CommandRules.DocumentGiven(document, size, sha256,
                    "documents[" + c.getDocuments().size() + "]"), rules, out);
            return ImmutableConvention.copyOf(c).withDocuments(Amendments.concat(c.getDocuments(), List.of(document)));
        });
    }

    /**
     * Records a round of monitoring: measurements, action status changes, committee meetings.
     *
     * @param id the convention's id
     * @param report the measurements, status changes and committee meetings of the round
     * @param actor who makes the change, recorded in the history (e.g. {@code agent:m.dupont})
     * @return the convention as stored, with the warnings of the rules
     */
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

    /**
     * Records or replaces the evaluation; the convention enters the evaluation stage.
     *
     * @param id the convention's id
     * @param evaluation the evaluation: each action's outcome and the overall assessment
     * @param actor who makes the change, recorded in the history (e.g. {@code agent:m.dupont})
     * @return the convention as stored, with the warnings of the rules
     */
    public CommandResult evaluate(String id, Evaluation evaluation, String actor) {
        return change(id, Step.EVALUATE, actor, "Evaluation recorded", (c, out) ->
                ImmutableConvention.copyOf(c).withEvaluation(evaluation).withStage(Stage.EVALUATION));
    }

    /**
     * Closes an evaluated convention: every action has an outcome and there is an overall assessment.
     *
     * @param id the convention's id
     * @param actor who makes the change, recorded in the history (e.g. {@code agent:m.dupont})
     * @return the convention as stored, with the warnings of the rules
     */
    public CommandResult close(String id, String actor) {
        return change(id, Step.CLOSE, actor, "Closed", (c, out) ->
                ImmutableConvention.copyOf(c).withStage(Stage.CLOSED));
    }

    /**
     * Terminates (résiliation) a signed convention from a date within its validity, after its signature.
     *
     * @param id the convention's id
     * @param termination the first day it no longer applies, and why
     * @param actor who makes the change, recorded in the history (e.g. {@code agent:m.dupont})
     * @return the convention as stored, with the warnings of the rules
     */
    public CommandResult terminate(String id, Termination termination, String actor) {
        return change(id, Step.TERMINATE, actor, "Terminated: " + termination.getReason(), (c, out) ->
                ImmutableConvention.copyOf(c).withTermination(termination).withStage(Stage.TERMINATED));
    }

    /**
     * Renews a convention (CTG de 2e génération): a new convention in preparation whose validity starts the
     * day after the predecessor's ends and lasts as long, with its territory, parties (to sign anew) and
     * fields, and the latest indicator values as the diagnostic's baseline.
     *
     * @param id the predecessor's id
     * @param newId the successor's id
     * @param title the successor's title
     * @param actor who makes the change, recorded in the history (e.g. {@code agent:m.dupont})
     * @return the successor as stored, with the warnings of the rules
     */
    public CommandResult renew(String id, String newId, String title, String actor) {
        return renew(List.of(id), newId, title, actor);
    }

    /**
     * Renews one or several conventions as one (CTG de 2e génération, e.g. when two EPCIs merged or a CTG now
     * covers a PETR): a new convention in preparation, with
     * <ul>
     * <li>the union of their territories (communes and EPCIs),
     * <li>the active parties of each, deduplicated by name (the first predecessor's version kept), to sign anew:
     * unsigned and without mandate,
     * <li>the union of their fields of action and, as the diagnostic's baseline, the latest value of each
     * indicator over all of them ({@code Baseline}),
     * <li>all of them as {@code predecessorIds}, and the CAF of the first,
     * <li>a validity starting the day after the latest of them ends, and lasting as long as that one did.
     * </ul>
     * Refused when one of them is not at a stage that may be renewed ({@code CTG-STAGE-001} at
     * {@code predecessorIds[i]}). Territorial exclusivity over the union is judged when the successor is signed.
     *
     * @param predecessorIds the ids of the conventions it follows, the first giving the CAF
     * @param newId the successor's id
     * @param title the successor's title
     * @param actor who makes the change, recorded in the history (e.g. {@code agent:m.dupont})
     * @return the successor as stored, with the warnings of the rules
     */
    public CommandResult renew(List<String> predecessorIds, String newId, String title, String actor) {
        List<String> ids = new ArrayList<>(new LinkedHashSet<>(Objects.requireNonNull(predecessorIds,
                "predecessorIds")));
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("A renewal follows at least one convention");
        }
        List<Convention> predecessors = ids.stream().map(this::load).toList();
        List<Violation> out = new ArrayList<>();
        for (int i = 0; i < predecessors.size(); i++) {
            String path = predecessors.size() == 1 ? "stage" : "predecessorIds[" + i + "]";
            CommandRules.STAGE.check(new CommandRules.StepAsked(predecessors.get(i), Step.RENEW, path), rules, out);
        }
        Convention last = predecessors.stream()
                .max(Comparator.comparing((Convention p) -> p.getValidity().getTo())
                        .thenComparing(p -> ChronoUnit.DAYS.between(p.getValidity().getFrom(), p.getValidity().getTo())))
                .orElseThrow();
        DateRange old = last.getValidity();
        LocalDate from = old.getTo().plusDays(1);
        long months = ChronoUnit.MONTHS.between(old.getFrom(), from);
        Map<String, Signatory> parties = new LinkedHashMap<>();
        Set<FieldOfAction> fields = new LinkedHashSet<>();
        ImmutableTerritory.Builder territory = ImmutableTerritory.builder();
        for (Convention p : predecessors) {
            p.activeParties().forEach(s -> parties.putIfAbsent(s.getName(), ImmutableSignatory.copyOf(s)
                    .withMandate(Optional.empty()).withWithdrawal(Optional.empty())
                    .withRepresentatives(s.getRepresentatives().stream()
                            .map(r -> Representative.of(r.getName(), r.getTitle())).toList())));
            fields.addAll(p.getFields());
            territory.addAllCommuneCodes(p.getTerritory().getCommuneCodes())
                    .addAllEpciSirens(p.getTerritory().getEpciSirens());
        }
        last.getTerritory().getVintage().ifPresent(territory::vintage);
        Convention successor = Convention.builder()
                .id(newId)
                .title(title)
                .caf(predecessors.get(0).getCaf())
                .territory(territory.build())
                .validity(DateRange.of(from, from.plusMonths(months).minusDays(1)))
                .signatories(parties.values())
                .fields(fields)
                .diagnostic(Baseline.of(predecessors))
                .predecessorIds(ids)
                .build();
        requireChangeable(successor);
        String summary = "Renewal of " + String.join(", ", ids);
        return store(null, successor, out, actor, summary, EventType.RENEWED);
    }

    /**
     * Imports documents read from elsewhere (interchange files, another tool) as new conventions, each at the
     * stage it states. Every document is judged as of its stage, against the store and against the other
     * documents (territorial exclusivity, ids); if any breaks a rule, none is stored and
     * {@link ImportRejectedException} lists every violation of every document. Otherwise all are stored, each
     * as its first revision; if the store fails part-way, those already stored are removed again.
     *
     * @param documents the documents, each with the name of its source
     * @param actor who makes the change, recorded in the history (e.g. {@code agent:m.dupont})
     * @return the conventions stored, with the warnings of each
     */
    public ImportResult importDocuments(List<IncomingDocument> documents, String actor) {
        return imports().documents(documents, actor);
    }

    /**
     * Restores whole histories read from another store (the copy), judged as {@link #importDocuments} judges
     * documents, by their current revision: all or none.
     *
     * @return the conventions stored, with the warnings of each
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
        private Geographies geographies;
        private CtgPolicy policy = CtgPolicy.standard();
        private final List<LifecycleListener> listeners = new ArrayList<>();

        private Builder(ConventionRepository repository) {
            this.repository = Objects.requireNonNull(repository, "repository");
        }

        /**
         * Where "now" comes from (revision times, time status); defaults to the system clock in UTC.
         *
         * @param clock the clock "now" is read from
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * The geography territories are checked against; defaults to the bundled 2026 vintage.
         *
         * @param geography the communes and EPCIs
         * @return this builder
         */
        public Builder geography(Geography geography) {
            return geographies(Geographies.only(Objects.requireNonNull(geography, "geography")));
        }

        /**
         * Several vintages: each convention's territory is checked against the vintage it records, else the
         * preferred one ({@link Geographies#forVintage}); replaces {@link #geography}.
         *
         * @param geographies the vintages of the official geography, one chosen per convention
         * @return this builder
         */
        public Builder geographies(Geographies geographies) {
            this.geographies = Objects.requireNonNull(geographies, "geographies");
            return this;
        }

        /**
         * The thresholds of the rules; defaults to {@link CtgPolicy#standard()}.
         *
         * @param policy the thresholds
         * @return this builder
         */
        public Builder policy(CtgPolicy policy) {
            this.policy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * Adds a listener, told of each event (a change of stage, an amendment in effect, a renewal) once it is stored.
         *
         * @param listener what to tell of each event once stored, on the caller's thread
         * @return this builder
         */
        public Builder listener(LifecycleListener listener) {
            listeners.add(Objects.requireNonNull(listener, "listener"));
            return this;
        }

        /** {@return the lifecycle; with the bundled geography when none was given} */
        public ConventionLifecycle build() {
            if (geographies == null) {
                geographies = Geographies.only(Geography.bundled());
            }
            return new ConventionLifecycle(this);
        }
    }
}
