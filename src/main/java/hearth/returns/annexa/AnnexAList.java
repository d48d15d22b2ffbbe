package hearth.returns.annexa;

import java.util.ArrayList;
import java.util.List;

/**
 * The Ofsted lists Hearth's records cover, each a sheet whose headers are the Annex A
 * schema's column keys: the child's five columns, then the list's own.
 */
enum AnnexAList {
    CONTACTS("List 1 - Contacts", "Date of Contact", "Contact Source"),
    EARLY_HELP("List 2 - Early help", "Assessment start date", "Assessment completion date",
            "Organisation completing assessment"),
    REFERRALS("List 3 - Referrals", "Date of referral", "Referral Source", "Referral NFA?",
            "Number of Referrals in Last 12 Months", "Allocated Team", "Allocated Worker"),
    ASSESSMENTS("List 4 - Assessments", "Does the Child have a Disability", "Continuous Assessment Start Date",
            "Child Seen During Continuous Assessment", "Continuous Assessment Date of Authorisation",
            "Was the child assessed as requiring LA children's social care support?", "Allocated Team",
            "Allocated Worker"),
    SECTION_47("List 5 - Section 47 enquiries", "Does the Child have a Disability",
            "Strategy discussion initiating Section 47 Enquiry Start Date",
            "Was an Initial Child Protection Conference deemed unnecessary?",
            "Date of Initial Child Protection Conference",
            "Did the Initial Child Protection Conference Result in a Child Protection Plan",
            "Number of Section 47 Enquiries in the last 12 months", "Number of ICPCs in the last 12 months",
            "Allocated Team", "Allocated Worker"),
    CHILDREN_IN_NEED("List 6 - Children in need", "Does the Child have a Disability", "CIN Start Date",
            "Primary Need Code", "Date Child Was Last Seen", "CIN Closure Date", "Reason for Closure", "Case Status",
            "Allocated Team", "Allocated Worker"),
    CHILD_PROTECTION("List 7 - Child protection", "Does the Child have a Disability",
            "Child Protection Plan Start Date", "Initial Category of Abuse", "Latest Category of Abuse",
            "Date of the Last Statutory Visit", "Was the Child Seen Alone?", "Date of latest review conference",
            "Child Protection Plan End Date",
            "Subject to Emergency Protection Order or Protected Under Police Powers in Last Six Months (Y/N)",
            "Number of Previous Child Protection Plans", "Allocated Team", "Allocated Worker");

    private final String sheet;
    private final List<String> own;

    AnnexAList(String sheet, String... own) {
        this.sheet = sheet;
        this.own = List.of(own);
    }

    String sheet() {
        return sheet;
    }

    List<String> headers(AnnexAPeriod period) {
        List<String> headers = new ArrayList<>(List.of("Child Unique ID", period.sexHeader(), "Ethnicity",
                "Date of Birth", "Age of Child (Years)"));
        headers.addAll(own);
        return headers;
    }
}
