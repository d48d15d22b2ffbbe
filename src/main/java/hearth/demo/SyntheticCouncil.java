package hearth.demo;

import hearth.access.StaffMember;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Everything the generation steps share about the council being made: its size, its
 * random source (seeded, so the same seed makes the same council), its places, staff
 * and the children later steps build on. A later capability adds its own step and
 * reads what it needs from here.
 */
public final class SyntheticCouncil {

    /** New families becoming known to children's services each year, per child living in the area. */
    static final double FAMILIES_PER_CHILD_PER_YEAR = 0.09;
    /** Children in need at any time per child in the area (about 2,000 in a council of 60,000). */
    static final double OPEN_CASES_PER_CHILD = 2_000.0 / 60_000;
    /** Children on a child protection plan per child in the area (about 250 in 60,000). */
    static final double PLANS_PER_CHILD = 250.0 / 60_000;

    final int childrenInArea;
    final int years;
    final LocalDate today;
    final Instant now;
    final SplittableRandom random;
    final NameBook names = new NameBook();
    final Places places = new Places();
    private final List<School> primarySchools = new ArrayList<>();
    private final List<School> secondarySchools = new ArrayList<>();
    final List<UUID> gpPractices = new ArrayList<>();
    UUID healthVisiting;
    /** Team name to the workers in it who hold cases, and its manager. */
    final Map<String, List<StaffMember>> caseholders = new java.util.LinkedHashMap<>();
    final Map<String, StaffMember> managers = new java.util.LinkedHashMap<>();
    /** Team name to its family support worker, who is not qualified and so holds no case. */
    final Map<String, StaffMember> supportWorkers = new java.util.LinkedHashMap<>();
    final List<StaffMember> chairs = new ArrayList<>();
    /** The front door's practitioners, who screen and decide contacts. */
    final List<StaffMember> hubPractitioners = new ArrayList<>();
    /**
     * Names for staff added after the council's first shape was fixed, drawn from a stream of
     * their own so that the same seed still makes the same children, families and cases.
     */
    final SplittableRandom laterStaff;
    java.util.Optional<hearth.access.Staff.Team> frontDoorTeam = java.util.Optional.empty();
    /** Children whose case is open now, with the date they became known. */
    final List<KnownChild> openCaseCandidates = new ArrayList<>();
    long peopleRecorded;

    SyntheticCouncil(int childrenInArea, int years, long seed, LocalDate today, Instant now) {
        this.childrenInArea = childrenInArea;
        this.years = years;
        this.today = today;
        this.now = now;
        this.random = new SplittableRandom(seed);
        this.laterStaff = new SplittableRandom(~seed);
    }

    int families() {
        return (int) Math.round(childrenInArea * years * FAMILIES_PER_CHILD_PER_YEAR);
    }

    int openCases() {
        return (int) Math.round(childrenInArea * OPEN_CASES_PER_CHILD);
    }

    int childProtectionPlans() {
        return (int) Math.round(childrenInArea * PLANS_PER_CHILD);
    }

    void addSchool(School school) {
        (school.secondary() ? secondarySchools : primarySchools).add(school);
    }

    List<School> primarySchools() {
        return primarySchools;
    }

    /** Falls back to primaries in a council too small to have a secondary school. */
    List<School> secondarySchools() {
        return secondarySchools.isEmpty() ? primarySchools : secondarySchools;
    }

    /** The hub practitioner who decided a contact: spread evenly, the same for the same contact. */
    UUID deciderOf(UUID contact) {
        return hubPractitioners.isEmpty() ? null
                : hubPractitioners.get(Math.floorMod(contact.hashCode(), hubPractitioners.size())).id();
    }

    UUID nextId() {
        return idFrom(random);
    }

    /** A version 4 UUID from the given stream, so a seeded council is made again the same. */
    static UUID idFrom(SplittableRandom random) {
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }

    record School(UUID id, String name, boolean secondary) {
    }

    record KnownChild(UUID id, LocalDate knownSince, LocalDate born, String forenames, String surname) {
    }
}
