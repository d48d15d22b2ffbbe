package hearth.returns.census;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Children in Need census return as the DfE schema lays it out, one record per element, each
 * value held as the text the file carries. Text, not types, because the same rules check
 * Hearth's own return and a file from another system that may hold "2025-13-40" where a date
 * belongs: a rule must see that value to report it. {@link CensusDates} reads the dates.
 *
 * <p>Absent elements are {@code null}; absent repeating elements are empty lists. Each part
 * that Hearth made carries {@code fixAt}, the path of the page where a worker corrects it
 * ({@code null} in an uploaded file).
 */
public final class CensusFile {

    private final Header header;
    private final List<Child> children;
    /** Made on first use and kept: every rule that joins children by id would otherwise group them again. */
    private volatile Collection<List<Child>> sameId;

    public CensusFile(Header header, List<Child> children) {
        this.header = header;
        this.children = List.copyOf(children);
    }

    public Header header() {
        return header;
    }

    public List<Child> children() {
        return children;
    }

    /**
     * The children grouped by LA child id (those with none in one group), in the order the ids
     * first appear, as the councils' validator joins them. Two threads asking at once may each
     * group them; both get the same grouping.
     */
    public Collection<List<Child>> childrenBySameId() {
        Collection<List<Child>> grouped = sameId;
        if (grouped == null) {
            Map<String, List<Child>> byId = new LinkedHashMap<>();
            for (Child child : children) {
                byId.computeIfAbsent(child.laChildId(), id -> new ArrayList<>(1)).add(child);
            }
            grouped = Collections.unmodifiableCollection(byId.values());
            sameId = grouped;
        }
        return grouped;
    }

    /** {@code Header/CollectionDetails} and the first {@code Header/Source}. */
    public record Header(String collection, String year, String referenceDate, String sourceLevel,
            String lea, String softwareCode, String release, String serialNo, String dateTime) {
    }

    public record Child(Identifiers identifiers, Characteristics characteristics, List<Episode> episodes,
            String fixAt) {
        public Child {
            episodes = List.copyOf(episodes);
        }

        /** The council's own id for the child, which every finding names. */
        public String laChildId() {
            return identifiers.laChildId();
        }
    }

    /** {@code ChildIdentifiers}. */
    public record Identifiers(String laChildId, String upn, String formerUpn, String upnUnknown,
            String personBirthDate, String expectedPersonBirthDate, String sex, String personDeathDate) {
    }

    /** {@code ChildCharacteristics}: an empty list when there is no {@code Disabilities} element. */
    public record Characteristics(String ethnicity, List<String> disabilities) {
        public Characteristics {
            disabilities = List.copyOf(disabilities);
        }
    }

    /** {@code CINdetails}: one episode of need, from referral to closure. */
    public record Episode(String cinReferralDate, String referralSource, String primaryNeedCode,
            String cinClosureDate, String reasonForClosure, String dateOfInitialCpc,
            List<Assessment> assessments, List<CinPlan> cinPlans, List<Section47> section47s,
            String referralNfa, List<ProtectionPlan> protectionPlans, String fixAt) {
        public Episode {
            assessments = List.copyOf(assessments);
            cinPlans = List.copyOf(cinPlans);
            section47s = List.copyOf(section47s);
            protectionPlans = List.copyOf(protectionPlans);
        }
    }

    /** {@code Assessments}: factors is empty when {@code FactorsIdentifiedAtAssessment} is absent. */
    public record Assessment(String actualStartDate, String internalReviewDate, String authorisationDate,
            List<String> factors, String fixAt) {
        public Assessment {
            factors = List.copyOf(factors);
        }
    }

    /** {@code CINPlanDates}. */
    public record CinPlan(String startDate, String endDate, String fixAt) {
    }

    /** {@code Section47}. */
    public record Section47(String actualStartDate, String initialCpcTarget, String dateOfInitialCpc,
            String icpcNotRequired, String fixAt) {
    }

    /** {@code ChildProtectionPlans}: reviews is empty when {@code Reviews} is absent. */
    public record ProtectionPlan(String startDate, String endDate, String initialCategoryOfAbuse,
            String latestCategoryOfAbuse, String numberOfPreviousCpp, List<String> reviewDates, String fixAt) {
        public ProtectionPlan {
            reviewDates = List.copyOf(reviewDates);
        }
    }
}
