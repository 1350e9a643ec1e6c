package se.asfregister.report.disclosure;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Secondary suppression on one {@link Network}: hides further cells until no hidden cell lies
 * off every cycle of hidden cells, for every reader. A reader is anonymous, or a company that
 * knows its own figures: the cells that rest on that company alone are known to it, so they
 * cannot protect anything from it, and the hidden cells must stay undetermined without them.
 *
 * <p>Each bridge is closed by the cheapest detour (Dijkstra; already hidden cells cost nothing,
 * see {@link FamilyTable} for the prices), repeated until every reader finds no bridge. Every
 * step only hides more, so it ends. Deterministic: the same table gives the same cells in every
 * output, which is what keeps the outputs consistent with each other.
 */
public final class Protection {

    /** The statuses per arc (null: shown), and the bridges no detour could close (none in a connected table). */
    public record Result(CellStatus[] status, List<Integer> unprotected) {
    }

    private final Network net;
    private final CellStatus[] status;
    private final boolean[] fixed;
    private final long[] cost;
    private final boolean[] known;
    private final Set<Integer> unprotected = new HashSet<>();

    private Protection(Network net, CellStatus[] primary, boolean[] fixed, long[] cost) {
        this.net = net;
        this.status = primary.clone();
        this.fixed = fixed;
        this.cost = cost;
        this.known = new boolean[net.arcs()];
    }

    /**
     * @param primary the primary status of each arc (null: may be shown)
     * @param fixed arcs every reader knows anyway (a cell resting on no contributor is 0): never hidden, never a detour
     * @param cost the price of hiding each arc
     * @param readers for each company that is the only contributor of some cells, the arcs of those cells
     */
    public static Result protect(Network net, CellStatus[] primary, boolean[] fixed, long[] cost,
            List<int[]> readers) {
        Protection p = new Protection(net, primary, fixed, cost);
        boolean changed = true;
        while (changed) {
            changed = p.close(new int[0]);
            for (int[] reader : readers) {
                changed |= p.close(reader);
            }
        }
        return new Result(p.status, List.copyOf(p.unprotected));
    }

    private boolean hidden(int arc) {
        return status[arc] != null;
    }

    /** Closes every bridge this reader sees; true when it hid anything. */
    private boolean close(int[] readerKnows) {
        for (int a : readerKnows) {
            known[a] = true;
        }
        boolean changed = false;
        boolean progress = true;
        Set<Integer> stuck = new HashSet<>();
        while (progress) {
            progress = false;
            for (int bridge : net.bridges(a -> hidden(a) && !known[a])) {
                if (stuck.contains(bridge)) {
                    continue;
                }
                List<Integer> detour = net.cheapestDetour(bridge, a -> !fixed[a] && !known[a],
                        a -> hidden(a) ? 0 : cost[a]);
                if (detour == null) {
                    stuck.add(bridge);
                    unprotected.add(bridge);
                    continue;
                }
                for (int a : detour) {
                    if (!hidden(a)) {
                        status[a] = CellStatus.SECONDARY;
                        progress = true;
                        changed = true;
                    }
                }
            }
        }
        for (int a : readerKnows) {
            known[a] = false;
        }
        return changed;
    }
}
