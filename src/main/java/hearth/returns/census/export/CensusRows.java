package hearth.returns.census.export;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the census reads of one child from the owners' reporting views, one record per view row. */
final class CensusRows {

    private CensusRows() {
    }

    record ChildRow(UUID id, String kind, LocalDate born, LocalDate due, LocalDate died, String sex, String ethnicity,
                    List<String> disabilities, String upn, String formerUpn, String upnUnknown, String councilChildId) {
    }

    /** A contact about the child, with its DfE source; {@code referral} when it was decided for an assessment or enquiry. */
    record ContactRow(UUID person, LocalDate receivedOn, String source, boolean referral) {
    }

    /** Work held or started with the child (an allocation, an involvement): evidence that an episode is open. */
    record WorkRow(UUID person, LocalDate startedOn) {
    }

    record NeedRow(UUID person, LocalDate recordedOn, String code) {
    }

    record ClosureRow(UUID person, LocalDate closedOn, String reason) {
    }

    record AssessmentRow(UUID id, UUID person, LocalDate startedOn, LocalDate authorisedOn, List<String> factors) {
    }

    record PlanRow(UUID id, UUID person, boolean protection, String category, LocalDate startedOn, LocalDate endedOn) {
    }

    record ReviewRow(UUID person, UUID planId, LocalDate heldOn) {
    }

    record EnquiryRow(UUID id, UUID person, LocalDate startedOn, Instant strategyHeldAt, String outcome) {
    }

    record ConferenceRow(UUID person, UUID enquiryId, LocalDate heldOn, String category) {
    }

    /** Everything the census reads of one child, each list in date order. */
    record ChildRecords(ChildRow child, List<ContactRow> contacts, List<WorkRow> work, List<NeedRow> needs,
                        List<ClosureRow> closures, List<AssessmentRow> assessments, List<PlanRow> plans,
                        List<ReviewRow> reviews, List<EnquiryRow> enquiries, List<ConferenceRow> conferences) {
    }
}
