package hearth.access;

import hearth.platform.Labelled;

/** What kind of work a user does. What records they see also depends on their relationships. */
public enum Role implements Labelled {
    SOCIAL_WORKER(true),
    FAMILY_SUPPORT_WORKER(true),
    TEAM_MANAGER(true),
    HEAD_OF_SERVICE(true),
    MASH_PRACTITIONER(true),
    MASH_MANAGER(true),
    CHILD_PROTECTION_CHAIR(true),
    OUT_OF_HOURS_WORKER(true),
    PARTNER_REFERRER(false),
    PERFORMANCE_OFFICER(false),
    SYSTEM_ADMINISTRATOR(true);

    private final boolean searchesPeople;

    Role(boolean searchesPeople) {
        this.searchesPeople = searchesPeople;
    }

    /** Partner referrers never see the person index; performance officers see figures. */
    public boolean searchesPeople() {
        return searchesPeople;
    }

    /** The hub's queue, screening and decisions; out-of-hours workers record contacts too. */
    public boolean worksAtTheFrontDoor() {
        return this == MASH_PRACTITIONER || this == MASH_MANAGER || this == HEAD_OF_SERVICE
                || this == OUT_OF_HOURS_WORKER;
    }

    /** Figures without names: caseloads, open work. */
    public boolean seesFigures() {
        return this == PERFORMANCE_OFFICER || managesCases();
    }

    public boolean managesCases() {
        return this == TEAM_MANAGER || this == HEAD_OF_SERVICE || this == MASH_MANAGER;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
