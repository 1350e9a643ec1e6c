package se.asfregister.esf;

import java.util.List;

/** The genders every ESF+ count is broken down by (Annex I: women, men, non-binary persons). */
public enum Gender {
    WOMEN("women"),
    MEN("men"),
    NON_BINARY("nonBinary");

    public static final List<Gender> ALL = List.of(values());

    public final String key;

    Gender(String key) {
        this.key = key;
    }
}
