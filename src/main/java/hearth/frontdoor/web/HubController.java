package hearth.frontdoor.web;

import static hearth.platform.Text.blankToNull;

import hearth.access.StaffMember;
import hearth.frontdoor.ContactId;
import hearth.frontdoor.ContactQueries;
import hearth.frontdoor.ContactReads;
import hearth.frontdoor.ContactStatus;
import hearth.frontdoor.ContactView;
import hearth.frontdoor.FrontDoor;
import hearth.frontdoor.InformationRequestId;
import hearth.frontdoor.InformationRequests;
import hearth.frontdoor.Priority;
import hearth.frontdoor.UnknownChildren;
import hearth.people.PersonDetails;
import hearth.people.PersonKind;
import hearth.people.PersonMatcher;
import hearth.people.PossibleDuplicate;
import hearth.platform.Choice;
import hearth.platform.ConcurrentEdit;
import hearth.platform.FormFields;
import hearth.platform.InvalidInput;
import hearth.platform.PersonId;
import hearth.platform.Saved;
import hearth.reference.CodeLists;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The hub: its queue, contacts taken by phone or email, screening, decisions and authorisation. */
@Controller
class HubController {

    private final FrontDoor frontDoor;
    private final ContactQueries contacts;
    private final PersonMatcher matcher;
    private final UnknownChildren unknownChildren;
    private final InformationRequests requests;
    private final FormOptions options;
    private final Clock clock;
    private final ContactReads reads;

    HubController(FrontDoor frontDoor, ContactQueries contacts, PersonMatcher matcher, UnknownChildren unknownChildren,
                  InformationRequests requests, FormOptions options, Clock clock, ContactReads reads) {
        this.frontDoor = frontDoor;
        this.contacts = contacts;
        this.matcher = matcher;
        this.unknownChildren = unknownChildren;
        this.requests = requests;
        this.options = options;
        this.clock = clock;
        this.reads = reads;
    }

    @GetMapping("/front-door")
    String queue(@RequestParam(required = false) String priority, @RequestParam(required = false) String channel,
                 @RequestParam(required = false) String source,
                 @RequestParam(required = false) Integer olderThanHours, @RequestParam(defaultValue = "false") boolean mine,
                 @RequestParam(required = false) String status, Model model) {
        Priority p = Choice.of(Priority.class, priority);
        var before = olderThanHours == null ? null : clock.instant().minus(Duration.ofHours(olderThanHours));
        var filter = new ContactQueries.QueueFilter(p, blankToNull(channel), blankToNull(source), before,
                mine ? StaffMember.require().id() : null, openStatus(status));
        options.addTo(model);
        model.addAttribute("status", status).addAttribute("statuses", Stream.of(
                ContactStatus.RECEIVED, ContactStatus.AWAITING_AUTHORISATION)
                .map(s -> new CodeLists.Code(s.name(), s.label())).toList());
        model.addAttribute("contacts", contacts.queue(filter, StaffMember.require())).addAttribute("now", clock.instant())
                .addAttribute("priority", priority).addAttribute("channel", channel).addAttribute("source", source)
                .addAttribute("olderThanHours", olderThanHours).addAttribute("mine", mine);
        return "frontdoor/queue";
    }

    /** The queue holds open contacts only, so only an open status filters it; any other shows them all. */
    private static ContactStatus openStatus(String status) {
        ContactStatus chosen = Choice.of(ContactStatus.class, status);
        return chosen != null && chosen.open() ? chosen : null;
    }

    @GetMapping("/front-door/contacts/new")
    String newContact(Model model) {
        return form(model, ReferralForm.blank(StaffMember.require()), Map.of());
    }

    @PostMapping("/front-door/contacts/new")
    String record(FormFields posted, Model model) {
        ReferralForm form = ReferralForm.from(posted);
        String channel = form.channel() == null ? "PHONE" : form.channel();
        try {
            ContactId id = frontDoor.submit(null, form.details(channel, frontDoor), StaffMember.require());
            return Saved.redirect("/front-door/contacts/" + id, "Contact recorded", null);
        } catch (InvalidInput invalid) {
            return form(model, form, invalid.errors());
        }
    }

    @GetMapping("/front-door/contacts/{id}")
    String screen(@PathVariable ContactId id, Model model) {
        return screenPage(model, load(id), Map.of());
    }

