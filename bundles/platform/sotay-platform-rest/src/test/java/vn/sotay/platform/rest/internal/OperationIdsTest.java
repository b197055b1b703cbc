package vn.sotay.platform.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import vn.sotay.platform.rest.internal.resource.OpenApiResource;

/** Every operation of the platform's own resources has a readable, unique id and declares its roles. */
class OperationIdsTest {
    private static final Pattern CAMEL = Pattern.compile("[a-z][A-Za-z0-9]*");

    /** The classes of the platform's resource package that carry {@code @Path}. */
    static List<Class<?>> platformResources() throws IOException, ClassNotFoundException {
        Path dir = Path.of(OpenApiResource.class.getProtectionDomain().getCodeSource().getLocation().getPath())
                .resolve(OpenApiResource.class.getPackageName().replace('.', '/'));
        List<Class<?>> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                String n = f.getFileName().toString();
                if (n.endsWith(".class") && !n.contains("$")) {
                    Class<?> c = Class.forName(OpenApiResource.class.getPackageName() + "." + n.replace(".class", ""));
                    if (c.isAnnotationPresent(javax.ws.rs.Path.class)) {
                        out.add(c);
                    }
                }
            }
        }
        return out;
    }

    @Test
    @SuppressWarnings("unchecked")
    void platformOperationIdsAreExplicitUniqueAndCamelCase() throws Exception {
        List<Class<?>> classes = platformResources();
        assertTrue(classes.size() >= 15, "the platform's resources: " + classes);
        Map<String, Object> doc = OpenApi.document(Map.of("platform", classes), "1.0");
        Set<String> ids = new HashSet<>();
        int operations = 0;
        for (Object item : ((Map<String, Object>) doc.get("paths")).values()) {
            for (Object o : ((Map<String, Object>) item).values()) {
                Map<String, Object> op = (Map<String, Object>) o;
                String id = (String) op.get("operationId");
                operations++;
                assertTrue(CAMEL.matcher(id).matches() && !id.startsWith("platform"), "explicit camel-case id: " + id);
                assertTrue(ids.add(id), "unique: " + id);
                assertTrue(op.get("x-sotay-roles") instanceof List, "roles of " + id);
            }
        }
        assertEquals(operations, ids.size());
    }
}
