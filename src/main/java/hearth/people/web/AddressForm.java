package hearth.people.web;

import hearth.people.Addresses;
import hearth.platform.DateField;
import hearth.platform.InvalidInput;
import java.time.LocalDate;

/** A move to a new address, as typed. */
record AddressForm(String line1, String line2, String town, String postcode, String movedInDay, String movedInMonth,
                   String movedInYear) {

    Addresses.NewAddress address() {
        return new Addresses.NewAddress(line1, line2, town, postcode);
    }

    /** @throws InvalidInput when the date is not a real one */
    LocalDate movedIn() {
        return DateField.readOrRefuse("movedIn", "The date they moved in", movedInDay, movedInMonth, movedInYear);
    }
}
