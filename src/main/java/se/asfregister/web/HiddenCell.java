package se.asfregister.web;

/**
 * A table cell that the disclosure rules hide. CSV writes it as {@code ..} (Statistics
 * Sweden's mark for a figure that cannot be published), Excel leaves the cell blank; both say
 * why in the row's status column.
 */
public enum HiddenCell {
    INSTANCE;

    @Override
    public String toString() {
        return "..";
    }
}
