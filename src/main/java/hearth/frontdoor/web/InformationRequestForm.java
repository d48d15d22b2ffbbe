package hearth.frontdoor.web;

import java.util.List;

/** A question the hub asks one or more agencies about a contact: each ticked agency gets its own request. */
record InformationRequestForm(List<String> agencies, String askedOf, String question) {
}
