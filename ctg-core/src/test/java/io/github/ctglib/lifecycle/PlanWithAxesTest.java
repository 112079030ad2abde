package io.github.ctglib.lifecycle;

import static io.github.ctglib.lifecycle.FrontignanJourney.AGENT;
import static io.github.ctglib.lifecycle.LifecycleAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctglib.actionplan.ActionSheet;
import io.github.ctglib.actionplan.Axis;
import io.github.ctglib.convention.Convention;
import io.github.ctglib.convention.Stage;
import io.github.ctglib.examples.Frontignan;
import io.github.ctglib.rules.RuleCodes;
import io.github.ctglib.vocabulary.ActionField;
import io.github.ctglib.vocabulary.FieldOfAction;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The plan recorded with its axes before signature: both replace the convention's, and are judged. */
class PlanWithAxesTest {

    private final FrontignanJourney journey = new FrontignanJourney();
    private final ConventionLifecycle ctg = journey.ctg;

    @Test
    void replacesTheAxesAndTheActionsTogether() {
        Convention draft = Frontignan.draft();
        ctg.create(draft, AGENT);
        ctg.recordDiagnostic(draft.getId(), draft.getDiagnostic(), AGENT);
        List<Axis> axes = new ArrayList<>(draft.getAxes());
        int next = axes.stream().mapToInt(Axis::getNumber).max().orElse(0) + 1;
        axes.add(Axis.builder().number(next).title("Axe ajouté au tableur")
                .addFields(FieldOfAction.of(ActionField.PARENTHOOD)).build());
        List<ActionSheet> actions = new ArrayList<>(draft.getActions());
        actions.add(ActionSheet.builder().number(next + ".1").title("Fiche de l'axe ajouté")
                .addFields(FieldOfAction.of(ActionField.PARENTHOOD)).build());

        Convention planned = ctg.planActions(draft.getId(), axes, actions, AGENT).convention();

        assertThat(planned.getAxes()).isEqualTo(axes);
        assertThat(planned.getActions()).isEqualTo(actions);
        assertThat(planned.getStage()).isEqualTo(Stage.ACTION_PLANNING);
    }

    @Test
    void refusesAnActionOfNoAxisAndStoresNothing() {
        Convention draft = Frontignan.draft();
        ctg.create(draft, AGENT);
        ctg.recordDiagnostic(draft.getId(), draft.getDiagnostic(), AGENT);
        List<Axis> fewer = draft.getAxes().subList(1, draft.getAxes().size());
        int orphan = indexOfFirstActionOf(draft, draft.getAxes().get(0));

        assertRejected(journey.repository, draft.getId(), () -> ctg.planActions(draft.getId(), fewer,
                draft.getActions(), AGENT), RuleCodes.ACTION_AXIS_UNKNOWN, "actions[" + orphan + "].number");
    }

    private static int indexOfFirstActionOf(Convention c, Axis axis) {
        for (int i = 0; i < c.getActions().size(); i++) {
            if (axis.holds(c.getActions().get(i).getNumber())) {
                return i;
            }
        }
        throw new AssertionError("No action of axis " + axis.getNumber());
    }
}