    @PostMapping("/front-door/contacts/{id}/assign")
    String assignToMe(@PathVariable ContactId id, @RequestParam(defaultValue = "-1") int version) {
        frontDoor.assign(id, version, StaffMember.require());
        return "redirect:/front-door/contacts/" + id;
    }

    @PostMapping("/front-door/contacts/{id}/priority")
    String reprioritise(@PathVariable ContactId id, @RequestParam String priority,
                        @RequestParam(defaultValue = "-1") int version) {
        frontDoor.reprioritise(id, version, Choice.required(Priority.class, priority, "priority", "Select a priority"),
                StaffMember.require());
        return "redirect:/front-door/contacts/" + id;
    }

    @PostMapping("/front-door/contacts/{id}/match")
    String match(@PathVariable ContactId id, @RequestParam int position, @RequestParam(required = false) PersonId personId,
                 @RequestParam(defaultValue = "-1") int version, Model model) {
        if (personId == null) {
            return screenPage(model, load(id), Map.of("personId", "Select the person this child is"));
        }
        try {
            frontDoor.matchChild(id, version, position, personId, StaffMember.require());
        } catch (InvalidInput invalid) {
            return screenPage(model, load(id), invalid.errors());
        }
        return "redirect:/front-door/contacts/" + id;
    }

    /** Nobody in the index is this child: record them from what the referrer said, then match. */
    @PostMapping("/front-door/contacts/{id}/record-child")
    String recordChild(@PathVariable ContactId id, @RequestParam int position,
                       @RequestParam(defaultValue = "-1") int version, Model model) {
        ContactView contact = load(id);
        ContactView.Child child = contact.children().stream().filter(c -> c.position() == position).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        StaffMember me = StaffMember.require();
        try {
            unknownChildren.recordAndMatch(id, version, position, new PersonDetails(PersonKind.CHILD, child.forenames(),
                    child.surname(), child.dateOfBirth(), null, "U", "NOBT", null, List.of(), null, null, null), me);
        } catch (PossibleDuplicate duplicate) {
            return screenPage(model, contact, Map.of("personId", "Someone with the same name and date of birth is "
                    + "already recorded: choose them from the matches"));
        } catch (InvalidInput invalid) {
            return screenPage(model, contact, Map.of("personId", "This child cannot be recorded from the contact alone ("
                    + String.join("; ", invalid.errors().values()) + "): use Record a person"));
        }
        return "redirect:/front-door/contacts/" + id;
    }

    @PostMapping("/front-door/contacts/{id}/requests")
    String ask(@PathVariable ContactId id, @ModelAttribute("request") InformationRequestForm form, Model model) {
        List<InformationRequestId> asked;
        try {
            asked = requests.askEach(load(id).id(), form.agencies(), form.askedOf(), form.question(), StaffMember.require());
        } catch (InvalidInput invalid) {
            return screenPage(model, load(id), invalid.errors());
        }
        Map<InformationRequestId, String> labels = requests.forContact(id).stream().collect(
                Collectors.toMap(InformationRequests.Request::id, InformationRequests.Request::agencyLabel));
        List<String> agencies = asked.stream().map(labels::get).toList();
        // The last asked heads the list (newest first), so the banner's link goes to the top of what was sent.
        return Saved.redirect("/front-door/contacts/" + id, (agencies.size() == 1 ? "Request" : "Requests")
                + " for information sent to " + listed(agencies), "request-" + asked.get(asked.size() - 1));
    }

    /** "Police", "Police and Health", "Police, Health and School". */
    private static String listed(List<String> names) {
        int last = names.size() - 1;
        return last < 1 ? String.join("", names) : String.join(", ", names.subList(0, last)) + " and " + names.get(last);
    }

    @PostMapping("/front-door/contacts/{id}/requests/{requestId}/response")
    String answer(@PathVariable ContactId id, @PathVariable InformationRequestId requestId, @RequestParam(required = false) String response,
                  Model model) {
        try {
            requests.answer(id, requestId, response);
        } catch (InvalidInput invalid) {
            return screenPage(model, load(id), invalid.errors());
        }
        return Saved.redirect("/front-door/contacts/" + id, "Answer recorded", "request-" + requestId);
    }

