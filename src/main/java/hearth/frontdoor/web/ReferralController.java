package hearth.frontdoor.web;

import hearth.access.StaffMember;
import hearth.frontdoor.ContactId;
import hearth.frontdoor.ContactQueries;
import hearth.frontdoor.ContactReads;
import hearth.frontdoor.ContactView;
import hearth.frontdoor.FrontDoor;
import hearth.platform.FormFields;
import hearth.platform.InvalidInput;
import hearth.platform.Saved;
import java.util.Map;
import java.util.Objects;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Partner referrers (police, health, schools) make referrals online and see the outcome
 * of every referral their organisation made, never a child's case file.
 */
@Controller
class ReferralController {

    private final FrontDoor frontDoor;
    private final ContactQueries contacts;
    private final FormOptions options;
    private final ContactReads reads;

    ReferralController(FrontDoor frontDoor, ContactQueries contacts, FormOptions options, ContactReads reads) {
        this.frontDoor = frontDoor;
        this.contacts = contacts;
        this.options = options;
        this.reads = reads;
    }

    @GetMapping("/referrals")
    String list(Model model) {
        StaffMember me = StaffMember.require();
        model.addAttribute("referrals", contacts.madeBy(organisation(me), me));
        return "frontdoor/referrals";
    }

    @GetMapping("/referrals/new")
    String newReferral(Model model) {
        return form(model, ReferralForm.blank(StaffMember.require()), null, Map.of());
    }

    @GetMapping("/referrals/{id}/edit")
    String editDraft(@PathVariable ContactId id, Model model) {
        ContactView draft = ownOrganisations(id);
        if (!draft.isDraft()) {
            return "redirect:/referrals/" + id;
        }
        return form(model, ReferralForm.of(draft), id, Map.of());
    }

    @PostMapping("/referrals/new")
    String save(FormFields posted, @RequestParam(required = false) ContactId draftId,
                @RequestParam(defaultValue = "submit") String action, Model model) {
        StaffMember me = StaffMember.require();
        ReferralForm form = ReferralForm.from(posted).from(organisation(me));
        try {
            if ("draft".equals(action)) {
                ContactId id = frontDoor.saveDraft(draftId, form.details("ONLINE_FORM", null), me);
                return Saved.redirect("/referrals/" + id + "/edit", "Your draft referral is saved. Nothing has been sent yet",
                        null);
            }
            ContactId id = frontDoor.submit(draftId, form.details("ONLINE_FORM", frontDoor), me);
            return Saved.redirect("/referrals/" + id, "Referral sent to the front door", null);
        } catch (InvalidInput invalid) {
            return form(model, form, draftId, invalid.errors());
        }
    }

    @GetMapping("/referrals/{id}")
    String show(@PathVariable ContactId id, Model model) {
        ContactView contact = reads.audited(ownOrganisations(id), StaffMember.require(), "VIEW_REFERRAL");
        model.addAttribute("contact", contact).addAttribute("sourceLabel", options.sourceLabel(contact.referralSource()));
        return "frontdoor/referral";
    }

    private ContactView ownOrganisations(ContactId id) {
        StaffMember me = StaffMember.require();
        ContactView contact = contacts.find(id, me).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!Objects.equals(contact.referrerOrganisation(), organisation(me))) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return contact;
    }

    private static String organisation(StaffMember me) {
        return me.organisation() != null ? me.organisation() : me.teamName();
    }

    private String form(Model model, ReferralForm form, ContactId draftId, Map<String, String> errors) {
        return options.referralPage(model, form, draftId, errors, "/referrals/new", false);
    }
}
