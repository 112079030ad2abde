package io.github.ctglib.lifecycle;

import io.github.ctglib.equipment.BonusTerms;
import io.github.ctglib.equipment.Equipment;
import io.github.ctglib.convention.Convention;
import io.github.ctglib.convention.Signatory;
import io.github.ctglib.convention.Territory;
import io.github.ctglib.vocabulary.FieldOfAction;
import io.github.ctglib.vocabulary.DateRange;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A revision of a convention still in preparation (projet de convention), for
 * {@link ConventionLifecycle#reviseDraft}: the parts it replaces — title, validity (durée de validité),
 * territory, fields of action (champs d'intervention), parties (signataires, with their representatives), the
 * equipment annex and the territory bonus terms — each optional; what it does not name stays as it is. An immutable value:
 *
 * <pre>{@code
 * DraftRevision.builder().validity(DateRange.ofYears(2024, 2028)).parties(parties).build()
 * }</pre>
 */
public final class DraftRevision {

    private final Optional<String> title;
    private final Optional<DateRange> validity;
    private final Optional<Territory> territory;
    private final Optional<Set<FieldOfAction>> fields;
    private final Optional<List<Signatory>> parties;
    private final Optional<List<Equipment>> equipment;
    private final Optional<BonusTerms> bonusTerms;

    private DraftRevision(Builder b) {
        this.title = Optional.ofNullable(b.title);
        this.validity = Optional.ofNullable(b.validity);
        this.territory = Optional.ofNullable(b.territory);
        this.fields = Optional.ofNullable(b.fields).map(f -> java.util.Collections.unmodifiableSet(new LinkedHashSet<>(f)));
        this.parties = Optional.ofNullable(b.parties).map(List::copyOf);
        this.equipment = Optional.ofNullable(b.equipment).map(List::copyOf);
        this.bonusTerms = Optional.ofNullable(b.bonusTerms);
    }

    /** {@return a builder of a revision that changes nothing yet} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the new title, if it changes} */
    public Optional<String> title() {
        return title;
    }

    /** {@return the new validity, if it changes} */
    public Optional<DateRange> validity() {
        return validity;
    }

    /** {@return the new territory, if it changes} */
    public Optional<Territory> territory() {
        return territory;
    }

    /** {@return the new fields of action, all of them, if they change} */
    public Optional<Set<FieldOfAction>> fields() {
        return fields;
    }

    /** {@return the new parties, all of them, if they change} */
    public Optional<List<Signatory>> parties() {
        return parties;
    }

    /** {@return the equipment annex it gives, all of it} */
    public Optional<List<Equipment>> equipment() {
        return equipment;
    }

    /** {@return the territory bonus terms it gives} */
    public Optional<BonusTerms> bonusTerms() {
        return bonusTerms;
    }

    /** The parts this revision changes in {@code c}, in a fixed order: those given that differ from {@code c}'s. */
    List<String> changedParts(Convention c) {
        List<String> parts = new ArrayList<>();
        title.filter(t -> !t.equals(c.getTitle())).ifPresent(t -> parts.add("title"));
        validity.filter(v -> !v.equals(c.getValidity())).ifPresent(v -> parts.add("validity"));
        territory.filter(t -> !t.equals(c.getTerritory())).ifPresent(t -> parts.add("territory"));
        fields.filter(f -> !f.equals(c.getFields())).ifPresent(f -> parts.add("fields"));
        parties.filter(p -> !p.equals(c.getSignatories())).ifPresent(p -> parts.add("parties"));
        equipment.filter(e -> !e.equals(c.getEquipment())).ifPresent(e -> parts.add("equipment"));
        bonusTerms.filter(t -> !c.getBonusTerms().equals(Optional.of(t))).ifPresent(t -> parts.add("bonus terms"));
        return parts;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DraftRevision r && r.title.equals(title) && r.validity.equals(validity)
                && r.territory.equals(territory) && r.fields.equals(fields) && r.parties.equals(parties)
                && r.equipment.equals(equipment) && r.bonusTerms.equals(bonusTerms);
    }

    @Override
    public int hashCode() {
        return Objects.hash(title, validity, territory, fields, parties, equipment, bonusTerms);
    }

    @Override
    public String toString() {
        return "DraftRevision{title=" + title + ", validity=" + validity + ", territory=" + territory + ", fields="
                + fields + ", parties=" + parties + ", equipment=" + equipment + ", bonusTerms=" + bonusTerms + "}";
    }

    /** Builds a {@link DraftRevision}; every part is optional. */
    public static final class Builder {
        private String title;
        private DateRange validity;
        private Territory territory;
        private Set<FieldOfAction> fields;
        private List<Signatory> parties;
        private List<Equipment> equipment;
        private BonusTerms bonusTerms;

        private Builder() {}

        /**
         * The new title.
         *
         * @param title the convention's new title, as the parties write it
         * @return this builder
         */
        public Builder title(String title) {
            this.title = Objects.requireNonNull(title, "title");
            return this;
        }

        /**
         * The new validity.
         *
         * @param validity the days the convention is meant to bind
         * @return this builder
         */
        public Builder validity(DateRange validity) {
            this.validity = Objects.requireNonNull(validity, "validity");
            return this;
        }

        /**
         * The new territory, whole (it replaces the convention's).
         *
         * @param territory the new territory: its communes, EPCIs and vintage
         * @return this builder
         */
        public Builder territory(Territory territory) {
            this.territory = Objects.requireNonNull(territory, "territory");
            return this;
        }

        /**
         * The fields of action, all of them (they replace the convention's).
         *
         * @param fields the new fields of action, all of them
         * @return this builder
         */
        public Builder fields(Set<FieldOfAction> fields) {
            this.fields = Objects.requireNonNull(fields, "fields");
            return this;
        }

        /**
         * The parties, all of them, in order (they replace the convention's).
         *
         * @param parties the parties, with their representatives
         * @return this builder
         */
        public Builder parties(List<Signatory> parties) {
            this.parties = Objects.requireNonNull(parties, "parties");
            return this;
        }

        /**
         * The equipment annex, all of it, in order (it replaces the convention's).
         *
         * @param equipment the new equipment annex, all of it, in order
         * @return this builder
         */
        public Builder equipment(List<Equipment> equipment) {
            this.equipment = Objects.requireNonNull(equipment, "equipment");
            return this;
        }

        /**
         * The territory bonus terms (they replace the convention's).
         *
         * @param bonusTerms the convention's territory bonus terms (wealth tranche, carried-over amount, base year)
         * @return this builder
         */
        public Builder bonusTerms(BonusTerms bonusTerms) {
            this.bonusTerms = Objects.requireNonNull(bonusTerms, "bonusTerms");
            return this;
        }

        /** {@return the revision} */
        public DraftRevision build() {
            return new DraftRevision(this);
        }
    }
}
