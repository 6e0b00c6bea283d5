package eu.euromedjustice.common.persistence;

import java.util.List;

/**
 * A feature's answer to "does anything of yours refer to this?", asked before a delete. Each
 * feature that refers to another's resources adds one bean; {@link References} asks them all, so
 * the feature that is referred to needs no knowledge of who refers to it.
 */
public interface ReferenceCheck {

    /**
     * @param target the entity class of the resource about to be deleted, such as {@code Organisation.class}
     * @param key    its key
     * @return what of this feature refers to it, one readable phrase per kind ("2 members"); empty when nothing
     */
    List<String> referencesTo(Class<?> target, Object key);
}
