package hearth.frontdoor.web;

/** A question the hub asks another agency about a contact. */
record InformationRequestForm(String agency, String askedOf, String question) {
}
