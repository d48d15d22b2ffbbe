package hearth.assessment;

import static hearth.platform.Text.blank;

import hearth.access.StaffMember;
import hearth.frontdoor.ContactId;
import hearth.platform.InvalidInput;
import hearth.platform.Labelled;
import hearth.platform.PersonId;
import hearth.platform.TextLimit;
import hearth.platform.Words;
import hearth.timeliness.WorkingCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A child and family assessment: drafted by the worker, submitted, then authorised by a
 * manager or returned with a reason. Each transition checks its own rule here; the
 * {@link Assessments} service only loads, stores and tells the other capabilities.
 */
public record Assessment(AssessmentId id, PersonId personId, ContactId contactId, Instant referredAt, Status status, Content content,
                         String returnedReason, Instant submittedAt, Instant authorisedAt, String authorisedByName,
                         int version) {

    public enum Status implements Labelled {
        IN_PROGRESS, SUBMITTED, AUTHORISED, ENDED;
    }

    /** What the worker writes. Everything may be blank in a draft; {@link #submit} says what must be there. */
    public record Content(String seenBy, LocalDate seenOn, Boolean seenAlone, String notAloneReason,
                          String livedExperience, String childWords, List<String> significantHistory,
                          String historyMeaning, String parentingCapacity, String familyEnvironment, String impact,
                          String analysis, String parentalEngagement, List<String> factors,
                          AssessmentOutcome outcome, String lateReason) {

        /** Applies to drafts too: nothing too long or unstorable is saved. */
        void checkLengths() {
            InvalidInput.Errors errors = new InvalidInput.Errors();
            TextLimit.check(errors, "seenBy", "Who saw the child", seenBy, TextLimit.LINE);
            TextLimit.check(errors, "notAloneReason", "Why the child was not seen alone", notAloneReason,
                    TextLimit.NARRATIVE);
            TextLimit.check(errors, "livedExperience", "The child's lived experience", livedExperience,
                    TextLimit.NARRATIVE);
            TextLimit.check(errors, "childWords", "What the child said", childWords, TextLimit.NARRATIVE);
            significantHistory.forEach(h -> TextLimit.check(errors, "history", "Each event in the history", h,
                    TextLimit.LINE));
            TextLimit.check(errors, "historyMeaning", "What the history means", historyMeaning, TextLimit.NARRATIVE);
            TextLimit.check(errors, "parentingCapacity", "Parenting capacity", parentingCapacity, TextLimit.NARRATIVE);
            TextLimit.check(errors, "familyEnvironment", "Family and environment", familyEnvironment,
                    TextLimit.NARRATIVE);
            TextLimit.check(errors, "impact", "The impact on the child", impact, TextLimit.NARRATIVE);
            TextLimit.check(errors, "analysis", "The analysis", analysis, TextLimit.NARRATIVE);
            TextLimit.check(errors, "parentalEngagement", "Parental engagement", parentalEngagement,
                    TextLimit.NARRATIVE);
            TextLimit.check(errors, "lateReason", "Why the assessment is late", lateReason, TextLimit.NARRATIVE);
            errors.throwIfAny();
        }

        public Content {
            significantHistory = significantHistory == null ? List.of() : List.copyOf(significantHistory);
            factors = factors == null ? List.of() : List.copyOf(factors);
        }

        public static Content empty() {
            return new Content(null, null, null, null, null, null, List.of(), null, null, null, null, null, null,
                    List.of(), null, null);
        }
    }

    public LocalDate referredOn() {
        return referredAt.atZone(WorkingCalendar.LONDON).toLocalDate();
    }

    public boolean editable() {
        return status == Status.IN_PROGRESS;
    }

    /** A draft can be saved while the worker holds it, not once it is with a manager or authorised. */
    void save() {
        if (!editable()) {
            throw InvalidInput.of("status", "This assessment has been submitted, so it cannot be changed unless a "
                    + "manager returns it");
        }
    }

    /**
     * The worker sends the assessment for authorisation. The child must have been seen (alone,
     * or the reason why not), their experience and own words and the impact on them recorded,
     * and an outcome chosen; after the due time, the reason it is late.
     */
    Status submit(LocalDate today, Instant now, Instant due) {
        save();
        Content c = content;
        InvalidInput.Errors errors = new InvalidInput.Errors();
        if (blank(c.seenBy())) {
            errors.add("seenBy", "Enter who saw the child");
        }
        if (c.seenOn() == null || c.seenOn().isAfter(today) || c.seenOn().isBefore(referredOn())) {
            errors.add("seenOn", "Enter the date the child was seen, from the referral (" + Words.day(referredOn()) + ") to today");
        }
        if (c.seenAlone() == null) {
            errors.add("seenAlone", "Select whether the child was seen alone");
        } else if (!c.seenAlone() && blank(c.notAloneReason())) {
            errors.add("notAloneReason", "Explain why the child was not seen alone");
        }
        if (blank(c.livedExperience())) {
            errors.add("livedExperience", "Describe the child's daily lived experience");
        }
        if (blank(c.childWords())) {
            errors.add("childWords", "Record what the child said, in their own words, or how they communicated");
        }
        if (blank(c.impact())) {
            errors.add("impact", "Describe the impact on the child");
        }
        if (c.outcome() == null) {
            errors.add("outcome", "Select the outcome of the assessment");
        }
        if (due != null && now.isAfter(due) && blank(c.lateReason())) {
            errors.add("lateReason", "This assessment is past its 45 working days: record why it took longer");
        }
        errors.throwIfAny();
        return Status.SUBMITTED;
    }

    /** Only a manager authorises, and only a submitted assessment. */
    Status authorise(StaffMember manager) {
        if (!manager.role().managesCases()) {
            throw InvalidInput.of("authorise", "Only a manager can authorise an assessment");
        }
        if (status != Status.SUBMITTED) {
            throw InvalidInput.of("authorise", "Only a submitted assessment can be authorised");
        }
        return Status.AUTHORISED;
    }

    /** A manager sends a submitted assessment back to the worker, saying what it needs. */
    Status returnToWorker(StaffMember manager, String reason) {
        if (!manager.role().managesCases()) {
            throw InvalidInput.of("returnReason", "Only a manager can return an assessment");
        }
        if (status != Status.SUBMITTED) {
            throw InvalidInput.of("returnReason", "Only a submitted assessment can be returned");
        }
        if (blank(reason)) {
            throw InvalidInput.of("returnReason", "Say what the assessment needs before it can be authorised");
        }
        return Status.IN_PROGRESS;
    }
}
