package se.asfregister.report.disclosure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The areas of a year's tables as a tree: the nation, its counties, their municipalities. Every
 * area's figures are the sums of its children's, which is one family of relations between cells.
 * Areas are numbered in the order they are added; a parent is added before its children.
 */
public final class AreaTree {

    private final List<String> codes = new ArrayList<>();
    private final List<Integer> parents = new ArrayList<>();
    private final List<List<Integer>> children = new ArrayList<>();
    private final Map<String, Integer> index = new HashMap<>();

    /** Adds an area under {@code parent} (-1 for the root) and answers its number. */
    public int add(String code, int parent) {
        int a = codes.size();
        codes.add(code);
        parents.add(parent);
        children.add(new ArrayList<>());
        if (parent >= 0) {
            children.get(parent).add(a);
        }
        index.put(code, a);
        return a;
    }

    public int size() {
        return codes.size();
    }

    public String code(int area) {
        return codes.get(area);
    }

    /** The area's number, or -1 for an unknown code. */
    public int indexOf(String code) {
        return index.getOrDefault(code, -1);
    }

    public int parent(int area) {
        return parents.get(area);
    }

    public List<Integer> children(int area) {
        return children.get(area);
    }

    public boolean leaf(int area) {
        return children.get(area).isEmpty();
    }

    /** 0 for the root, 1 for its children, and so on. */
    public int depth(int area) {
        int d = 0;
        for (int p = parent(area); p >= 0; p = parent(p)) {
            d++;
        }
        return d;
    }
}
