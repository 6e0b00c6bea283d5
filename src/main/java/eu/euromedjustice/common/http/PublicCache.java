package eu.euromedjustice.common.http;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a read whose answer is the same for every caller, anonymous or signed in with any role:
 * its 200 and its 304 say {@value #CACHE_CONTROL}, so that a shared cache or a CDN may serve it
 * for a minute and then revalidates it (cheaply, with the ETag). {@link PublicCacheFilter} applies
 * it, and it replaces a class-level {@code @Cache}.
 *
 * <p>Only for a read that nothing about the caller changes: not what the answer shows, not whether
 * the caller may have it at all. A shared cache serves a public answer to whoever asks, credentials
 * or not. Everything else keeps its {@code @Cache} (private or no-store) or the default no-cache, and
 * so do errors, whatever the method: a 404 must not outlive the resource's creation by a minute.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface PublicCache {

    /** Short, so that an edit shows within a minute; revalidated once stale, never served stale. */
    String CACHE_CONTROL = "public, max-age=60, must-revalidate";
}
