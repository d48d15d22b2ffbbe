package hearth.access;

/** What kind of work a user does. What records they see also depends on their relationships. */
public enum Role {
    SOCIAL_WORKER("Social worker", true),
    FAMILY_SUPPORT_WORKER("Family support worker", true),
    TEAM_MANAGER("Team manager", true),
    HEAD_OF_SERVICE("Head of service", true),
    MASH_PRACTITIONER("MASH practitioner", true),
    MASH_MANAGER("MASH manager", true),
    CHILD_PROTECTION_CHAIR("Child protection chair", true),
    OUT_OF_HOURS_WORKER("Out-of-hours worker", true),
    PARTNER_REFERRER("Partner referrer", false),
    PERFORMANCE_OFFICER("Performance officer", false),
    SYSTEM_ADMINISTRATOR("System administrator", true);

    private final String label;
    private final boolean searchesPeople;

    Role(String label, boolean searchesPeople) {
        this.label = label;
        this.searchesPeople = searchesPeople;
    }

    public String label() {
        return label;
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
