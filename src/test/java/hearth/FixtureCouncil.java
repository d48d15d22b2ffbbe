package hearth;

import hearth.access.ChildRelationshipStarted;
import hearth.access.RecordRestrictions;
import hearth.access.Role;
import hearth.assessment.Assessment;
import hearth.assessment.AssessmentOutcome;
import hearth.assessment.Assessments;
import hearth.casework.CaseTransfers;
import hearth.childprotection.ChildProtection;
import hearth.childprotection.StrategyDecision;
import hearth.childprotection.StrategyDiscussion;
import hearth.frontdoor.InformationRequests;
import hearth.frontdoor.Outcome;
import hearth.frontdoor.ThresholdLevel;
import hearth.planning.Plans;
import hearth.timeliness.BankHolidays;
import java.time.Instant;
import hearth.access.Staff;
import hearth.access.StaffMember;
import hearth.assessment.AssessmentId;
import hearth.casework.Allocations;
import hearth.casework.TransferId;
import hearth.childprotection.EnquiryId;
import hearth.frontdoor.Consent;
import hearth.frontdoor.ContactId;
import hearth.frontdoor.ContactQueries;
import hearth.frontdoor.FrontDoor;
import hearth.frontdoor.InformationRequestId;
import hearth.frontdoor.ReferralDetails;
import hearth.people.Addresses;
import hearth.people.PersonDetails;
import hearth.people.PersonIndex;
import hearth.people.PersonKind;
import hearth.planning.PlanId;
import hearth.platform.PersonId;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Builds small councils for tests through the same services users call: a user in every
 * role (social worker, family support worker and manager in one assessment team, the hub
 * in a front door team, everyone else elsewhere), and children recorded and allocated as
 * a manager would. Names are
 * made unique so that tests sharing one database never see each other's people.
 */
@Component
public class FixtureCouncil {

    public static final String PASSWORD = "correct horse battery";
    private static final AtomicInteger COUNCILS = new AtomicInteger();

    private final Staff staff;
    private final PersonIndex people;
    private final Allocations allocations;
    private final Addresses addresses;
    private final FrontDoor frontDoor;

    FixtureCouncil(Staff staff, PersonIndex people, Allocations allocations, Addresses addresses, FrontDoor frontDoor) {
        this.staff = staff;
        this.people = people;
        this.allocations = allocations;
        this.addresses = addresses;
        this.frontDoor = frontDoor;
    }

