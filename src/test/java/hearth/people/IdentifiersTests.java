package hearth.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdentifiersTests {

    @Test
    void acceptsAnNhsNumberWhoseLastDigitIsTheModulus11CheckDigit() {
        assertThat(Identifiers.isValidNhs("943 476 5919")).isTrue();
        assertThat(Identifiers.isValidNhs("9434765919")).isTrue();
    }

    @Test
    void refusesAnNhsNumberWithAWrongCheckDigitOrLength() {
        assertThat(Identifiers.isValidNhs("9434765918")).isFalse();
        assertThat(Identifiers.isValidNhs("943476591")).isFalse();
        assertThat(Identifiers.isValidNhs("94347659199")).isFalse();
        assertThat(Identifiers.isValidNhs("abcdefghij")).isFalse();
    }

    @Test
    void refusesNineDigitsWhoseCheckDigitWouldBeTen() {
        // 1*10 + 0*9 + ... : a remainder of 1 gives 10, which no valid number can end with
        String firstNine = findFirstNineWithNoCheckDigit();
        assertThat(Identifiers.nhsCheckDigit(firstNine)).isEmpty();
        for (int d = 0; d <= 9; d++) {
            assertThat(Identifiers.isValidNhs(firstNine + d)).isFalse();
        }
    }

    @Test
    void acceptsAUpnWhoseFirstCharacterIsTheCheckLetter() {
        String twelve = "820200101001";
        char letter = Identifiers.upnCheckLetter(twelve);
        assertThat(Identifiers.isValidUpn(letter + twelve)).isTrue();
        assertThat(Identifiers.isValidUpn(Character.toLowerCase(letter) + twelve)).isTrue();
    }

    @Test
    void computesTheCheckLetterFromPositionWeightsModulo23() {
        // sum of digit * position for positions 2..13 of "820200101001", mod 23, indexes ABCDEFGHJKLMNPQRTUVWXYZ
        int sum = 8 * 2 + 2 * 3 + 0 * 4 + 2 * 5 + 0 * 6 + 0 * 7 + 1 * 8 + 0 * 9 + 1 * 10 + 0 * 11 + 0 * 12 + 1 * 13;
        assertThat(Identifiers.upnCheckLetter("820200101001")).isEqualTo("ABCDEFGHJKLMNPQRTUVWXYZ".charAt(sum % 23));
    }

    @Test
    void refusesAUpnWithTheWrongCheckLetterOrShape() {
        String twelve = "820200101001";
        char wrong = Identifiers.upnCheckLetter(twelve) == 'A' ? 'B' : 'A';
        assertThat(Identifiers.isValidUpn(wrong + twelve)).isFalse();
        assertThat(Identifiers.isValidUpn("A82020010100")).isFalse();
        assertThat(Identifiers.isValidUpn("1820200101001")).isFalse();
    }

    @Test
    void acceptsATemporaryUpnEndingInALetter() {
        String twelve = "82020010100A";
        assertThat(Identifiers.isValidUpn(Identifiers.upnCheckLetter(twelve) + twelve)).isTrue();
    }

    @Test
    void councilChildIdsAreUpToTwentyLettersAndDigits() {
        assertThat(Identifiers.isValidCouncilChildId("BK00001234")).isTrue();
        assertThat(Identifiers.isValidCouncilChildId("BK-1")).isFalse();
        assertThat(Identifiers.isValidCouncilChildId("A".repeat(21))).isFalse();
    }

    private static String findFirstNineWithNoCheckDigit() {
        for (int i = 100_000_000; ; i++) {
            String nine = String.valueOf(i);
            if (Identifiers.nhsCheckDigit(nine).isEmpty()) {
                return nine;
            }
        }
    }
}
