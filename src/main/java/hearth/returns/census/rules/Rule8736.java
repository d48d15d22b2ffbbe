package hearth.returns.census.rules;

import hearth.returns.census.CensusFile;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * An assessment not yet authorised started within the census period; a missing or malformed
 * authorisation date counts as none, and a missing or malformed start breaks the rule.
 */
@Component
class Rule8736 extends EachPartRule<CensusFile.Assessment> {

    Rule8736() {
        super("AssessmentActualStartDate", CensusFile.Episode::assessments, CensusFile.Assessment::fixAt);
    }

    @Override
    public String code() {
        return "8736";
    }

    @Override
    boolean breaks(CensusFile.Child child, CensusFile.Assessment assessment, CollectionWindow window) {
        LocalDate start = ValidatorDates.date(assessment.actualStartDate());
        return ValidatorDates.date(assessment.authorisationDate()) == null && (start == null || !window.contains(start));
    }
}
