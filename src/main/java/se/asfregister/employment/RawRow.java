package se.asfregister.employment;

/**
 * One row of an import as the client sent it, before it is checked: text from a CSV file,
 * text or numbers from JSON. A value is null when the row does not hold it.
 */
interface RawRow {

    Object organisationNumber();

    Object period();

    Object value(Figure figure);
}
