package hearth.people.web;

import hearth.people.Professionals;
import hearth.platform.PostedId;

/** A professional around the child: their role, school or practice, and how to reach them. */
record ProfessionalForm(String role, String organisationId, String name, String phone, String email) {

    Professionals.NewContact contact() {
        return new Professionals.NewContact(role, PostedId.of(organisationId), name, phone, email);
    }
}
