package eu.euromedjustice.common.i18n;

import java.util.List;
import java.util.Map;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;


public class LanguageTextValidator implements ConstraintValidator<LanguageText, LanguageMap> {

    private boolean englishRequired;
    private int maxLength;

    @Override
    public void initialize(LanguageText annotation) {
        englishRequired = annotation.englishRequired();
        maxLength = annotation.maxLength();
    }

    @Override
    public boolean isValid(LanguageMap value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        String problem = problemOf(value.texts());
        if (problem == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        // escape EL delimiters: the message may quote client input
        context.buildConstraintViolationWithTemplate(problem.replace("$", "\\$").replace("{", "\\{").replace("}", "\\}"))
                .addConstraintViolation();
        return false;
    }

    private String problemOf(Map<String, String> texts) {
        if (texts.isEmpty()) {
            return "must contain at least one text";
        }
        List<String> languages = LanguageMap.LANGUAGES;
        for (Map.Entry<String, String> entry : texts.entrySet()) {
            String language = entry.getKey();
            if (!languages.contains(language)) {
                return "has unsupported language tag '" + abbreviate(language) + "'; allowed: "
                        + String.join(", ", languages);
            }
            String text = entry.getValue();
            if (text == null || text.isBlank()) {
                return "text for '" + language + "' must not be blank";
            }
            if (text.length() > maxLength) {
                return "text for '" + language + "' must be at most " + maxLength + " characters";
            }
        }
        if (englishRequired && !texts.containsKey(LanguageMap.REQUIRED_LANGUAGE)) {
            return "must contain an English (" + LanguageMap.REQUIRED_LANGUAGE + ") text";
        }
        return null;
    }

    private static String abbreviate(String text) {
        return text.length() <= 20 ? text : text.substring(0, 20) + "…";
    }
}
