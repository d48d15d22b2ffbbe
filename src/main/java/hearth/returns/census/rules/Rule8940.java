package hearth.returns.census.rules;

import hearth.returns.census.Breaches;
import hearth.returns.census.CensusFile;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A child's protection plans do not overlap: none starts on or after another's start and on or
 * before its end, or by the reference date when it has none. The validator pairs the plans of
 * all the child's episodes but skips pairs holding the same place in their episodes (the first
 * plans of two episodes, say), and so does Hearth.
 */
@Component
class Rule8940 implements SameIdChildRule {

    @Override
    public List<CensusFile.Child> views(List<CensusFile.Child> group) {
        return SameIdChildRule.together(group);
    }

    @Override
    public String code() {
        return "8940";
    }

    @Override
    public void check(CensusFile.Child child, CollectionWindow window, Breaches breaches) {
        List<Numbered<CensusFile.ProtectionPlan>> started = Numbered.across(child, CensusFile.Episode::protectionPlans)
                .stream().filter(plan -> ValidatorDates.date(plan.part().startDate()) != null).toList();
        StartsWhileOpen.among(started, (plan, other) -> plan.id() != other.id() && StartsWhileOpen.within(
                start(plan), start(other), ValidatorDates.date(other.part().endDate()), window.end()))
                .forEach(plan -> breaches.child(child, "CPPstartDate", plan.part().fixAt()));
    }

    private static LocalDate start(Numbered<CensusFile.ProtectionPlan> plan) {
        return ValidatorDates.date(plan.part().startDate());
    }
}
