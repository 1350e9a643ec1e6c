package se.asfregister.company;

import java.util.Optional;

/**
 * Swedish organisationsnummer: ten digits, written {@code NNNNNN-NNNN}, the last digit a
 * Luhn check digit over the first nine. A sole trader (enskild firma) has no number of its
 * own: its organisationsnummer is the owner's personal identity number (personnummer,
 * {@code YYMMDD-NNNN}), told apart by its third digit, the first of the month, which is 0
 * or 1; a legal entity's third digit is 2 or more. Twelve-digit forms are read too: the
 * Swedish Tax Agency writes a legal entity's number with the prefix 16, and a personal
 * identity number with its century (19 or 20); both are stored with ten digits.
 */
public final class OrganisationNumber {

    public static final String FORMAT_MESSAGE = "must be a Swedish organisationsnummer, NNNNNN-NNNN or NNNNNNNNNN, "
            + "with a valid check digit";

    /** The canonical number, or the reason the input is not one. */
    public record Parsed(Optional<String> number, Optional<String> problem) {

        static Parsed of(String digits) {
            return luhnValid(digits)
                    ? new Parsed(Optional.of(digits.substring(0, 6) + "-" + digits.substring(6)), Optional.empty())
                    : refused(FORMAT_MESSAGE);
        }

        static Parsed refused(String problem) {
            return new Parsed(Optional.empty(), Optional.of(problem));
        }
    }

    private OrganisationNumber() {
    }

    /** The canonical {@code NNNNNN-NNNN} form, or empty when the input is not a valid number. */
    public static Optional<String> normalise(String input) {
        return parse(input).number();
    }

    /** The canonical {@code NNNNNN-NNNN} form, or a message that says what is wrong and how to write it. */
    public static Parsed parse(String input) {
        String s = input == null ? "" : input.trim();
        if (s.matches("\\d{10}") || s.matches("\\d{6}-\\d{4}")) {
            return Parsed.of(s.replace("-", ""));
        }
        if (s.matches("\\d{12}") || s.matches("\\d{8}-\\d{4}")) {
            return twelveDigits(s.replace("-", ""));
        }
        if (s.matches("\\d{9}")) {
            return Parsed.refused("has 9 digits; a spreadsheet may have dropped a leading zero: write it as "
                    + "text, NNNNNN-NNNN");
        }
        return Parsed.refused(FORMAT_MESSAGE);
    }

    /** 16 before a legal entity's number, a century before a personal identity number; nothing else. */
    private static Parsed twelveDigits(String digits) {
        String prefix = digits.substring(0, 2);
        String ten = digits.substring(2);
        boolean personal = personalShape(ten);
        if (prefix.equals("16") && !personal) {
            return Parsed.of(ten);
        }
        if ((prefix.equals("19") || prefix.equals("20")) && personal) {
            return Parsed.of(ten);
        }
        if (prefix.equals("16")) {
            return Parsed.refused("has the prefix 16 of a legal entity, but the rest is a personal identity number; "
                    + "write a sole trader's number with ten digits, NNNNNN-NNNN");
        }
        if (prefix.equals("19") || prefix.equals("20")) {
            return Parsed.refused("has a century (" + prefix + "), which only a personal identity number has; "
                    + "write a legal entity's number with ten digits, NNNNNN-NNNN");
        }
        return Parsed.refused("has 12 digits but starts with neither 16 (a legal entity) nor a century, 19 or 20 "
                + "(a sole trader); write it with ten digits, NNNNNN-NNNN");
    }

    /**
     * Whether a canonical number is a personal identity number (a sole trader's): personal
     * data, never shown to anonymous callers.
     */
    public static boolean isPersonalIdentityNumber(String canonical) {
        return canonical != null && canonical.length() >= 3 && personalShape(canonical);
    }

    private static boolean personalShape(String digits) {
        return digits.charAt(2) < '2';
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