    public Council create() {
        int n = COUNCILS.incrementAndGet();
        String tag = "c" + n + "x" + Long.toString(System.nanoTime() % 100_000, 36);
        Staff.Team team = staff.createTeam("Assessment " + tag, "ASSESSMENT");
        Staff.Team mash = staff.createTeam("Front door " + tag, "MASH");
        Staff.Team other = staff.createTeam("Elsewhere " + tag, "CHILD_IN_NEED");
        Map<Role, StaffMember> users = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            Staff.Team home = switch (role) {
                case SOCIAL_WORKER, FAMILY_SUPPORT_WORKER, TEAM_MANAGER -> team;
                case MASH_PRACTITIONER, MASH_MANAGER -> mash;
                case PARTNER_REFERRER -> null;
                default -> other;
            };
            users.put(role, staff.createUser(new Staff.NewUser(role.name().toLowerCase().replace('_', '-') + "." + tag,
                    role.label() + " " + tag, role, home == null ? null : home.id(),
                    role == Role.PARTNER_REFERRER ? "Fixture Police" : null, PASSWORD)));
        }
        StaffMember outsider = staff.createUser(new Staff.NewUser("outsider." + tag, "Outsider " + tag,
                Role.SOCIAL_WORKER, other.id(), null, PASSWORD));
        staff.setManager(team.id(), users.get(Role.TEAM_MANAGER).id());
        return new Council(tag, team, mash, users, outsider);
    }

    public PersonId child(Council council, String forenames, String surname, LocalDate born) {
        return people.record(new PersonDetails(PersonKind.CHILD, forenames, surname + council.tag(), born, null, "F",
                "WBRI", "eng", List.of(), null, null, null), council.user(Role.SOCIAL_WORKER), true);
    }

    /** A child allocated to the council's social worker, living at a BK postcode. */
    public PersonId allocatedChild(Council council) {
        PersonId child = child(council, "Amira", "Fixture", LocalDate.now().minusYears(7));
        addresses.moveTo(child, new Addresses.NewAddress("1 Test Road", null, "Brackenford", "BK1 1AA"),
                LocalDate.now().minusYears(1), council.user(Role.SOCIAL_WORKER));
        allocations.allocate(child, council.team().id(), council.user(Role.SOCIAL_WORKER).id(), LocalDate.now(),
                council.user(Role.TEAM_MANAGER));
        return child;
    }

    /** A referral from the council's partner referrer about a child called Amira, not yet screened. */
    public ContactId referral(Council council) {
        return frontDoor.submit(null, referralAbout("Amira", "Fixture" + council.tag(), LocalDate.now().minusYears(7),
                council.user(Role.PARTNER_REFERRER).organisation()), council.user(Role.PARTNER_REFERRER));
    }

    public static ReferralDetails referralAbout(String forenames, String surname, LocalDate born, String organisation) {
        return new ReferralDetails("ONLINE_FORM", "6", List.of(new ReferralDetails.ChildDescribed(forenames, surname,
                born, "1 Test Road", "BK1 1AA")), "Mother and her partner", "Police attended a domestic incident; "
                + "the child was present", "Mummy and Dave were shouting", "Safety advice given", List.of("3A"),
                "URGENT", Consent.GIVEN, null, null, "PC Test", "Officer", organisation, "01632 960000", null);
    }

    public void reallocate(PersonId child, StaffMember worker, StaffMember by) {
        allocations.allocate(child, worker.teamId(), worker.id(), LocalDate.now(), by);
    }

    // The records below are reached by field injection so that the constructor, which other
    // fixtures extend, stays as it is.
    @Autowired private Plans plans;
    @Autowired private Assessments assessments;
    @Autowired private ChildProtection childProtection;
    @Autowired private CaseTransfers transfers;
    @Autowired private InformationRequests informationRequests;
    @Autowired private RecordRestrictions restrictions;
    @Autowired private BankHolidays bankHolidays;
    @Autowired private ContactQueries contacts;
    @Autowired private ApplicationEventPublisher events;

    /** A child in need plan started today by the allocated worker. */
    public PlanId childInNeedPlan(Council council, PersonId child) {
        return plans.startChildInNeedPlan(child, LocalDate.now(), council.user(Role.SOCIAL_WORKER));
    }

    /** An assessment the allocated worker starts from the record, referred today. */
    public AssessmentId assessment(Council council, PersonId child) {
        return assessments.startFromRecord(child, LocalDate.now(), council.user(Role.SOCIAL_WORKER));
    }

    /** An assessment with every answer a submission needs; {@code lateReason} for one past its 45 days. */
    public static Assessment.Content completeAssessment(String lateReason) {
        return new Assessment.Content("Sam Worker", LocalDate.now().minusDays(1), true, null,
                "Gets herself to school; no breakfast most days", "I don't like it when they shout",
                List.of(), "Two earlier referrals about shouting", "Mother loving but overwhelmed", "Overcrowded flat",
                "Tired and anxious at school", "Mother's depression untreated", "Mother engaged, father not",
                List.of("3A", "4B", "NOT-A-CODE"), AssessmentOutcome.CHILD_IN_NEED_PLAN, lateReason);
    }

    /** The section 47 enquiry that a strategy discussion an hour ago started. */
    public EnquiryId enquiry(Council council, PersonId child) {
        childProtection.recordStrategyDiscussion(child, new StrategyDiscussion(Instant.now().minusSeconds(3600),
                Set.of("SOCIAL_CARE", "POLICE", "HEALTH"), "Team manager", List.of(), "Police share two call-outs",
                StrategyDecision.S47_JOINT, "Joint visit tomorrow"), council.user(Role.SOCIAL_WORKER));
        return childProtection.pathway(child).enquiries().get(0).id();
    }

    /**
     * A transfer into the council's assessment team, waiting for its manager: a child held by
     * the outsider's team, whose worker asks for the move.
     */
    public TransferId transferIntoTheTeam(Council council) {
        PersonId child = child(council, "Tomasz", "Incoming", LocalDate.now().minusYears(9));
        StaffMember outsider = council.outsider();
        allocations.allocate(child, outsider.teamId(), outsider.id(), LocalDate.now(), council.user(Role.TEAM_MANAGER));
        return transfers.request(child, council.team().id(), "Family moved into the area; school is aware", outsider);
    }

    /**
     * A child allocated to the council's social worker whose record is restricted to the team
     * manager and that worker (a member of staff's relative, as in the demo).
     */
    public PersonId restrictedChild(Council council) {
        PersonId child = allocatedChild(council);
        StaffMember manager = council.user(Role.TEAM_MANAGER);
        restrictions.restrict(child, "A member of staff's relative", manager,
                List.of(manager.id(), council.user(Role.SOCIAL_WORKER).id()));
        return child;
    }

    /** A child allocated to no one, matched by the hub to an open referral about them. */
    public FrontDoorChild childAtTheFrontDoor(Council council) {
        LocalDate born = LocalDate.now().minusYears(5);
        PersonId child = child(council, "Noor", "Contact", born);
        ContactId contact = frontDoor.submit(null, referralAbout("Noor", "Contact" + council.tag(), born,
                council.user(Role.PARTNER_REFERRER).organisation()), council.user(Role.PARTNER_REFERRER));
        frontDoor.matchChild(contact, contacts.find(contact).orElseThrow().version(), 0, child, council.user(Role.MASH_PRACTITIONER));
        return new FrontDoorChild(child, contact);
    }

    /** A referral the hub's practitioner has decided on, waiting for a hub manager to authorise it. */
    public ContactId decisionAwaitingAuthorisation(Council council) {
        ContactId contact = referral(council);
        frontDoor.decide(contact, contacts.find(contact).orElseThrow().version(), ThresholdLevel.CHILD_IN_NEED,
                "Needs an assessment", Outcome.ASSESSMENT, council.user(Role.MASH_PRACTITIONER));
        return contact;
    }

    /** A question the hub has asked another agency about a contact, not yet answered. */
    public InformationRequestId informationRequest(Council council, ContactId contact) {
        return informationRequests.ask(contact, "HEALTH", "Health visitor", "Any missed appointments?",
                council.user(Role.MASH_PRACTITIONER));
    }

    /**
     * A child whose conferences the council's chair chairs, without holding a conference: this
     * publishes the relationship that recording a conference with its chair publishes.
     */
    public PersonId chairedChild(Council council) {
        PersonId child = child(council, "Ollie", "Chaired", LocalDate.now().minusYears(6));
        events.publishEvent(new ChildRelationshipStarted(child.value(), ChildRelationshipStarted.Kind.CONFERENCE_CHAIR,
                council.user(Role.CHILD_PROTECTION_CHAIR).id(), null, "fixture-conference:" + child, Instant.now()));
        return child;
    }

    /** A proclaimed bank holiday on this day, unless there is one already. */
    public LocalDate bankHoliday(Council council, LocalDate day) {
        if (bankHolidays.from(day).stream().noneMatch(h -> h.day().equals(day))) {
            bankHolidays.add(day, "Fixture holiday", council.user(Role.SYSTEM_ADMINISTRATOR));
        }
        return day;
    }

    public record FrontDoorChild(PersonId child, ContactId contact) {
    }

    public record Council(String tag, Staff.Team team, Staff.Team mash, Map<Role, StaffMember> users,
                          StaffMember outsider) {

        public StaffMember user(Role role) {
            return users.get(role);
        }
    }
}
