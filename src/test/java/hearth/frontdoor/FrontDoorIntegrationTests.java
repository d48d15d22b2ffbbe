package hearth.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import hearth.FixtureCouncil;
import hearth.HearthTest;
import hearth.access.CaseFileAccess;
import hearth.access.Role;
import hearth.access.StaffMember;
import hearth.casework.CaseAlerts;
import hearth.chronology.Chronology;
import hearth.platform.InvalidInput;
import hearth.timeliness.ClockKind;
import hearth.timeliness.ClockStatus;
import hearth.timeliness.ClockSubject;
import hearth.timeliness.Clocks;
import hearth.platform.PersonId;
import hearth.timeliness.WorkingCalendar;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@HearthTest
class FrontDoorIntegrationTests {

    @Autowired FixtureCouncil fixtures;
    @Autowired FrontDoor frontDoor;
    @Autowired ContactQueries contacts;
    @Autowired CaseFileAccess access;
    @Autowired Chronology chronology;
    @Autowired CaseAlerts alerts;
    @Autowired WorkingCalendar calendar;
    @Autowired InformationRequests requests;
    @Autowired Clocks clocks;
    @Autowired org.springframework.test.web.servlet.MockMvc mvc;
    @Autowired org.springframework.security.core.userdetails.UserDetailsService users;

    FixtureCouncil.Council council;
    StaffMember partner;
    StaffMember hub;

    @BeforeEach
    void council() {
        council = fixtures.create();
        partner = council.user(Role.PARTNER_REFERRER);
        hub = council.user(Role.MASH_PRACTITIONER);
    }

    @Test
    void aSubmittedReferralStartsItsClocksFromReceipt() {
        ContactView contact = contacts.find(fixtures.referral(council)).orElseThrow();
        assertThat(contact.status()).isEqualTo(ContactStatus.RECEIVED);
        assertThat(contact.priority()).isEqualTo(Priority.AMBER);
        assertThat(contact.decisionDueAt()).isEqualTo(calendar.workingDaysAfter(contact.receivedAt(), 1));
        assertThat(contact.priorityDueAt()).as("only a red contact has a red-priority clock").isNull();
    }

    @Test
    void anOutOfHoursContactWaitsForTheDayTeamUntilTenOnTheNextWorkingDay(
            @Autowired hearth.timeliness.Timescales timescales) {
        StaffMember outOfHours = council.user(Role.OUT_OF_HOURS_WORKER);
        ContactId id = frontDoor.submit(null, FixtureCouncil.referralAbout("Kai", "Night" + council.tag(),
                LocalDate.now().minusYears(3), null), outOfHours);
        ContactView contact = contacts.find(id).orElseThrow();
        assertThat(contact.awaitsHandover()).isTrue();
        assertThat(contact.handoverDueAt()).isEqualTo(timescales.dueAfter(
                hearth.timeliness.ClockKind.OUT_OF_HOURS_HANDOVER, contact.receivedAt()));
        assertThat(contact.handoverDueAt().atZone(WorkingCalendar.LONDON).toLocalTime())
                .isEqualTo(java.time.LocalTime.of(10, 0));
        frontDoor.assign(id, contacts.find(id).orElseThrow().version(), hub);
        assertThat(contacts.find(id).orElseThrow().awaitsHandover()).isFalse();
    }

