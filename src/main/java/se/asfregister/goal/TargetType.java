package se.asfregister.goal;

/** {@code PERCENT_GROWTH}: grow by targetValue % from the baseline year; {@code AT_LEAST}: reach targetValue. */
public enum TargetType {
    PERCENT_GROWTH,
    AT_LEAST
}
