package se.asfregister.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No resource class's path matches a whole route of another class. RESTEasy Reactive matches
 * the class path first, the longest one that fits; when that class has no method for the rest,
 * it builds a new router and starts over, on every such request. A class at
 * {@code /api/v1/companies/{id}} with only sub-paths did that to every {@code GET
 * /api/v1/companies/{id}} (a JFR profile of that read under load: about 5 % of its time).
 */
class ResourceRoutingTest {

    @Test
    void noClassPathCapturesAnotherClasssRoute() throws Exception {
        Map<String, String> classPaths = new TreeMap<>();
        Map<String, List<String>> routes = new TreeMap<>();
        resourceClasses(classPaths, routes);
        List<String> captured = new ArrayList<>();
        routes.forEach((owner, own) -> own.forEach(route -> classPaths.forEach((other, classPath) -> {
            boolean servesItsOwnPath = routes.get(other).contains(classPath);
            if (!other.equals(owner) && !servesItsOwnPath && sameShape(classPath, route)) {
                captured.add(route + " of " + owner + " is matched to " + other + " first");
            }
        })));
        assertTrue(classPaths.size() > 10, "no resource classes found under target/classes");
        assertEquals(List.of(), captured);
    }

    /** Every resource class's path, and the full path of each of its resource methods. */
    private static void resourceClasses(Map<String, String> classPaths, Map<String, List<String>> routes)
            throws Exception {
        Path classes = Path.of("target", "classes");
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", "");
                if (!name.startsWith("se.asfregister.") || name.contains("$")) {
                    continue;
                }
                Class<?> type = Class.forName(name, false, ResourceRoutingTest.class.getClassLoader());
                jakarta.ws.rs.Path base = type.getAnnotation(jakarta.ws.rs.Path.class);
                if (base != null) {
                    classPaths.put(name, normalise(base.value()));
                    routes.put(name, routes(type, normalise(base.value())));
                }
            }
        }
    }

    private static List<String> routes(Class<?> type, String classPath) {
        List<String> out = new ArrayList<>();
        for (Class<?> c = type; c != Object.class; c = c.getSuperclass()) {
            for (Method m : c.getDeclaredMethods()) {
                jakarta.ws.rs.Path sub = m.getAnnotation(jakarta.ws.rs.Path.class);
                if (ContractTest.isResourceMethod(m)) {
                    out.add(sub == null ? classPath : normalise(classPath + "/" + sub.value()));
                }
            }
        }
        return out;
    }

    /** The same number of segments, each equal or a path parameter on either side. */
    private static boolean sameShape(String template, String route) {
        String[] a = template.split("/");
        String[] b = route.split("/");
        if (a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (!a[i].equals(b[i]) && !a[i].startsWith("{") && !b[i].startsWith("{")) {
                return false;
            }
        }
        return true;
    }

    private static String normalise(String path) {
        String p = ("/" + path).replaceAll("/+", "/").replaceAll("\\{\\s*([A-Za-z0-9_]+)\\s*:[^}]*}", "{$1}");
        return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }
}