    @Test
    void consentMustBeRecordedWithAReasonUnlessGiven() {
        ReferralDetails noReason = withConsent(Consent.NOT_SOUGHT_OTHER, null, null);
        assertThatThrownBy(() -> frontDoor.submit(null, noReason, partner)).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.errors()).containsKey("consentReason"));
        ReferralDetails overridden = withConsent(Consent.OVERRIDDEN, "Risk of harm if parents told", null);
        assertThatThrownBy(() -> frontDoor.submit(null, overridden, partner)).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.errors()).containsKey("consentOverriddenBy"));
        ReferralDetails none = withConsent(null, null, null);
        assertThatThrownBy(() -> frontDoor.submit(null, none, partner)).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.errors()).containsKey("consent"));
    }

    @Test
    void aDraftIsKeptIncompleteAndSentLater() {
        ReferralDetails incomplete = withConsent(null, null, null);
        ContactId draft = frontDoor.saveDraft(null, incomplete, partner);
        assertThat(contacts.find(draft).orElseThrow().isDraft()).isTrue();
        assertThat(contacts.queue(ContactQueries.QueueFilter.all(), hub)).extracting(ContactView::id).doesNotContain(draft);
        frontDoor.submit(draft, withConsent(Consent.GIVEN, null, null), partner);
        assertThat(contacts.find(draft).orElseThrow().status()).isEqualTo(ContactStatus.RECEIVED);
        assertThatThrownBy(() -> frontDoor.saveDraft(draft, incomplete, partner)).isInstanceOf(InvalidInput.class);
    }

    @Test
    void theHubSeesAMatchedChildWhileTheContactIsOpenAndTheDecisionNeedsAManager() {
        PersonId child = fixtures.allocatedChild(council);
        ContactId contact = fixtures.referral(council);
        assertThat(access.decide(hub, child)).isEqualTo(CaseFileAccess.Decision.DENIED);
        frontDoor.matchChild(contact, contacts.find(contact).orElseThrow().version(), 0, child, hub);
        assertThat(access.decide(hub, child)).isEqualTo(CaseFileAccess.Decision.ALLOWED);
        assertThat(chronology.entries(child, new Chronology.Filter("Contact received", null, null))).hasSize(1);

        frontDoor.decide(contact, contacts.find(contact).orElseThrow().version(), ThresholdLevel.CHILD_IN_NEED,
                "Repeated domestic abuse with the child present", Outcome.ASSESSMENT, hub);
        assertThat(contacts.find(contact).orElseThrow().awaitsAuthorisation()).isTrue();
        assertThat(contacts.madeBy(partner.organisation(), partner)).filteredOn(c -> c.id().equals(contact))
                .extracting(ContactView::statusLabel).containsExactly("Decision awaiting authorisation");
        assertThatThrownBy(() -> frontDoor.authorise(contact, contacts.find(contact).orElseThrow().version(), hub))
                .isInstanceOf(hearth.access.AccessDenied.class);

        frontDoor.authorise(contact, contacts.find(contact).orElseThrow().version(), council.user(Role.MASH_MANAGER));
        ContactView decided = contacts.find(contact).orElseThrow();
        assertThat(decided.status()).isEqualTo(ContactStatus.DECIDED);
        assertThat(decided.outcome()).isEqualTo(Outcome.ASSESSMENT);
        assertThat(access.decide(hub, child)).isEqualTo(CaseFileAccess.Decision.DENIED);
        assertThat(chronology.entries(child, new Chronology.Filter("Front door decision", null, null)))
                .extracting(Chronology.Entry::summary).first().asString().contains("Level 3", "Child and family assessment");
    }

    @Test
    void aHubManagerChangesTheDecisionWhenAuthorisingItSayingWhyAndWhatWasProposedIsKept() throws Exception {
        PersonId child = fixtures.allocatedChild(council);
        ContactId contact = fixtures.referral(council);
        frontDoor.matchChild(contact, contacts.find(contact).orElseThrow().version(), 0, child, hub);
        frontDoor.decide(contact, contacts.find(contact).orElseThrow().version(), ThresholdLevel.CHILD_IN_NEED,
                "Repeated domestic abuse with the child present", Outcome.ASSESSMENT, hub);
        StaffMember hubManager = council.user(Role.MASH_MANAGER);
        int version = contacts.find(contact).orElseThrow().version();

        assertThatThrownBy(() -> frontDoor.authoriseChanged(contact, version, null, null, " ", hubManager))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors())
                        .containsOnlyKeys("changedLevel", "changedOutcome", "changeReason"));
        assertThatThrownBy(() -> frontDoor.authoriseChanged(contact, version, ThresholdLevel.CHILD_IN_NEED,
                Outcome.ASSESSMENT, "No change", hubManager)).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.errors().get("changedLevel")).startsWith("That is the decision already made"));
        assertThatThrownBy(() -> frontDoor.authoriseChanged(contact, version, ThresholdLevel.EARLY_HELP,
                Outcome.EARLY_HELP, "Not mine to change", hub)).isInstanceOf(hearth.access.AccessDenied.class);
        String refused = mvc.perform(post("/front-door/contacts/" + contact + "/authorise-changed")
                .param("version", String.valueOf(version)).param("changedLevel", "2")
                .with(user(users.loadUserByUsername(hubManager.username()))).with(csrf())).andReturn().getResponse()
                .getContentAsString();
        assertThat(refused).contains("Say why you changed the decision", "Select what happens next")
                .containsPattern("name=\"changedLevel\" type=\"radio\"\\s+value=\"2\" checked");
        assertThat(contacts.find(contact).orElseThrow().awaitsAuthorisation()).as("nothing refused was kept").isTrue();

        var response = mvc.perform(post("/front-door/contacts/" + contact + "/authorise-changed")
                .param("version", String.valueOf(version)).param("changedLevel", "2").param("changedOutcome", "EARLY_HELP")
                .param("changeReason", "Mother is engaging with the family hub; early help first")
                .with(user(users.loadUserByUsername(hubManager.username()))).with(csrf())).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(302);
        ContactView decided = contacts.find(contact).orElseThrow();
        assertThat(decided.status()).isEqualTo(ContactStatus.DECIDED);
        assertThat(decided.thresholdLevel()).isEqualTo(2);
        assertThat(decided.outcome()).isEqualTo(Outcome.EARLY_HELP);
        assertThat(decided.rationale()).isEqualTo("Repeated domestic abuse with the child present");
        assertThat(contacts.authorisationChange(contact)).hasValue(new ContactQueries.AuthorisationChange(
                ThresholdLevel.CHILD_IN_NEED, Outcome.ASSESSMENT, "Mother is engaging with the family hub; early help first"));
        assertThat(chronology.entries(child, new Chronology.Filter("Decision changed at authorisation", null, null)))
                .extracting(Chronology.Entry::summary).first().asString()
                .contains("Proposed: Level 3", "Authorised: Level 2", "early help first");
        String page = mvc.perform(get("/front-door/contacts/" + contact)
                .with(user(users.loadUserByUsername(hubManager.username())))).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("Changed at authorisation", "The practitioner proposed Level 3");
        assertThatThrownBy(() -> frontDoor.authoriseChanged(contact, version, ThresholdLevel.UNIVERSAL,
                Outcome.NO_FURTHER_ACTION, "Twice", hubManager)).as("authorised once").isInstanceOf(RuntimeException.class);
    }

    @Test
    void aSecondReferralWithinTwelveMonthsIsFlaggedAsAReReferral() {
        PersonId child = fixtures.allocatedChild(council);
        for (int i = 0; i < 2; i++) {
            ContactId contact = fixtures.referral(council);
            frontDoor.matchChild(contact, contacts.find(contact).orElseThrow().version(), 0, child, hub);
            frontDoor.decide(contact, contacts.find(contact).orElseThrow().version(), ThresholdLevel.CHILD_IN_NEED,
                    "Needs assessment", Outcome.ASSESSMENT, hub);
            frontDoor.authorise(contact, contacts.find(contact).orElseThrow().version(), council.user(Role.MASH_MANAGER));
        }
        assertThat(alerts.current(child)).extracting(CaseAlerts.Alert::kind).containsExactly("RE_REFERRAL");
    }

    @Test
    void aDecisionOnAnOutOfDateScreenIsRefused() {
        ContactId contact = fixtures.referral(council);
        int version = contacts.find(contact).orElseThrow().version();
        frontDoor.decide(contact, version, ThresholdLevel.EARLY_HELP, "Family agree to early help", Outcome.EARLY_HELP,
                hub);
        assertThatThrownBy(() -> frontDoor.decide(contact, version, ThresholdLevel.UNIVERSAL, "No", Outcome.SIGNPOST,
                hub)).isInstanceOf(hearth.platform.ConcurrentEdit.class);
    }

    @Test
    void theQueueShowsTheMostUrgentFirst() {
        ContactId standard = frontDoor.submit(null, withUrgency("STANDARD"), partner);
        ContactId immediate = frontDoor.submit(null, withUrgency("IMMEDIATE"), partner);
        List<ContactId> order = contacts.queue(ContactQueries.QueueFilter.all(), hub).stream().map(ContactView::id)
                .filter(id -> id.equals(standard) || id.equals(immediate)).toList();
        assertThat(order).containsExactly(immediate, standard);
        assertThat(contacts.queue(new ContactQueries.QueueFilter(Priority.RED, null, null, null, null), hub))
                .extracting(ContactView::id).contains(immediate).doesNotContain(standard);
        assertThat(contacts.queue(new ContactQueries.QueueFilter(null, null, "2A", null, null), hub))
                .extracting(ContactView::id).doesNotContain(immediate, standard);
        assertThat(contacts.queue(new ContactQueries.QueueFilter(null, "ONLINE_FORM", "6", null, partner.id()), hub))
                .isEmpty();
    }

    @Test
    void informationRequestsHaveAnAnswerDueInWorkingHoursOnAClockAndRecordTheChecksDone() {
        ContactId contact = fixtures.referral(council);
        InformationRequestId request = requests.ask(contact, "HEALTH", "Health visitor", "Any concerns about the baby's growth?", hub);
        InformationRequests.Request asked = requests.forContact(contact).get(0);
        assertThat(asked.dueAt()).isEqualTo(calendar.workingHoursAfter(asked.requestedAt(), 4));
        assertThat(asked.answered()).isFalse();
        ClockSubject subject = ClockSubject.informationRequest(request);
        assertThat(clocks.about(ClockSubject.Type.INFORMATION_REQUEST, List.of(request)))
                .singleElement().satisfies(due -> {
                    assertThat(due.kind()).isEqualTo(ClockKind.INFORMATION_REQUEST_ANSWER);
                    assertThat(due.dueAt()).isEqualTo(asked.dueAt());
                    assertThat(due.isOpen()).isTrue();
                });
        requests.answer(contact, request, "Growth on the 25th centile; seen last week; no concerns.");
        assertThat(requests.forContact(contact).get(0).answered()).isTrue();
        assertThat(clocks.about(ClockSubject.Type.INFORMATION_REQUEST, List.of(request)))
                .singleElement().satisfies(due -> assertThat(due.status()).isEqualTo(ClockStatus.MET));
        assertThat(clocks.dueAt(ClockKind.INFORMATION_REQUEST_ANSWER, subject)).hasValue(asked.dueAt());
        assertThatThrownBy(() -> requests.answer(contact, request, "again")).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> requests.ask(contact, "ASTROLOGER", null, "", hub))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors()).containsKeys("agency", "question"));
    }

    @Test
    void oneQuestionToThreeAgenciesInOnePostMakesThreeRequestsEachWithItsClock() throws Exception {
        ContactId contact = fixtures.referral(council);
        String path = "/front-door/contacts/" + contact + "/requests";
        String refused = mvc.perform(post(path).param("agencies", "POLICE", "SCHOOL").param("question", " ")
                        .with(user(users.loadUserByUsername(hub.username()))).with(csrf()))
                .andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Enter what you need to know")
                .containsPattern("value=\"POLICE\" checked").containsPattern("value=\"SCHOOL\" checked")
                .doesNotContainPattern("value=\"HEALTH\" checked");
        mvc.perform(post(path).param("agencies", "POLICE", "ASTROLOGER").param("question", "Any call-outs?")
                .with(user(users.loadUserByUsername(hub.username()))).with(csrf()));
        assertThat(requests.forContact(contact)).as("an unknown agency refuses the whole post").isEmpty();

        mvc.perform(post(path).param("agencies", "POLICE", "HEALTH", "SCHOOL")
                        .param("question", "Anything known about the household?")
                        .with(user(users.loadUserByUsername(hub.username()))).with(csrf()))
                .andExpect(redirectedUrl("/front-door/contacts/" + contact));

        List<InformationRequests.Request> asked = requests.forContact(contact);
        assertThat(asked).extracting(InformationRequests.Request::agency)
                .containsExactlyInAnyOrder("POLICE", "HEALTH", "SCHOOL");
        assertThat(asked).extracting(InformationRequests.Request::question)
                .containsOnly("Anything known about the household?");
        assertThat(clocks.about(ClockSubject.Type.INFORMATION_REQUEST,
                asked.stream().map(InformationRequests.Request::id).toList()))
                .hasSize(3).allSatisfy(due -> {
                    assertThat(due.kind()).isEqualTo(ClockKind.INFORMATION_REQUEST_ANSWER);
                    assertThat(due.isOpen()).isTrue();
                });
    }

    @Test
    void conversionIsReportedBySourceAndByHowContactsCameIn() {
        ContactId contact = fixtures.referral(council);
        frontDoor.decide(contact, contacts.find(contact).orElseThrow().version(), ThresholdLevel.CHILD_IN_NEED,
                "Assess", Outcome.ASSESSMENT, hub);
        frontDoor.authorise(contact, contacts.find(contact).orElseThrow().version(), council.user(Role.MASH_MANAGER));
        LocalDate since = LocalDate.now().minusDays(1);
        assertThat(contacts.conversionBySource(since)).extracting(ContactQueries.Conversion::source).contains("6");
        assertThat(contacts.conversionByChannel(since)).filteredOn(c -> c.source().equals("ONLINE_FORM"))
                .singleElement().satisfies(c -> assertThat(c.referrals()).isPositive());
    }

    @Test
    void aPriorityOrQueueFilterThatIsNoPriorityIsABadRequestOrIgnoredNeverAServerError() throws Exception {
        ContactId contact = fixtures.referral(council);
        mvc.perform(post("/front-door/contacts/" + contact + "/priority").param("priority", "URGENT")
                        .with(user(users.loadUserByUsername(hub.username()))).with(csrf()))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/front-door").param("priority", "URGENT").with(user(users.loadUserByUsername(hub.username()))))
                .andExpect(status().isOk());
    }

    @Test
    void aChildNobodyKnowsIsRecordedFromTheContactAndMatchedInOneStep() throws Exception {
        ContactId contact = frontDoor.submit(null, FixtureCouncil.referralAbout("Zara", "Newcomer" + council.tag(),
                LocalDate.of(2018, 5, 6), partner.organisation()), partner);
        mvc.perform(post("/front-door/contacts/" + contact + "/record-child").param("position", "0")
                        .param("version", String.valueOf(contacts.find(contact).orElseThrow().version()))
                        .with(user(users.loadUserByUsername(hub.username()))).with(csrf()))
                .andExpect(redirectedUrl("/front-door/contacts/" + contact));
        PersonId person = contacts.find(contact).orElseThrow().children().get(0).personId();
        assertThat(person).isNotNull();
        assertThat(access.decide(hub, person)).isEqualTo(CaseFileAccess.Decision.ALLOWED);
    }

    private ReferralDetails withConsent(Consent consent, String reason, String overriddenBy) {
        ReferralDetails base = FixtureCouncil.referralAbout("Kai", "Consent" + council.tag(), LocalDate.of(2018, 1, 1),
                partner.organisation());
        return new ReferralDetails(base.channel(), base.referralSource(), base.children(), base.family(), base.worry(),
                base.childSaid(), base.tried(), base.factors(), base.urgency(), consent, reason, overriddenBy,
                base.referrerName(), base.referrerRole(), base.referrerOrganisation(), base.referrerPhone(),
                base.referrerEmail());
    }

    private ReferralDetails withUrgency(String urgency) {
        ReferralDetails base = withConsent(Consent.GIVEN, null, null);
        return new ReferralDetails(base.channel(), base.referralSource(), base.children(), base.family(), base.worry(),
                base.childSaid(), base.tried(), base.factors(), urgency, base.consent(), null, null, base.referrerName(),
                base.referrerRole(), base.referrerOrganisation(), base.referrerPhone(), base.referrerEmail());
    }

    @Test
    void anUnknownChildRecordedFromAContactSomeoneElseHasChangedIsNotLeftRecordedButUnmatched(
            @Autowired UnknownChildren unknownChildren, @Autowired hearth.people.PersonIndex people) {
        String surname = "Stale" + council.tag();
        ContactId contact = frontDoor.submit(null, FixtureCouncil.referralAbout("Ivo", surname, LocalDate.now().minusYears(4),
                partner.organisation()), partner);
        int seen = contacts.find(contact).orElseThrow().version();
        frontDoor.assign(contact, seen, council.user(Role.MASH_MANAGER));
        hearth.people.PersonDetails ivo = new hearth.people.PersonDetails(hearth.people.PersonKind.CHILD, "Ivo", surname,
                LocalDate.now().minusYears(4), null, "U", "NOBT", null, List.of(), null, null, null);

        assertThatThrownBy(() -> unknownChildren.recordAndMatch(contact, seen, 0, ivo, hub))
                .isInstanceOf(hearth.platform.ConcurrentEdit.class);
        assertThat(people.search(new hearth.people.SearchQuery("Ivo " + surname, null, null, null), hub))
                .filteredOn(p -> p.surname().equals(surname)).isEmpty();
        assertThat(contacts.find(contact).orElseThrow().children().get(0).personId()).isNull();
    }
}
