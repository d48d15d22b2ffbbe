package hearth.returns.annexa;

import java.util.List;

/** The notes sheet: how Hearth fills each list, and the columns it leaves blank because it holds no such data. */
final class AnnexANotes {

    static final List<List<String>> ALL = List.of(
            List.of("All lists", "Age of Child (Years)", "Whole years on the period's last day; blank for an unborn child."),
            List.of("All lists", "Allocated Team, Allocated Worker",
                    "The allocation open on the period's last day, or else the latest before it."),
            List.of("All lists", "Child Unique ID", "The LA child id of the Children in Need census."),
            List.of("List 2 - Early help", "Organisation completing assessment",
                    "Left blank: Hearth records early help as a step-down from a plan or a front-door decision, "
                            + "not who completes the early help assessment."),
            List.of("List 2 - Early help", "Assessment start date, Assessment completion date",
                    "The day the early help began (the step-down, or the front door's decision) and the day it "
                            + "ended, if by the period's last day."),
            List.of("List 3 - Referrals", "Referral NFA?",
                    "Yes when no assessment or strategy discussion followed the referral within 30 days."),
            List.of("List 3 - Referrals", "Number of Referrals in Last 12 Months",
                    "The child's earlier referrals in the 12 months before this one."),
            List.of("List 5 - Section 47 enquiries", "Number of Section 47 Enquiries in the last 12 months, "
                    + "Number of ICPCs in the last 12 months", "In the 12 months to the period's last day."),
            List.of("List 6 - Children in need", "Case Status",
                    "On the period's last day. Hearth does not hold looked-after episodes, so 'a) Looked after "
                            + "child' is never given; an open episode with no open plan is 'd) Open assessment'."),
            List.of("List 6 - Children in need", "Date Child Was Last Seen",
                    "The latest visit at which the child was seen, by the episode's end or the period's last day."),
            List.of("List 7 - Child protection", "Subject to Emergency Protection Order or Protected Under Police "
                    + "Powers in Last Six Months (Y/N)",
                    "Left blank: Hearth does not record emergency protection orders or police protection."),
            List.of("List 7 - Child protection", "Date of latest review conference",
                    "The latest review conference held in the period."),
            List.of("Lists 8 to 11", "", "Not included: Hearth does not hold children in care, care leavers or "
                    + "adoption."));

    private AnnexANotes() {
    }
}
