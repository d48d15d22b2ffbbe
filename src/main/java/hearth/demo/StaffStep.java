package hearth.demo;

import hearth.access.Role;
import hearth.access.Staff;
import hearth.access.StaffMember;
import hearth.platform.Progress;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Teams and staff: one demo login for every role, and enough synthetic social workers
 * (about one per 480 children in the area) to carry the caseloads at the national average
 * of 16 to 18 children per worker. The demo social worker's team is a full team, so their
 * caseload is the same as anyone's; the family support worker, who is not qualified, holds
 * no case and works on the team's child in need cases (see {@link CaseworkStep}).
 */
@Component
@Order(10)
class StaffStep implements GenerationStep {

    static final int CHILDREN_PER_CASEHOLDER = 480;
    static final int WORKERS_PER_TEAM = 7;
    static final String ASSESSMENT_TEAM = "Assessment Team 1";
    private static final String SYNTHETIC_PREFIX = "sw";

    private final Staff staff;
    private final String demoPassword;

    StaffStep(Staff staff, @Value("${hearth.demo.password:hearth-demo}") String demoPassword) {
        this.staff = staff;
        this.demoPassword = demoPassword;
    }

    @Override
    public String title() {
        return "Teams and staff";
    }

    @Override
    public long size(SyntheticCouncil council) {
        return caseholders(council);
    }

    @Override
    public void run(SyntheticCouncil council, Progress progress) {
        Staff.Team mash = staff.createTeam("Front Door (MASH)", "MASH");
        council.frontDoorTeam = java.util.Optional.of(mash);
        council.hubPractitioners.add(demo("mo.mash", "Mo Mashari", Role.MASH_PRACTITIONER, mash, null));
        for (int i = 1; i < hubPractitioners(council); i++) {
            council.hubPractitioners.add(synthetic(council, Role.MASH_PRACTITIONER, mash, council.laterStaff));
        }
        StaffMember maya = demo("maya.mashmanager", "Maya Osei", Role.MASH_MANAGER, mash, null);
        managed(mash, maya);
        council.managers.put(mash.name(), maya);
        Staff.Team assessment = staff.createTeam(ASSESSMENT_TEAM, "ASSESSMENT");
        StaffMember sam = demo("sam.social", "Sam Sutherland", Role.SOCIAL_WORKER, assessment, null);
        StaffMember fran = demo("fran.support", "Fran Kowalski", Role.FAMILY_SUPPORT_WORKER, assessment, null);
        StaffMember tara = demo("tara.manager", "Tara Bhatt", Role.TEAM_MANAGER, assessment, null);
        managed(assessment, tara);
        council.managers.put(assessment.name(), tara);
        council.supportWorkers.put(assessment.name(), fran);
        List<StaffMember> assessors = new ArrayList<>(List.of(sam));
        for (int i = 1; i < demoTeamSize(council); i++) {
            assessors.add(synthetic(council, Role.SOCIAL_WORKER, assessment));
            progress.advance(1);
        }
        council.caseholders.put(assessment.name(), assessors);
        addCaseholdingTeams(council, caseholders(council) - assessors.size(), progress);
        StaffMember chair = demo("chris.chair", "Chris Adeyemi", Role.CHILD_PROTECTION_CHAIR,
                staff.createTeam("Safeguarding and Quality", "CHAIRS"), null);
        council.chairs.add(chair);
        demo("owen.edt", "Owen Price", Role.OUT_OF_HOURS_WORKER, staff.createTeam("Emergency Duty Team", "EDT"), null);
        demo("hana.head", "Hana Novak", Role.HEAD_OF_SERVICE, staff.createTeam("Service Leadership", "LEADERSHIP"), null);
        demo("perry.performance", "Perry Lind", Role.PERFORMANCE_OFFICER,
                staff.createTeam("Performance and Data", "PERFORMANCE"), null);
        demo("ada.admin", "Ada Okafor", Role.SYSTEM_ADMINISTRATOR, staff.createTeam("Systems", "ADMIN"), null);
        demo("pat.police", "PC Pat Rowe", Role.PARTNER_REFERRER, null, "Brackenford Police");
        demo("sue.school", "Sue Grant", Role.PARTNER_REFERRER, null, "Oakfield Primary School");
        demo("hal.health", "Hal Mensah", Role.PARTNER_REFERRER, null, "Brackenford Community Health");
    }

    /** About one practitioner for each 2,000 contacts a year, as a hub is staffed; two at the least. */
    private static int hubPractitioners(SyntheticCouncil council) {
        return Math.max(2, (int) (council.childrenInArea * ContactsStep.CONTACTS_PER_CHILD_PER_YEAR / 2_000));
    }

    /** A full team, but in a small council no more than half its workers, so that other teams exist. */
    private static int demoTeamSize(SyntheticCouncil council) {
        return Math.max(1, Math.min(WORKERS_PER_TEAM, caseholders(council) / 2));
    }

    private void addCaseholdingTeams(SyntheticCouncil council, int workers, Progress progress) {
        String[] kinds = {"ASSESSMENT", "CHILD_IN_NEED", "CHILD_PROTECTION"};
        int team = 0;
        while (workers > 0) {
            String kind = kinds[team % kinds.length];
            String name = switch (kind) {
                case "ASSESSMENT" -> "Assessment Team " + (team / 3 + 2);
                case "CHILD_IN_NEED" -> "Child in Need Team " + (team / 3 + 1);
                default -> "Child Protection Team " + (team / 3 + 1);
            };
            Staff.Team created = staff.createTeam(name, kind);
            StaffMember manager = synthetic(council, Role.TEAM_MANAGER, created);
            managed(created, manager);
            council.managers.put(name, manager);
            List<StaffMember> members = new ArrayList<>();
            for (int i = 0; i < Math.min(WORKERS_PER_TEAM, workers); i++) {
                members.add(synthetic(council, Role.SOCIAL_WORKER, created));
                progress.advance(1);
            }
            workers -= members.size();
            council.caseholders.put(name, members);
            team++;
        }
    }

    private static int caseholders(SyntheticCouncil council) {
        return Math.max(4, council.childrenInArea / CHILDREN_PER_CASEHOLDER);
    }

    private StaffMember demo(String username, String name, Role role, Staff.Team team, String organisation) {
        return staff.createUser(new Staff.NewUser(username, name, role, team == null ? null : team.id(), organisation,
                demoPassword));
    }

    /** Synthetic colleagues hold cases but cannot sign in. */
    private StaffMember synthetic(SyntheticCouncil council, Role role, Staff.Team team) {
        return synthetic(council, role, team, council.random);
    }

    private StaffMember synthetic(SyntheticCouncil council, Role role, Staff.Team team, SplittableRandom random) {
        NameBook.Heritage heritage = council.names.heritage(random);
        String forename = council.names.forename(heritage, "U", random);
        String surname = council.names.surname(heritage, random);
        String username = SYNTHETIC_PREFIX + SyntheticCouncil.idFrom(random).toString().substring(0, 8);
        return staff.createUser(new Staff.NewUser(username, forename + " " + surname, role, team.id(), null, null));
    }

    static boolean isSynthetic(StaffMember member) {
        return member.username().startsWith(SYNTHETIC_PREFIX);
    }

    private void managed(Staff.Team team, StaffMember... members) {
        staff.setManager(team.id(), members[members.length - 1].id());
    }
}
