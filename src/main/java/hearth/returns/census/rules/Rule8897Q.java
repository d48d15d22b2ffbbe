package hearth.returns.census.rules;

import hearth.reference.CodeLists;
import hearth.returns.census.Breaches;
import hearth.returns.census.CensusFile;
import hearth.returns.census.CensusRule;
import hearth.returns.census.CensusYear;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * An assessment authorised in the census period names its factors, each from the DfE's list.
 *
 * <p>As the validator does: it looks up an assessment's factors by the child's id and the assessment's
 * place in its episode (not by episode), so the first assessments of two episodes share their
 * factors. And when any such assessment that names factors has one not in the list, the validator
 * stops with an error and reports no child for this rule; Hearth then reports none either. So in
 * practice the rule reports children whose authorised assessment names no factors at all.
 */
@Component
class Rule8897Q implements CensusRule {

    private final Set<String> factors;

    Rule8897Q(CodeLists codes) {
        this.factors = CodeSets.of(codes, "assessmentfactorstype");
    }

    @Override
    public String code() {
        return "8897Q";
    }

    @Override
    public void check(CensusFile file, CensusYear year, Breaches breaches) {
        LocalDate periodStart = CollectionWindow.of(file, year).start();
        List<Runnable> found = new ArrayList<>();
        for (List<CensusFile.Child> group : SameIdChildren.of(file)) {
            Map<Integer, List<String>> factorsByPlace = new HashMap<>();
            for (CensusFile.Child child : group) {
                Numbered.across(child, CensusFile.Episode::assessments).forEach(numbered -> factorsByPlace
                        .computeIfAbsent(numbered.id(), id -> new ArrayList<>()).addAll(numbered.part().factors()));
            }
            for (CensusFile.Child child : group) {
                for (Numbered<CensusFile.Assessment> numbered : Numbered.across(child, CensusFile.Episode::assessments)) {
                    CensusFile.Assessment assessment = numbered.part();
                    LocalDate authorised = ValidatorDates.date(assessment.authorisationDate());
                    if (authorised == null || authorised.isBefore(periodStart)) {
                        continue;
                    }
                    if (assessment.factors().isEmpty()) {
                        found.add(() -> breaches.child(child, "FactorsIdentifiedAtAssessment", assessment.fixAt()));
                    } else if (factorsByPlace.get(numbered.id()).stream()
                            .anyMatch(factor -> !CodeSets.holds(factors, nonEmpty(factor)))) {
                        return;
                    }
                }
            }
        }
        found.forEach(Runnable::run);
    }

    private static String nonEmpty(String factor) {
        return ValidatorCodes.present(factor) ? factor : null;
    }
}
