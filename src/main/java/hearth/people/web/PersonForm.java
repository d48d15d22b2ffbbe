package hearth.people.web;

import hearth.people.Person;
import hearth.people.PersonIndex;
import hearth.people.PersonDetails;
import hearth.people.PersonKind;
import hearth.platform.DateField;
import hearth.platform.InvalidInput;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What the person form posts: every field as typed, so a refused form shows it back unchanged. */
class PersonForm {
    private String kind = "CHILD";
    private String forenames;
    private String surname;
    private String dateOfBirthDay;
    private String dateOfBirthMonth;
    private String dateOfBirthYear;
    private String expectedDeliveryDay;
    private String expectedDeliveryMonth;
    private String expectedDeliveryYear;
    private String sex;
    private String ethnicity = "NOBT";
    private String firstLanguage;
    private List<String> disabilities = new ArrayList<>();
    private String nhsNumber;
    private String upn;
    private String councilChildId;
    private int version;
    private boolean despiteDuplicates;

    static PersonForm of(Person p) {
        PersonForm form = new PersonForm();
        form.kind = p.kind().name();
        form.forenames = p.forenames();
        form.surname = p.surname();
        if (p.dateOfBirth() != null) {
            form.dateOfBirthDay = String.valueOf(p.dateOfBirth().getDayOfMonth());
            form.dateOfBirthMonth = String.valueOf(p.dateOfBirth().getMonthValue());
            form.dateOfBirthYear = String.valueOf(p.dateOfBirth().getYear());
        }
        if (p.expectedDelivery() != null) {
            form.expectedDeliveryDay = String.valueOf(p.expectedDelivery().getDayOfMonth());
            form.expectedDeliveryMonth = String.valueOf(p.expectedDelivery().getMonthValue());
            form.expectedDeliveryYear = String.valueOf(p.expectedDelivery().getYear());
        }
        form.sex = p.sex();
        form.ethnicity = p.ethnicity();
        form.firstLanguage = p.firstLanguage();
        form.disabilities = new ArrayList<>(p.disabilities());
        form.nhsNumber = p.nhsNumber();
        form.upn = p.upn();
        form.councilChildId = p.councilChildId();
        form.version = p.version();
        return form;
    }

    /**
     * Reads the form, refusing impossible dates, and reports every other broken rule with
     * them, so the user sees all the problems at once.
     */
    PersonDetails details(PersonIndex people) {
        InvalidInput.Errors errors = new InvalidInput.Errors();
        PersonKind personKind = parseKind(errors);
        LocalDate born = DateField.read("dateOfBirth", "Date of birth", dateOfBirthDay, dateOfBirthMonth,
                dateOfBirthYear, errors);
        LocalDate due = DateField.read("expectedDelivery", "Expected date of delivery", expectedDeliveryDay,
                expectedDeliveryMonth, expectedDeliveryYear, errors);
        PersonDetails details = new PersonDetails(personKind, forenames, surname, born, due, sex, ethnicity,
                firstLanguage, disabilities == null ? List.of() : disabilities, nhsNumber, upn, councilChildId);
        if (!errors.isEmpty() && personKind != null) {
            people.check(details, errors);
        }
        errors.throwIfAny();
        return details;
    }

    private PersonKind parseKind(InvalidInput.Errors errors) {
        try {
            return PersonKind.valueOf(kind);
        } catch (IllegalArgumentException | NullPointerException e) {
            errors.add("kind", "Select whether this is a child, an unborn child or an adult");
            return null;
        }
    }

    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getForenames() { return forenames; }
    public void setForenames(String forenames) { this.forenames = forenames; }
    public String getSurname() { return surname; }
    public void setSurname(String surname) { this.surname = surname; }
    public String getDateOfBirthDay() { return dateOfBirthDay; }
    public void setDateOfBirthDay(String v) { this.dateOfBirthDay = v; }
    public String getDateOfBirthMonth() { return dateOfBirthMonth; }
    public void setDateOfBirthMonth(String v) { this.dateOfBirthMonth = v; }
    public String getDateOfBirthYear() { return dateOfBirthYear; }
    public void setDateOfBirthYear(String v) { this.dateOfBirthYear = v; }
    public String getExpectedDeliveryDay() { return expectedDeliveryDay; }
    public void setExpectedDeliveryDay(String v) { this.expectedDeliveryDay = v; }
    public String getExpectedDeliveryMonth() { return expectedDeliveryMonth; }
    public void setExpectedDeliveryMonth(String v) { this.expectedDeliveryMonth = v; }
    public String getExpectedDeliveryYear() { return expectedDeliveryYear; }
    public void setExpectedDeliveryYear(String v) { this.expectedDeliveryYear = v; }
    public String getSex() { return sex; }
    public void setSex(String sex) { this.sex = sex; }
    public String getEthnicity() { return ethnicity; }
    public void setEthnicity(String ethnicity) { this.ethnicity = ethnicity; }
    public String getFirstLanguage() { return firstLanguage; }
    public void setFirstLanguage(String firstLanguage) { this.firstLanguage = firstLanguage; }
    public List<String> getDisabilities() { return disabilities; }
    public void setDisabilities(List<String> disabilities) { this.disabilities = disabilities; }
    public String getNhsNumber() { return nhsNumber; }
    public void setNhsNumber(String nhsNumber) { this.nhsNumber = nhsNumber; }
    public String getUpn() { return upn; }
    public void setUpn(String upn) { this.upn = upn; }
    public String getCouncilChildId() { return councilChildId; }
    public void setCouncilChildId(String councilChildId) { this.councilChildId = councilChildId; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
    public boolean isDespiteDuplicates() { return despiteDuplicates; }
    public void setDespiteDuplicates(boolean despiteDuplicates) { this.despiteDuplicates = despiteDuplicates; }
}
