package se.asfregister.company;

/** What a caller may change of a company it may write to (see {@link RegisterFacts}). */
public enum EditScope {
    /** Everything, register facts included: admins. */
    EVERYTHING,
    /** The descriptive fields and the contact; the register facts must stay as they are: reporters. */
    DESCRIPTION_AND_CONTACT
}
