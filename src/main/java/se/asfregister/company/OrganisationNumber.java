package se.asfregister.company;

import java.util.Optional;

/**
 * Swedish organisationsnummer: ten digits, written {@code NNNNNN-NNNN}, the last digit a
 * Luhn check digit over the first nine.
 */
public final class OrganisationNumber {

    private OrganisationNumber() {
    }

    /** The canonical {@code NNNNNN-NNNN} form, or empty when the input is not a valid number. */
    public static Optional<String> normalise(String input) {
        if (input == null) {
            return Optional.empty();
        }
        String s = input.trim();
        String digits;
        if (s.matches("\\d{10}")) {
            digits = s;
        } else if (s.matches("\\d{6}-\\d{4}")) {
            digits = s.substring(0, 6) + s.substring(7);
        } else {
            return Optional.empty();
        }
        if (!luhnValid(digits)) {
            return Optional.empty();
        }
        return Optional.of(digits.substring(0, 6) + "-" + digits.substring(6));
    }

    static boolean luhnValid(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(i) - '0';
            // From the left over ten digits: positions 0, 2, 4, ... are doubled.
            if (i % 2 == 0) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return sum % 10 == 0;
    }
}
