package eu.euromedjustice.common.http;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

/**
 * Which HTTP methods each path of the API accepts, read once from the resources' JAX-RS
 * annotations, for the {@code Allow} header that a 405 must carry (RFC 9110, section 15.5.6) and
 * for OPTIONS. Hand-written because the REST layer offers no such list: its 405 carries no
 * {@code Allow}, and its OPTIONS names every method of the resource class, whatever the path.
 */
@ApplicationScoped
public class AllowedMethods {

    private static final Pattern TEMPLATE_PARAMETER = Pattern.compile("\\{[^}]+}");

    private final BeanManager beans;
    private volatile List<Route> routes;

    public AllowedMethods(BeanManager beans) {
        this.beans = beans;
    }

    /** The methods accepted at the path, sorted; empty when no resource serves it. */
    public Set<String> at(String path) {
        Set<String> allowed = new TreeSet<>();
        for (Route route : routes()) {
            if (route.pattern().matcher(path).matches()) {
                allowed.add(route.method());
            }
        }
        if (allowed.contains("GET")) {
            allowed.add("HEAD");
        }
        if (!allowed.isEmpty()) {
            allowed.add("OPTIONS");
        }
        return allowed;
    }

    private List<Route> routes() {
        if (routes == null) {
            List<Route> found = new ArrayList<>();
            for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
                Path classPath = bean.getBeanClass().getAnnotation(Path.class);
                if (classPath != null) {
                    collect(bean.getBeanClass(), classPath.value(), found);
                }
            }
            routes = List.copyOf(found);
        }
        return routes;
    }

    private static void collect(Class<?> resource, String classPath, List<Route> found) {
        for (Method method : resource.getMethods()) {
            String httpMethod = httpMethodOf(method);
            if (httpMethod == null) {
                continue;
            }
            Path methodPath = method.getAnnotation(Path.class);
            String template = join(classPath, methodPath == null ? "" : methodPath.value());
            String regex = TEMPLATE_PARAMETER.splitAsStream(template).map(Pattern::quote)
                    .reduce((left, right) -> left + "[^/]+" + right).orElse("");
            if (template.endsWith("}")) {
                regex += "[^/]+";
            }
            found.add(new Route(Pattern.compile(regex + "/?"), httpMethod));
        }
    }

    private static String httpMethodOf(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod httpMethod = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (httpMethod != null) {
                return httpMethod.value();
            }
        }
        return null;
    }

    private static String join(String classPath, String methodPath) {
        String joined = ("/" + classPath + "/" + methodPath).replaceAll("/+", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }

    private record Route(Pattern pattern, String method) {
    }
}
