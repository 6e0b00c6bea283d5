package eu.euromedjustice.common.http;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Gives the answers of {@link PublicCache} reads their Cache-Control: a 200 and the 304 that stands
 * for it (RFC 9111, section 4.3.4: the 304 updates the stored headers, so it must say the same).
 * Any other status keeps what it had, the default no-cache (HttpFilters) for errors. An answer
 * negotiated among several media types also varies by Accept, so that a cache keeps each apart.
 */
public class PublicCacheFilter {

    private final Map<Method, Boolean> negotiated = new ConcurrentHashMap<>();

    @ServerResponseFilter
    public void sharePublicAnswers(ContainerResponseContext response, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null || !method.isAnnotationPresent(PublicCache.class)) {
            return;
        }
        int status = response.getStatus();
        if (status != Response.Status.OK.getStatusCode() && status != Response.Status.NOT_MODIFIED.getStatusCode()) {
            return;
        }
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, PublicCache.CACHE_CONTROL);
        if (negotiated.computeIfAbsent(method, PublicCacheFilter::producesSeveralTypes)) {
            response.getHeaders().add(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        }
    }

    private static boolean producesSeveralTypes(Method method) {
        Produces produces = method.getAnnotation(Produces.class);
        return produces != null && Arrays.stream(produces.value()).flatMap(value -> Arrays.stream(value.split(","))).count() > 1;
    }
}
