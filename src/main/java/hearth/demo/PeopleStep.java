package hearth.demo;

import hearth.chronology.ChronologyBulkLoad;
import hearth.people.PeopleBulkLoad;
import hearth.people.PersonKind;
import hearth.people.RelationshipType;
import hearth.platform.London;
import hearth.platform.Progress;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Families known to children's services over the years of history: their people,
 * households, addresses, identifiers, schools and GPs, and the first events of their
 * chronologies. Written with COPY inside the generator's transaction, so a failed run
 * leaves nothing behind.
 */
@Component
@Order(20)
class PeopleStep implements GenerationStep {

    private final DataSource dataSource;

    PeopleStep(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public boolean writesRowByRow() {
        return false;
    }

    @Override
    public String title() {
        return "Families and people";
    }

    @Override
    public long size(SyntheticCouncil council) {
        return council.families();
    }

    @Override
    public void run(SyntheticCouncil council, Progress progress) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            PeopleBulkLoad people = new PeopleBulkLoad(connection);
            ChronologyBulkLoad chronology = new ChronologyBulkLoad(connection);
            Organisations.create(council, people);
            FamilyWriter writer = new FamilyWriter(council, people, chronology);
            FamilyMaker maker = new FamilyMaker(council);
            for (int i = 0; i < council.families(); i++) {
                writer.write(maker.make());
                people.flushIfFull();
                chronology.flushIfFull();
                progress.advance(1);
            }
            people.close();
            chronology.close();
            council.peopleRecorded = people.peopleWritten();
            // The same connection: DataSourceUtils hands out the generation's transaction.
            TableStatistics.refresh(JdbcClient.create(dataSource));
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** Schools (one per 400 children in the area), GP practices and the health visiting service. */
    static final class Organisations {
        private Organisations() {
        }

        private static String schoolName(Places places, SplittableRandom random, boolean secondary) {
            return random.nextInt(5) == 0
                    ? Places.any(places.saints, random) + " " + Places.any(places.faiths, random)
                    + (secondary ? " High School" : " Primary School")
                    : Places.any(places.placeWords, random) + (secondary ? " Academy" : " Primary School");
        }

        static void create(SyntheticCouncil council, PeopleBulkLoad people) {
            SplittableRandom random = council.random;
            Places places = council.places;
            int schools = Math.max(6, council.childrenInArea / 400);
            java.util.Set<String> used = new java.util.HashSet<>();
            for (int i = 0; i < schools; i++) {
                boolean secondary = i % 5 == 0;
                Places.District district = places.district(random);
                String name = schoolName(places, random, secondary);
                if (!used.add(name)) {
                    name = name + ", " + district.name();
                }
                if (!used.add(name)) {
                    name = name + " " + (i + 1);
                    used.add(name);
                }
                UUID id = council.nextId();
                people.organisation(id, "SCHOOL", name, String.valueOf(100_000 + random.nextInt(900_000)),
                        places.postcode(district, random));
                council.addSchool(new SyntheticCouncil.School(id, name, secondary));
            }
            for (int i = 0; i < Math.max(3, council.childrenInArea / 2_000); i++) {
                UUID id = council.nextId();
                String name = (random.nextBoolean() ? Places.any(places.gpPrefixes, random) + " " : "")
                        + Places.any(places.gpWords, random) + " " + Places.any(places.gpSuffixes, random);
                people.organisation(id, "GP_PRACTICE", name, "B8" + (1000 + random.nextInt(9000)),
                        places.postcode(places.district(random), random));
                council.gpPractices.add(id);
            }
            council.healthVisiting = council.nextId();
            people.organisation(council.healthVisiting, "HEALTH_VISITING", Places.TOWN + " Health Visiting Service",
                    null, null);
        }
    }

    /** Writes a family: people, identifiers, household, addresses, relationships, professionals, chronology. */
    static final class FamilyWriter {
        private final SyntheticCouncil council;
        private final PeopleBulkLoad people;
        private final ChronologyBulkLoad chronology;
        private final DirtyData dirty;
        private final Identities identities;

        FamilyWriter(SyntheticCouncil council, PeopleBulkLoad people, ChronologyBulkLoad chronology) {
            this.council = council;
            this.people = people;
            this.chronology = chronology;
            this.dirty = new DirtyData(council.random, council.names, council.today);
            this.identities = new Identities(council.random);
        }

        void write(Family family) {
            SplittableRandom random = council.random;
            String language = council.names.firstLanguage(family.heritage, random);
            String ethnicity = random.nextInt(100) < 5 ? "NOBT" : family.heritage.ethnicity;
            java.time.Instant recordedAt = family.knownSince.atTime(10, 0).atZone(London.ZONE).toInstant();
            for (Family.Member m : family.household()) {
                boolean child = m.kind != PersonKind.ADULT;
                LocalDate born = dirty.birthDate(m.born, child);
                people.person(m.id, m.kind, dirty.forename(m.forenames), m.surname, born, m.due, m.sex, ethnicity,
                        language, child ? dirty.disabilities() : List.of(), recordedAt);
                identities.write(people, m, council.today);
                chronology.entry(m.id, family.knownSince, "Recorded in Hearth", "First known to children's services",
                        "Data migration", recordedAt);
                if (child && m.born != null) {
                    chronology.entry(m.id, m.born, "Born", "Born", "Data migration", recordedAt);
                }
            }
            writeHome(family, recordedAt);
            writeRelationships(family);
            family.children.forEach(c -> writeProfessionals(c));
            family.children.stream().filter(c -> c.kind == PersonKind.CHILD && c.born != null
                            && c.born.isAfter(council.today.minusYears(17)))
                    .forEach(c -> council.openCaseCandidates.add(
                            new SyntheticCouncil.KnownChild(c.id, family.knownSince, c.born, c.forenames, c.surname)));
            dirty.maybeDuplicate(family, people, council);
        }

        private void writeHome(Family family, java.time.Instant recordedAt) {
            SplittableRandom random = council.random;
            Places places = council.places;
            Places.District district = places.district(random);
            UUID home = council.nextId();
            people.address(home, (1 + random.nextInt(180)) + " " + places.street(random), district.name(), Places.TOWN,
                    dirty.postcode(places.postcode(district, random)));
            LocalDate movedIn = family.knownSince.minusDays(random.nextInt(3_000));
            if (random.nextInt(100) < 30) {
                LocalDate previousMove = family.knownSince.plusDays(random.nextInt(
                        (int) Math.max(1, council.today.toEpochDay() - family.knownSince.toEpochDay())));
                Places.District before = places.district(random);
                UUID old = council.nextId();
                people.address(old, (1 + random.nextInt(180)) + " " + places.street(random), before.name(), Places.TOWN,
                        places.postcode(before, random));
                for (Family.Member m : family.household()) {
                    people.livesAt(m.id, old, movedIn, previousMove);
                    chronology.entry(m.id, previousMove, "Address changed", "Moved within " + Places.TOWN,
                            "Data migration", recordedAt);
                }
                movedIn = previousMove;
            }
            for (Family.Member m : family.household()) {
                people.livesAt(m.id, home, movedIn, null);
            }
            people.household(council.nextId(), home, family.household().stream().map(m -> m.id).toList(), movedIn);
        }

        private void writeRelationships(Family family) {
            List<Family.Member> children = family.children;
            for (Family.Member child : children) {
                people.relate(child.id, family.mother.id, RelationshipType.PARENT);
                if (family.father != null && !child.halfSibling) {
                    people.relate(child.id, family.father.id, RelationshipType.PARENT);
                } else if (family.father != null) {
                    people.relate(child.id, family.father.id, RelationshipType.STEP_PARENT);
                }
                if (family.partner != null) {
                    people.relate(child.id, family.partner.id, RelationshipType.PARTNER_OF_PARENT);
                }
                for (Family.Member grown : family.adults) {
                    if (grown != family.mother && grown != family.father && grown != family.partner) {
                        people.relate(child.id, grown.id, grown.born != null && grown.born.isBefore(
                                council.today.minusYears(50)) ? RelationshipType.GRANDPARENT
                                : RelationshipType.OTHER_SIGNIFICANT_ADULT);
                    }
                }
            }
            for (int i = 0; i < children.size(); i++) {
                for (int j = i + 1; j < children.size(); j++) {
                    boolean half = children.get(i).halfSibling != children.get(j).halfSibling;
                    people.relate(children.get(i).id, children.get(j).id,
                            half ? RelationshipType.HALF_SIBLING : RelationshipType.SIBLING);
                }
            }
            if (family.father != null) {
                people.relate(family.mother.id, family.father.id, RelationshipType.PARTNER);
            } else if (family.partner != null) {
                people.relate(family.mother.id, family.partner.id, RelationshipType.PARTNER);
            }
        }

        private void writeProfessionals(Family.Member child) {
            if (child.born == null) {
                return;
            }
            SplittableRandom random = council.random;
            int age = java.time.Period.between(child.born, council.today).getYears();
            people.professional(council.nextId(), child.id, "GP", Places.any(council.gpPractices, random), null);
            if (age < 5) {
                people.professional(council.nextId(), child.id, "HEALTH_VISITOR", council.healthVisiting, null);
            }
            if (age >= 4 && age <= 16) {
                List<SyntheticCouncil.School> suitable = age >= 11 ? council.secondarySchools() : council.primarySchools();
                SyntheticCouncil.School school = Places.any(suitable, random);
                people.professional(council.nextId(), child.id, "SCHOOL", school.id(), null);
            }
        }
    }
}
