package eu.euromedjustice.common.i18n;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A valid language map: keys from the configured languages, non-blank texts no longer than
 * {@link #maxLength()}, and an English text unless {@link #englishRequired()} is false.
 * Null passes; combine with {@code @NotNull} for required fields.
 */
@Documented
@Constraint(validatedBy = LanguageTextValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface LanguageText {

    String message() default "must be a valid language map";

    boolean englishRequired() default true;

    /** The longest text any language map field takes. */
    int MAX_LENGTH = 10_000;

    int maxLength() default MAX_LENGTH;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
