package se.asfregister.web;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The id that ties one request's response, problem body and log lines together. A caller (or
 * a proxy in front of the service) may bring its own in {@code X-Request-Id}, so that one id
 * follows a request through several systems; it is taken only when it is well-formed, because
 * it is written into every log line and echoed in a header: no spaces, quotes or line breaks
 * that could forge a log line or a header, and short enough to keep lines short.
 */
public final class RequestId {

    /** Request header a caller may set, and response header that always carries the id. */
    public static final String HEADER = "X-Request-Id";

    /** Key of the id in the logging context (MDC): {@code %X{requestId}} in a log format, {@code mdc.requestId} in JSON. */
    public static final String MDC_KEY = "requestId";

    /** Letters, digits and {@code - _ . :}, 1 to 64 characters, starting with a letter or digit: UUIDs, trace ids, most proxies' ids. */
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");

    private RequestId() {
    }

    public static boolean wellFormed(String candidate) {
        return candidate != null && WELL_FORMED.matcher(candidate).matches();
    }

    /** The caller's id when it is well-formed, a new random UUID otherwise. */
    public static String acceptOrGenerate(String incoming) {
        return wellFormed(incoming) ? incoming : UUID.randomUUID().toString();
    }
}
