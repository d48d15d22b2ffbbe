package hearth.access.web;

import hearth.access.Role;
import hearth.access.Staff;
import hearth.platform.Choice;
import hearth.platform.InvalidInput;
import hearth.platform.PostedId;

/** An administrator adding a user: every field as typed, checked all at once. */
record NewUserForm(String username, String displayName, String role, String teamId, String organisation,
                   String password) {

    static final NewUserForm BLANK = new NewUserForm(null, null, null, null, null, null);

    /** @throws InvalidInput naming every field that breaks its rule */
    Staff.NewUser user() {
        InvalidInput.Errors errors = new InvalidInput.Errors();
        if (!login().matches("[a-z0-9.\\-]{3,40}")) {
            errors.add("username", "Enter a username of 3 to 40 lower-case letters, digits, dots or hyphens");
        }
        if (displayName == null || displayName.isBlank()) {
            errors.add("displayName", "Enter the user's full name");
        }
        Role chosen = Choice.of(Role.class, role);
        if (chosen == null) {
            errors.add("role", "Select a role");
        }
        if (password == null || password.length() < UsersController.MINIMUM_PASSWORD) {
            errors.add("password", "Enter a first password of at least " + UsersController.MINIMUM_PASSWORD
                    + " characters");
        }
        errors.throwIfAny();
        return new Staff.NewUser(login(), displayName.strip(), chosen, PostedId.of(teamId), organisation, password);
    }

    String login() {
        return username == null ? "" : username.strip();
    }
}
