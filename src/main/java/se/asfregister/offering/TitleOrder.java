package se.asfregister.offering;

import java.text.CollationKey;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import se.asfregister.offering.OfferingRecords.OfferingResponse;

/**
 * The indexed offerings in Swedish title order (å, ä, ö after z), then id: the order of a search
 * without words. Kept with each build of the index, since sorting thousands of titles with a
 * collator at every such search cost more than the rest of the search; the collation key of each
 * title is worked out once, and a write sorts a list that is in order but for what it changed.
 */
final class TitleOrder {

    private static final Collator SWEDISH = Collator.getInstance(Locale.forLanguageTag("sv-SE"));
    private static final Comparator<Entry> ORDER = Comparator.comparing(Entry::key)
            .thenComparingLong(e -> e.offering().id());

    private record Entry(CollationKey key, OfferingResponse offering) {
    }

    private final List<Entry> entries;
    private final List<OfferingResponse> offerings;

    private TitleOrder(List<Entry> entries) {
        entries.sort(ORDER);
        this.entries = entries;
        this.offerings = entries.stream().map(Entry::offering).toList();
    }

    static TitleOrder of(Collection<OfferingResponse> offerings) {
        return new TitleOrder(new ArrayList<>(offerings.stream().map(TitleOrder::entry).toList()));
    }

    /** This order without the offerings {@code removed} and with {@code added}. */
    TitleOrder with(Set<Long> removed, Collection<OfferingResponse> added) {
        List<Entry> next = new ArrayList<>(entries.size() + added.size());
        entries.stream().filter(e -> !removed.contains(e.offering().id())).forEach(next::add);
        added.stream().map(TitleOrder::entry).forEach(next::add);
        return new TitleOrder(next);
    }

    List<OfferingResponse> offerings() {
        return offerings;
    }

    private static Entry entry(OfferingResponse o) {
        synchronized (SWEDISH) {
            return new Entry(SWEDISH.getCollationKey(o.titleSv()), o);
        }
    }
}
