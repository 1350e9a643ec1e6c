package se.asfregister.common;

/**
 * A list's query parameters as sent, declared once (a {@code @BeanParam} record) for its JSON
 * page and its CSV and Excel exports.
 *
 * @param <F> the filter they parse to
 */
public interface ListQuery<F> {

    /** The filters, parsed; a 400 naming the parameter for a bad value. */
    F filter();

    /** The {@code sort} parameter as sent, or null. */
    String sort();

    /** The order when {@code sort} is not sent. */
    default String defaultSort() {
        return "id";
    }
}
