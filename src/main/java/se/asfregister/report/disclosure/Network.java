package se.asfregister.report.disclosure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.function.IntToLongFunction;

/**
 * The additive relations of a table as a graph: each relation (a sum that holds between cells)
 * is a node, each cell an arc between the two relations it takes part in. Hierarchical tables
 * with gender totals have this shape (see {@link FamilyTable}); the relations left out are sums
 * of the ones kept, so they tell a reader nothing more.
 *
 * <p>Why a graph: the relation matrix is then an incidence matrix, and a hidden cell can be
 * worked out from the shown ones exactly when it lies on no cycle of hidden cells (it is a
 * <em>bridge</em> of the hidden cells; the row space of an incidence matrix is its cut space).
 * So secondary suppression is: find the bridges, and close each with the cheapest path of further
 * cells. Arcs may be parallel (two cells between the same relations).
 */
public final class Network {

    private final int nodes;
    private final int[] from;
    private final int[] to;
    /** Arcs at each node: CSR layout, arcs of node n are incident[start[n] .. start[n + 1]). */
    private final int[] start;
    private final int[] incident;

    /** Scratch of {@link #cheapestDetour}, reset after each search (a network is used by one thread). */
    private long[] dist;
    private int[] via;
    private final LongHeap heap = new LongHeap();
    private final IntList touched = new IntList();
    private static final int NODE_BITS = 24;
    private static final long NODE_MASK = (1L << NODE_BITS) - 1;

    public Network(int nodes, int[] from, int[] to) {
        this.nodes = nodes;
        this.from = from.clone();
        this.to = to.clone();
        start = new int[nodes + 1];
        for (int a = 0; a < from.length; a++) {
            start[from[a] + 1]++;
            start[to[a] + 1]++;
        }
        for (int n = 0; n < nodes; n++) {
            start[n + 1] += start[n];
        }
        incident = new int[2 * from.length];
        int[] fill = Arrays.copyOf(start, nodes);
        for (int a = 0; a < from.length; a++) {
            incident[fill[from[a]]++] = a;
            incident[fill[to[a]]++] = a;
        }
    }

    public int arcs() {
        return from.length;
    }

    public int from(int arc) {
        return from[arc];
    }

    public int to(int arc) {
        return to[arc];
    }

    private int other(int arc, int node) {
        return from[arc] == node ? to[arc] : from[arc];
    }

    /** The arcs among {@code active} that lie on no cycle of active arcs (iterative Tarjan, O(arcs)). */
    public List<Integer> bridges(IntPredicate active) {
        int[] order = new int[nodes];
        int[] low = new int[nodes];
        Arrays.fill(order, -1);
        int[] stackNode = new int[nodes];
        int[] stackArc = new int[nodes];
        int[] cursor = new int[nodes];
        List<Integer> bridges = new ArrayList<>();
        int counter = 0;
        for (int root = 0; root < nodes; root++) {
            if (order[root] >= 0) {
                continue;
            }
            int depth = 0;
            stackNode[0] = root;
            stackArc[0] = -1;
            order[root] = low[root] = counter++;
            cursor[root] = start[root];
            while (depth >= 0) {
                int n = stackNode[depth];
                if (cursor[n] < start[n + 1]) {
                    int a = incident[cursor[n]++];
                    if (a == stackArc[depth] || !active.test(a)) {
                        continue;
                    }
                    int m = other(a, n);
                    if (order[m] < 0) {
                        order[m] = low[m] = counter++;
                        cursor[m] = start[m];
                        depth++;
                        stackNode[depth] = m;
                        stackArc[depth] = a;
                    } else {
                        low[n] = Math.min(low[n], order[m]);
                    }
                } else {
                    depth--;
                    if (depth >= 0) {
                        int parent = stackNode[depth];
                        low[parent] = Math.min(low[parent], low[n]);
                        if (low[n] > order[parent]) {
                            bridges.add(stackArc[depth + 1]);
                        }
                    }
                }
            }
        }
        return bridges;
    }

    /**
     * The cheapest path between the two ends of {@code arc} that does not use it (Dijkstra), as the
     * list of arcs on it; null when there is none.
     *
     * @param usable arcs the path may use at all
     * @param cost the price of an arc on the path (0 for arcs already hidden)
     */
    public List<Integer> cheapestDetour(int arc, IntPredicate usable, IntToLongFunction cost) {
        int source = from[arc];
        int target = to[arc];
        if (dist == null) {
            dist = new long[nodes];
            via = new int[nodes];
            Arrays.fill(dist, Long.MAX_VALUE);
        }
        heap.clear();
        touched.clear();
        relax(source, 0, -1);
        List<Integer> found = null;
        while (!heap.isEmpty()) {
            long head = heap.poll();
            int n = (int) (head & NODE_MASK);
            long d = head >>> NODE_BITS;
            if (d > dist[n]) {
                continue;
            }
            if (n == target) {
                found = path(source, target);
                break;
            }
            for (int i = start[n]; i < start[n + 1]; i++) {
                int a = incident[i];
                if (a != arc && usable.test(a)) {
                    relax(other(a, n), d + cost.applyAsLong(a), a);
                }
            }
        }
        for (int i = 0; i < touched.size(); i++) {
            dist[touched.get(i)] = Long.MAX_VALUE;
        }
        return found;
    }

    private void relax(int node, long d, int arc) {
        if (d < dist[node]) {
            if (dist[node] == Long.MAX_VALUE) {
                touched.add(node);
            }
            dist[node] = d;
            via[node] = arc;
            heap.add((d << NODE_BITS) | node);
        }
    }

    private List<Integer> path(int source, int target) {
        List<Integer> arcs = new ArrayList<>();
        for (int n = target; n != source; n = other(via[n], n)) {
            arcs.add(via[n]);
        }
        return arcs;
    }
}
