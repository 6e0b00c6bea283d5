package eu.euromedjustice.common.http;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import eu.euromedjustice.common.problem.ProblemException;
import eu.euromedjustice.common.problem.ProblemType;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Checks of the REST layer that run before a resource method, so that a refused request changes
 * nothing, and the mark of the moment it has answered.
 */
public class RequestFilters {

    /** Set once the resource method has answered: a JSON failure after it is the service's, not the request's. */
    public static final String RESPONDING = "emj.responding";

    private final Map<Method, List<MediaType>> produced = new ConcurrentHashMap<>();
    private final Map<Method, Set<String>> singleValued = new ConcurrentHashMap<>();

    /**
     * An HTTP/1.0 request may come without Host; it then names this server by the address it
     * reached (RFC 9112, section 3.3), so that Location and Link headers can still be built.
     */
    @ServerRequestFilter(preMatching = true)
    public void nameTheServerWhenNoHostIsGiven(ContainerRequestContext context, HttpServerRequest request) {
        SocketAddress local = request.localAddress();
        if (request.authority() != null || local == null || local.host() == null || !request.uri().startsWith("/")) {
            return;
        }
        String host = local.host().contains(":") ? "[" + local.host() + "]" : local.host();
        context.setRequestUri(URI.create("http://" + host + ":" + local.port() + request.uri()));
    }

    /**
     * 406 unless the Accept header allows a type the method produces with a weight above zero. The
     * REST layer's own negotiation ignores "q=0", which would let a write happen and then fail.
     */
    @ServerRequestFilter
    public void requireAcceptableResponse(ContainerRequestContext context, ResourceInfo resource) {
        String accept = context.getHeaderString(HttpHeaders.ACCEPT);
        if (accept == null || accept.isBlank() || resource.getResourceMethod() == null) {
            return;
        }
        List<MediaType> types = produced.computeIfAbsent(resource.getResourceMethod(),
                method -> producedBy(method, resource.getResourceClass()));
        if (!AcceptHeader.parse(accept).allowsAny(types)) {
            throw new ProblemException(ProblemType.NOT_ACCEPTABLE,
                    "The Accept header allows none of the media types this operation produces: " + types + ".");
        }
    }

    /**
     * 400 when a query parameter that takes one value is given several times: the REST layer would
     * take the first and drop the others without a word. Lists (country=MA&country=TN) are lists.
     */
    @ServerRequestFilter
    public void refuseRepeatedSingleValues(ContainerRequestContext context, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        Set<String> names = singleValued.computeIfAbsent(method, RequestFilters::singleValuedQueryParams);
        if (names.isEmpty()) {
            return;
        }
        Map<String, List<String>> query = context.getUriInfo().getQueryParameters();
        for (String name : names) {
            List<String> values = query.get(name);
            if (values != null && values.size() > 1) {
                throw ProblemException.invalidField(name, "takes one value, and was given " + values.size());
            }
        }
    }

    @ServerResponseFilter
    public void markResponding(ContainerRequestContext context) {
        context.setProperty(RESPONDING, Boolean.TRUE);
    }

    /** The method's query parameters, its bean parameters' included, that bind to one value. */
    private static Set<String> singleValuedQueryParams(Method method) {
        Set<String> names = new TreeSet<>();
        for (Parameter parameter : method.getParameters()) {
            addIfSingleValued(parameter, parameter.getType(), names);
            if (parameter.isAnnotationPresent(BeanParam.class)) {
                for (Class<?> type = parameter.getType(); type != null && type != Object.class; type = type.getSuperclass()) {
                    for (Field field : type.getDeclaredFields()) {
                        addIfSingleValued(field, field.getType(), names);
                    }
                }
            }
        }
        return names;
    }

    private static void addIfSingleValued(AnnotatedElement element, Class<?> type, Set<String> names) {
        QueryParam param = element.getAnnotation(QueryParam.class);
        if (param != null && !type.isArray() && !Collection.class.isAssignableFrom(type)) {
            names.add(param.value());
        }
    }

    private static List<MediaType> producedBy(Method method, Class<?> resourceClass) {
        Produces produces = method.getAnnotation(Produces.class);
        if (produces == null && resourceClass != null) {
            produces = resourceClass.getAnnotation(Produces.class);
        }
        if (produces == null) {
            return List.of(MediaType.WILDCARD_TYPE);
        }
        List<MediaType> types = new ArrayList<>();
        Arrays.stream(produces.value()).flatMap(value -> Arrays.stream(value.split(",")))
                .map(String::trim).map(MediaType::valueOf).forEach(types::add);
        return types;
    }
}
