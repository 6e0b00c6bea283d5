package eu.euromedjustice.common.http;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A representation serialised once by the application's ObjectMapper, kept (see RecentViews) and
 * written as it is as often as it is asked for while its version is current. The resource declares
 * the schema of what it holds in its 200 response. Serialising a meeting of 30 participants and 10
 * agenda items (12 KB) took about 0.5 ms of the 0.6 ms of a GET whose view was already made.
 */
public record RenderedJson(Object key, long version, byte[] json) implements Versioned {

    public static RenderedJson of(ObjectMapper mapper, Versioned body) {
        try {
            return new RenderedJson(body.key(), body.version(), mapper.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise " + body.getClass().getSimpleName(), e);
        }
    }

    /** Writes the bytes. */
    @Provider
    @Produces(MediaType.APPLICATION_JSON)
    public static class Writer implements MessageBodyWriter<RenderedJson> {

        @Override
        public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
            return type == RenderedJson.class;
        }

        @Override
        public long getSize(RenderedJson rendered, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
            return rendered.json().length;
        }

        @Override
        public void writeTo(RenderedJson rendered, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
            out.write(rendered.json());
        }
    }
}
