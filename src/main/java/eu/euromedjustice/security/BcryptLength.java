package eu.euromedjustice.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A password bcrypt reads whole: at most {@value PasswordHasher#MAX_BYTES} bytes in UTF-8. Checked
 * when a password is set and when one is given to log in, so that no suffix past the limit is
 * quietly ignored. Null passes.
 */
@Documented
@Constraint(validatedBy = BcryptLength.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface BcryptLength {

    String message() default "must be at most " + PasswordHasher.MAX_BYTES + " bytes in UTF-8";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<BcryptLength, String> {

        @Override
        public boolean isValid(String password, ConstraintValidatorContext context) {
            return password == null || PasswordHasher.fitsBcrypt(password);
        }
    }
}
