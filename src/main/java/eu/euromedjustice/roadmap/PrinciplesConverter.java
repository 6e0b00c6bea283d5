package eu.euromedjustice.roadmap;

import java.util.List;

import jakarta.persistence.Converter;

import com.fasterxml.jackson.core.type.TypeReference;
import eu.euromedjustice.common.i18n.LanguageMap;
import eu.euromedjustice.common.persistence.JsonColumn;

/** A roadmap's guiding principles: a JSON list of language maps. */
@Converter
public class PrinciplesConverter extends JsonColumn<List<LanguageMap>> {

    public PrinciplesConverter() {
        super(new TypeReference<>() {
        });
    }
}
