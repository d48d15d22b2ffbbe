package hearth.casework.web;

import hearth.timeliness.Clocks;

/**
 * Where each kind of step is recorded: the form a row of "my work" opens, rather than the
 * case file. The addresses are the pages' own, which every module keeps stable for links
 * and bookmarks; the switch names every kind, so a new kind of step cannot be left without
 * its form.
 */
final class StepForms {

    private StepForms() {
    }

    static String formOf(Clocks.Due due) {
        String child = "/children/" + due.personId();
        String subject = due.subject().id().toString();
        return switch (due.kind()) {
            case CONTACT_RED_PRIORITY, CONTACT_DECISION, POLICE_NOTIFICATION_DECISION, OUT_OF_HOURS_HANDOVER ->
                    "/front-door/contacts/" + subject;
            case INFORMATION_REQUEST_ANSWER -> "/front-door";
            case STRATEGY_DISCUSSION -> child + "/child-protection#strategy-discussion";
            case INITIAL_CONFERENCE -> child + "/child-protection#enquiry-" + subject;
            case CHILD_AND_FAMILY_ASSESSMENT -> child + "/assessments/" + subject;
            case FIRST_CORE_GROUP, CORE_GROUP, FIRST_REVIEW_CONFERENCE, REVIEW_CONFERENCE,
                 CHILD_IN_NEED_PLANNING_MEETING, CHILD_IN_NEED_REVIEW -> child + "/plans#plan-" + subject;
            case CHILD_PROTECTION_VISIT, CHILD_IN_NEED_VISIT -> child + "/visits";
            case ALLOCATION -> child + "/allocate";
            case CASE_TRANSFER -> "/my-work#transfers";
        };
    }
}