    @PostMapping("/front-door/contacts/{id}/decide")
    String decide(@PathVariable ContactId id, @ModelAttribute("decision") ThresholdDecisionForm form, Model model) {
        try {
            frontDoor.decide(id, form.contactVersion(), form.level(), form.rationale(), form.next(),
                    StaffMember.require());
            return Saved.redirect("/front-door/contacts/" + id, "Threshold decision recorded", null);
        } catch (InvalidInput invalid) {
            return screenPage(model, load(id), invalid.errors());
        }
    }

    @PostMapping("/front-door/contacts/{id}/authorise")
    String authorise(@PathVariable ContactId id, @RequestParam(defaultValue = "-1") int version, Model model) {
        try {
            frontDoor.authorise(id, version, StaffMember.require());
        } catch (InvalidInput invalid) {
            return screenPage(model, load(id), invalid.errors());
        }
        return Saved.redirect("/front-door/contacts/" + id, "Decision authorised; the referrer can now see the outcome",
                null);
    }

    @PostMapping("/front-door/contacts/{id}/authorise-changed")
    String authoriseChanged(@PathVariable ContactId id, @ModelAttribute("change") AuthorisationChangeForm form,
                            Model model) {
        try {
            frontDoor.authoriseChanged(id, form.contactVersion(), form.level(), form.next(), form.changeReason(),
                    StaffMember.require());
        } catch (InvalidInput invalid) {
            return screenPage(model, load(id), invalid.errors());
        }
        return Saved.redirect("/front-door/contacts/" + id, "Changed decision authorised; the referrer can now see "
                + "the outcome", null);
    }

    @GetMapping("/front-door/conversion")
    String conversion(Model model) {
        var since = java.time.LocalDate.now(clock).minusYears(1);
        var rows = labelled(contacts.conversionBySource(since), options::sourceLabel);
        model.addAttribute("rows", rows)
                .addAttribute("maxContacts", rows.stream().mapToLong(r -> r.getValue().contacts()).max().orElse(1))
                .addAttribute("breakdowns", List.of(Map.entry("By source", rows),
                        Map.entry("How contacts came in", labelled(contacts.conversionByChannel(since), HubController::words)),
                        Map.entry("Police notifications by kind of incident",
                                labelled(contacts.conversionByIncidentType(since), HubController::words))));
        return "frontdoor/conversion";
    }

    private String screenPage(Model model, ContactView contact, Map<String, String> errors) {
        Map<Integer, List<PersonMatcher.Candidate>> candidates = new LinkedHashMap<>();
        StaffMember me = StaffMember.require();
        reads.audited(contact, me, "VIEW_CONTACT");
        for (ContactView.Child child : contact.children()) {
            if (child.personId() == null && !child.restricted() && contact.isOpen()) {
                candidates.put(child.position(), matcher.candidates(new PersonMatcher.Described(child.forenames(),
                        child.surname(), child.dateOfBirth(), child.postcode()), me));
            }
        }
        options.addTo(model);
        model.addAttribute("contact", contact).addAttribute("candidates", candidates).addAttribute("errors", errors)
                .addAttribute("family", contacts.aboutTheSameFamily(contact.id(), me))
                .addAttribute("requests", requests.forContact(contact.id()))
                .addAttribute("agencies", InformationRequests.AGENCIES.stream()
                        .map(a -> new CodeLists.Code(a, a.charAt(0) + a.substring(1).toLowerCase())).toList())
                .addAttribute("now", clock.instant()).addAttribute("sourceLabel", options.sourceLabel(contact.referralSource()))
                .addAttribute("authorisationChange", contact.thresholdLevel() == null ? null
                        : contacts.authorisationChange(contact.id()).orElse(null))
                .addAttribute("factorLabels", contact.factors().stream().map(options::factorLabel).toList());
        return "frontdoor/contact";
    }

    private ContactView load(ContactId id) {
        return contacts.find(id, StaffMember.require()).filter(c -> !c.isDraft())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String form(Model model, ReferralForm form, Map<String, String> errors) {
        return options.referralPage(model, form, null, errors, "/front-door/contacts/new", true);
    }

    private static List<Map.Entry<String, ContactQueries.Conversion>> labelled(List<ContactQueries.Conversion> rows,
                                                                           java.util.function.Function<String, String> label) {
        return rows.stream().map(r -> Map.entry(label.apply(r.source()), r)).toList();
    }

    /** POLICE_NOTIFICATION or "domestic abuse" as "Police notification", "Domestic abuse". */
    private static String words(String code) {
        String text = code.replace('_', ' ').toLowerCase();
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
