package eu.euromedjustice.reference;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;

import eu.euromedjustice.common.demo.DemoDataContributor;
import eu.euromedjustice.common.i18n.LanguageMap;

/** The CrimEx expert group and the organisations around it (DESIGN section 1). */
@ApplicationScoped
public class ReferenceDemoData implements DemoDataContributor {

    private final OrganisationRepository organisations;
    private final ExpertGroupRepository groups;

    public ReferenceDemoData(OrganisationRepository organisations, ExpertGroupRepository groups) {
        this.organisations = organisations;
        this.groups = groups;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public void load() {
        ExpertGroup crimex = new ExpertGroup();
        crimex.code = "CRIMEX";
        crimex.name = LanguageMap.of("Expert Group in Criminal Matters", "Groupe d'experts en matière pénale",
                "فريق الخبراء في المسائل الجنائية");
        crimex.mandate = LanguageMap.of(
                "Bring together justice practitioners of the South Partner Countries with European and international "
                        + "experts to strengthen judicial cooperation in criminal matters: national coordination "
                        + "platforms, gap and legal analyses, a handbook and the EuroMed Fiches.",
                "Réunir les praticiens de la justice des pays partenaires du Sud et des experts européens et "
                        + "internationaux pour renforcer la coopération judiciaire en matière pénale.",
                null);
        crimex.startDate = LocalDate.of(2017, 1, 1);
        crimex.endDate = LocalDate.of(2018, 12, 31);
        crimex.parentProgramme = "EuroMed Justice";
        groups.persist(crimex);

        organisation("EUROJUST", OrganisationType.EU_BODY, "NL", "https://www.eurojust.europa.eu",
                "European Union Agency for Criminal Justice Cooperation",
                "Agence de l'Union européenne pour la coopération judiciaire en matière pénale",
                "وكالة الاتحاد الأوروبي للتعاون في مجال العدالة الجنائية");
        organisation("EJN", OrganisationType.EU_BODY, "NL", "https://www.ejn-crimjust.europa.eu",
                "European Judicial Network in criminal matters", "Réseau judiciaire européen en matière pénale",
                "الشبكة القضائية الأوروبية في المسائل الجنائية");
        organisation("UNCTED", OrganisationType.INTERNATIONAL_ORGANISATION, null, "https://www.un.org/securitycouncil/ctc",
                "United Nations Counter-Terrorism Committee Executive Directorate",
                "Direction exécutive du Comité contre le terrorisme des Nations Unies",
                "المديرية التنفيذية للجنة مكافحة الإرهاب التابعة للأمم المتحدة");
        organisation("EMJ", OrganisationType.PROJECT_TEAM, null, "https://www.euromed-justice.eu",
                "EuroMed Justice project team", "Équipe du projet EuroMed Justice", "فريق مشروع يوروميد للعدالة");

        nationalAuthority("DZ", "Ministry of Justice of Algeria", "Ministère de la Justice d'Algérie", "وزارة العدل الجزائرية");
        nationalAuthority("EG", "Ministry of Justice of Egypt", "Ministère de la Justice d'Égypte", "وزارة العدل المصرية");
        nationalAuthority("IL", "Ministry of Justice of Israel", "Ministère de la Justice d'Israël", "وزارة العدل الإسرائيلية");
        nationalAuthority("JO", "Ministry of Justice of Jordan", "Ministère de la Justice de Jordanie", "وزارة العدل الأردنية");
        nationalAuthority("LB", "Ministry of Justice of Lebanon", "Ministère de la Justice du Liban", "وزارة العدل اللبنانية");
        nationalAuthority("LY", "Ministry of Justice of Libya", "Ministère de la Justice de Libye", "وزارة العدل الليبية");
        nationalAuthority("MA", "Ministry of Justice of Morocco", "Ministère de la Justice du Maroc", "وزارة العدل المغربية");
        nationalAuthority("PS", "Ministry of Justice of Palestine", "Ministère de la Justice de Palestine", "وزارة العدل الفلسطينية");
        nationalAuthority("TN", "Ministry of Justice of Tunisia", "Ministère de la Justice de Tunisie", "وزارة العدل التونسية");
    }

    private void nationalAuthority(String countryCode, String en, String fr, String ar) {
        organisation("MOJ-" + countryCode, OrganisationType.NATIONAL_AUTHORITY, countryCode, null, en, fr, ar);
    }

    private void organisation(String acronym, OrganisationType type, String countryCode, String website,
            String en, String fr, String ar) {
        Organisation organisation = new Organisation();
        organisation.acronym = acronym;
        organisation.type = type;
        organisation.countryCode = countryCode;
        organisation.website = website;
        organisation.name = LanguageMap.of(en, fr, ar);
        organisations.persist(organisation);
    }
}
