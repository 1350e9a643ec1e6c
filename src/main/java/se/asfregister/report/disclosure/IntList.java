package se.asfregister.report.disclosure;

import java.util.Arrays;

/** A growable list of ints without boxing. */
final class IntList {

    private int[] items = new int[64];
    private int size;

    void add(int item) {
        if (size == items.length) {
            items = Arrays.copyOf(items, size * 2);
        }
        items[size++] = item;
    }

    int get(int i) {
        return items[i];
    }

    int size() {
        return size;
    }

    void clear() {
        size = 0;
    }
}
