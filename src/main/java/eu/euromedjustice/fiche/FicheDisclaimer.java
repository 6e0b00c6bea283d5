package eu.euromedjustice.fiche;

import eu.euromedjustice.common.i18n.LanguageMap;

/** The EuroMed Fiches disclaimer, which every answer about fiches carries as a field. */
final class FicheDisclaimer {

    static final String EXAMPLE = "{\"en\": \"The EuroMed Fiches are practical information for practitioners. They are not binding and have no legal value; "
            + "check the law in force with the requested country.\"}";

    static final LanguageMap TEXT = LanguageMap.of(
            "The EuroMed Fiches are practical information for practitioners. They are not binding and have no legal value; "
                    + "check the law in force with the requested country.",
            "Les fiches EuroMed sont une information pratique destinée aux praticiens. Elles ne sont pas contraignantes et "
                    + "n'ont aucune valeur juridique ; vérifiez le droit en vigueur auprès de l'État requis.",
            "بطاقات EuroMed معلومات عملية موجهة إلى الممارسين. وهي غير ملزمة وليست لها أي قيمة قانونية؛ "
                    + "يرجى التحقق من القانون النافذ لدى الدولة المطلوب منها.");

    private FicheDisclaimer() {
    }
}
