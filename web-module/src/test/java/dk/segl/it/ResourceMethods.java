package dk.segl.it;

import io.swagger.v3.oas.models.PathItem;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.stream.Stream;

/**
 * The JAX-RS resource methods of a package and its sub-packages, read from the classes by reflection:
 * every class with {@code @Path} is found, so a resource added later is included without naming it
 * anywhere. The package holds one JAX-RS application, whose path is the root of the others.
 */
final class ResourceMethods {

    /** One HTTP method on one path under the application path; {@code answersBody} unless void. */
    record Endpoint(String method, String path, boolean answersBody) {
        PathItem.HttpMethod httpMethod() {
            return PathItem.HttpMethod.valueOf(method);
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private ResourceMethods() {
    }

    static List<Endpoint> in(String pkg) {
        List<Class<?>> classes = classes(pkg);
        List<String> roots = classes.stream().map(c -> c.getAnnotation(ApplicationPath.class)).filter(a -> a != null)
                .map(ApplicationPath::value).toList();
        if (roots.size() != 1) {
            throw new AssertionError("Expected one @ApplicationPath in " + pkg + ", found " + roots);
        }
        String root = roots.get(0);
        List<Endpoint> endpoints = new ArrayList<>();
        for (Class<?> type : classes) {
            Path resource = type.getAnnotation(Path.class);
            if (resource == null) {
                continue;
            }
            for (Method method : type.getMethods()) {
                httpMethod(method).ifPresent(verb -> endpoints.add(new Endpoint(verb,
                        join(root, resource.value(), method.isAnnotationPresent(Path.class)
                                ? method.getAnnotation(Path.class).value() : ""),
                        method.getReturnType() != void.class && method.getReturnType() != Response.class)));
            }
        }
        return endpoints;
    }

    private static Optional<String> httpMethod(Method method) {
        return Arrays.stream(method.getAnnotations())
                .map(a -> a.annotationType().getAnnotation(HttpMethod.class)).filter(h -> h != null)
                .map(HttpMethod::value).findFirst();
    }

    /** The OpenAPI form of the path: one slash between parts, templates without their regular expressions. */
    private static String join(String... parts) {
        String path = "/" + String.join("/", parts).replaceAll("/+", "/").replaceAll("^/|/$", "");
        return path.replaceAll("\\{\\s*(\\w+)\\s*:[^}]*}", "{$1}");
    }

    /** The classes of the package and its sub-packages, from folders or jars on the class path. */
    private static List<Class<?>> classes(String pkg) {
        String folder = pkg.replace('.', '/');
        try {
            List<String> names = new ArrayList<>();
            for (URL url : Collections.list(ResourceMethods.class.getClassLoader().getResources(folder))) {
                if (url.getProtocol().equals("jar")) {
                    try (var jar = ((JarURLConnection) url.openConnection()).getJarFile()) {
                        jar.stream().map(JarEntry::getName).filter(n -> n.startsWith(folder + "/")).forEach(names::add);
                    }
                } else {
                    java.nio.file.Path root = java.nio.file.Path.of(url.toURI());
                    try (Stream<java.nio.file.Path> files = Files.walk(root)) {
                        files.map(f -> folder + "/" + root.relativize(f).toString().replace('\\', '/'))
                                .forEach(names::add);
                    }
                }
            }
            return names.stream().filter(n -> n.endsWith(".class") && !n.endsWith("-info.class")).distinct()
                    .<Class<?>>map(n -> load(n.substring(0, n.length() - ".class".length()).replace('/', '.')))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, ResourceMethods.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }
}
