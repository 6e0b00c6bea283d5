package eu.euromedjustice.roadmap;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import eu.euromedjustice.common.demo.DemoDataContributor;
import eu.euromedjustice.common.demo.DemoRecords;
import eu.euromedjustice.common.i18n.LanguageMap;
import eu.euromedjustice.meeting.MeetingRepository;
import eu.euromedjustice.reference.CountryService;
import eu.euromedjustice.security.Role;
import eu.euromedjustice.security.Viewer;

import static eu.euromedjustice.roadmap.RoadmapTopic.FICHES_UPDATE;
import static eu.euromedjustice.roadmap.RoadmapTopic.HANDBOOK;
import static eu.euromedjustice.roadmap.RoadmapTopic.LEGAL_GAPS;
import static eu.euromedjustice.roadmap.RoadmapTopic.NATIONAL_COORDINATION_PLATFORM;

/**
 * The roadmaps CrimEx adopted at its 2nd session (The Hague, May 2017): the regional roadmap
 * towards national coordination platforms, one derived from it for each of the seven countries
 * present, and the regional work on legal gaps, the handbook and the fiches. The 3rd and 4th
 * sessions hear progress reports unevenly, so that the overview shows countries at different
 * stages: Algeria never reports, Palestine has only begun, Jordan is nearly done, Tunisia is
 * blocked on its founding decree. The steps, dates and reports are invented for the demonstration.
 * They go through the services, so that the timeline, the change feed and the audit log look as
 * they do in production.
 */
@ApplicationScoped
public class RoadmapDemoData implements DemoDataContributor {

    private static final String ACTOR = "demo";
    private static final String CRIMEX = "CRIMEX";
    /** The project team enters the reports, which lets it name the member of any country who reported. */
    private static final Viewer STAFF = new Viewer(EnumSet.of(Role.EDITOR), null);

    private static final LanguageMap NATIONAL_OBJECTIVE = text("Set up the country's national coordination platform along the "
            + "regional roadmap, fitted to its own institutions.", "Mettre en place la plateforme nationale de coordination du pays "
            + "selon la feuille de route régionale, en l'adaptant à ses institutions.", "إنشاء منصة التنسيق الوطنية للبلد وفق خريطة "
            + "الطريق الإقليمية، بما يلائم مؤسساته.");
    /** The principles of the regional roadmap, which the national ones restate so that each reads on its own. */
    private static final List<LanguageMap> PRINCIPLES = List.of(
            text("Multi-layered: the platform links the policy, management and operational levels.",
                    "Multiniveaux : la plateforme relie les niveaux politique, de direction et opérationnel.",
                    "متعددة المستويات: تربط المنصة بين المستويات السياسية والإدارية والعملياتية."),
            text("Multi-jurisdictional: it gathers the courts and prosecution services of every jurisdiction concerned.",
                    "Multijuridictionnelle : elle réunit les juridictions et les parquets de toutes les compétences concernées.",
                    "متعددة الاختصاصات القضائية: تجمع المحاكم والنيابات العامة من جميع الاختصاصات المعنية."),
            text("Multi-agency: judicial, law-enforcement and administrative authorities work in it together.",
                    "Multi-agences : les autorités judiciaires, policières et administratives y travaillent ensemble.",
                    "متعددة الأجهزة: تعمل فيها السلطات القضائية وأجهزة إنفاذ القانون والسلطات الإدارية معا."));
    // the steps most national roadmaps share
    private static final LanguageMap CONTACT_POINTS = text("Designate the platform's national contact points",
            "Désigner les points de contact nationaux de la plateforme", "تعيين نقاط الاتصال الوطنية للمنصة");
    private static final LanguageMap MAPPING = text("Map the authorities that handle cross-border cases",
            "Recenser les autorités qui traitent les affaires transfrontalières", "حصر السلطات التي تعالج القضايا العابرة للحدود");
    private static final LanguageMap FOUNDING_ACT = text("Adopt the act that sets up the platform",
            "Adopter l'acte qui institue la plateforme", "اعتماد النص المنشئ للمنصة");
    private static final LanguageMap FIRST_MEETING = text("Hold the platform's first coordination meeting",
            "Tenir la première réunion de coordination de la plateforme", "عقد أول اجتماع تنسيقي للمنصة");
    private static final LanguageMap INTERNATIONAL = text("Agree working contacts with EUROJUST and the EJN",
            "Convenir de contacts de travail avec EUROJUST et le RJE", "الاتفاق على قنوات عمل مع يوروجست والشبكة القضائية الأوروبية");

    /** The countries whose fiches the update covers, in the order of its milestones. */
    private static final List<String> FICHE_COUNTRIES = List.of("DZ", "EG", "JO", "LB", "MA", "TN");

    private final RoadmapService roadmaps;
    private final MilestoneService milestones;
    private final ProgressReportService reports;
    private final MeetingRepository meetings;
    private final CountryService countries;
    private final DemoRecords records;

    public RoadmapDemoData(RoadmapService roadmaps, MilestoneService milestones, ProgressReportService reports,
            MeetingRepository meetings, CountryService countries, DemoRecords records) {
        this.roadmaps = roadmaps;
        this.milestones = milestones;
        this.reports = reports;
        this.meetings = meetings;
        this.countries = countries;
        this.records = records;
    }

    @Override
    public int order() {
        return 140; // after the meetings that adopt and hear them, and the members who report
    }

    @Override
    public void load() {
        UUID second = session(2);
        Plan platforms = platforms(second);
        Map<String, Plan> national = nationalPlatforms(platforms.id(), second);
        Plan gaps = legalGaps(second);
        Plan handbook = handbook(second);
        Plan fiches = fichesUpdate(second);
        thirdSession(platforms, national, gaps, fiches);
        fourthSession(national, gaps, handbook, fiches);
    }

    private Plan platforms(UUID adoptedAt) {
        LanguageMap objective = text("A national coordination platform in every South Partner Country that gives strategic "
                + "guidance on national priorities, harmonises the government's efforts against cross-border crime, and "
                + "collaborates with international judicial and law-enforcement authorities.",
                "Dans chaque pays partenaire du Sud, une plateforme nationale de coordination qui donne une orientation "
                + "stratégique sur les priorités nationales, harmonise l'action des pouvoirs publics contre la criminalité "
                + "transfrontalière et collabore avec les autorités judiciaires et répressives internationales.",
                "منصة تنسيق وطنية في كل بلد من البلدان الشريكة الجنوبية، توفر التوجيه الاستراتيجي بشأن الأولويات الوطنية، "
                + "وتنسق الجهود الحكومية لمكافحة الجريمة العابرة للحدود، وتتعاون مع السلطات القضائية وسلطات إنفاذ القانون الدولية.");
        return roadmap(null, NATIONAL_COORDINATION_PLATFORM, text("Roadmap towards national coordination platforms",
                "Feuille de route vers des plateformes nationales de coordination", "خريطة الطريق نحو منصات التنسيق الوطنية"),
                objective, PRINCIPLES, adoptedAt, null,
                step(text("Each participating country adopts its national roadmap", "Chaque pays participant adopte sa feuille "
                        + "de route nationale", "اعتماد كل بلد مشارك لخريطة الطريق الوطنية الخاصة به"), "2017-05-11", "EMJ"),
                step(text("Stock-take of the national platforms at each CrimEx meeting", "Bilan des plateformes nationales à "
                        + "chaque réunion CrimEx", "تقييم المنصات الوطنية في كل اجتماع لفريق CrimEx"), "2018-06-30", "EMJ"),
                step(text("Review of the roadmap at the 6th CrimEx meeting", "Révision de la feuille de route lors de la 6e "
                        + "réunion CrimEx", "مراجعة خريطة الطريق في الاجتماع السادس لفريق CrimEx"), "2018-11-22", "EMJ"));
    }

    /** One roadmap per country at the 2nd session, derived from the regional one: shared steps and one of its own. */
    private Map<String, Plan> nationalPlatforms(UUID parent, UUID adoptedAt) {
        Map<String, Plan> national = new LinkedHashMap<>();
        national.put("DZ", national("DZ", parent, adoptedAt,
                step(CONTACT_POINTS, "2017-09-30", "MOJ-DZ"),
                step(MAPPING, "2017-12-31", null),
                step(text("Set up a joint unit of prosecutors and judicial police for terrorism cases", "Créer une cellule commune "
                        + "de magistrats du parquet et de police judiciaire pour les affaires de terrorisme", null), "2018-06-30", null),
                step(FOUNDING_ACT, "2018-12-31", "MOJ-DZ"),
                step(FIRST_MEETING, "2019-03-31", null)));
        national.put("EG", national("EG", parent, adoptedAt,
                step(CONTACT_POINTS, "2017-09-30", "MOJ-EG"),
                step(text("Link the Public Prosecution's international cooperation office to the platform", "Rattacher à la "
                        + "plateforme le bureau de la coopération internationale du parquet général", null), "2018-03-31", null),
                step(FOUNDING_ACT, "2018-12-31", "MOJ-EG"),
                step(INTERNATIONAL, "2019-06-30", null)));
        national.put("IL", national("IL", parent, adoptedAt,
                step(CONTACT_POINTS, "2017-12-31", "MOJ-IL"),
                step(MAPPING, "2018-02-28", null),
                step(text("Publish guidelines on the platform for prosecutors and the police", "Publier des lignes directrices sur "
                        + "la plateforme à l'intention des procureurs et de la police", null), "2018-09-30", "MOJ-IL"),
                step(INTERNATIONAL, "2019-03-31", null)));
        national.put("JO", national("JO", parent, adoptedAt,
                step(CONTACT_POINTS, "2017-09-30", "MOJ-JO"),
                step(text("Bring the Integrity and Anti-Corruption Commission and the financial intelligence unit into the platform",
                        "Associer à la plateforme la Commission pour l'intégrité et la lutte contre la corruption et la cellule de "
                        + "renseignement financier", null), "2018-03-31", null),
                step(FIRST_MEETING, "2018-06-30", null),
                step(INTERNATIONAL, "2018-12-31", null)));
        national.put("MA", national("MA", parent, adoptedAt,
                step(CONTACT_POINTS, "2017-09-30", "MOJ-MA"),
                step(MAPPING, "2018-03-31", null),
                step(text("Bring the Presidency of the Public Prosecution into the platform", "Associer la présidence du ministère "
                        + "public à la plateforme", null), "2018-06-30", null),
                step(FIRST_MEETING, "2018-12-31", "MOJ-MA"),
                step(INTERNATIONAL, "2019-06-30", null)));
        national.put("PS", national("PS", parent, adoptedAt,
                step(CONTACT_POINTS, "2017-12-31", "MOJ-PS"),
                step(text("Train the platform's contact points in mutual legal assistance", "Former les points de contact de la "
                        + "plateforme à l'entraide judiciaire", null), "2018-06-30", null),
                step(MAPPING, "2018-12-31", null),
                step(FIRST_MEETING, "2019-06-30", null)));
        national.put("TN", national("TN", parent, adoptedAt,
                step(CONTACT_POINTS, "2017-09-30", "MOJ-TN"),
                step(MAPPING, "2017-12-31", null),
                step(FOUNDING_ACT, "2018-06-30", "MOJ-TN"),
                step(text("Bring the Judicial Counter-Terrorism Pole into the platform", "Associer le pôle judiciaire antiterroriste "
                        + "à la plateforme", null), "2018-09-30", null),
                step(FIRST_MEETING, "2019-03-31", null)));
        return national;
    }

    private Plan legalGaps(UUID adoptedAt) {
        return roadmap(null, LEGAL_GAPS, text("Gaps and legal analyses", "Lacunes et analyses juridiques",
                "الثغرات والتحليلات القانونية"), text("Find, chapter by chapter, where the law of the South Partner Countries "
                + "stands in the way of judicial cooperation in criminal matters, and propose remedies.", "Repérer, chapitre par "
                + "chapitre, les obstacles que le droit des pays partenaires du Sud oppose à la coopération judiciaire en matière "
                + "pénale, et proposer des solutions.", "تحديد العوائق التي تضعها قوانين البلدان الشريكة الجنوبية أمام التعاون "
                + "القضائي في المسائل الجنائية، فصلا بفصل، واقتراح الحلول."), List.of(), adoptedAt, null,
                step(text("Questionnaire on the legal framework answered by every country", "Questionnaire sur le cadre juridique "
                        + "renseigné par chaque pays", null), "2017-09-30", "EMJ"),
                step(text("Chapter: mutual legal assistance and grounds for refusal", "Chapitre : l'entraide judiciaire et les "
                        + "motifs de refus", null), "2017-12-31", "EJN"),
                step(text("Chapter: electronic evidence and data retention", "Chapitre : la preuve électronique et la conservation "
                        + "des données", null), "2018-06-30", "EUROJUST"),
                step(text("Chapter: terrorism offences and their financing", "Chapitre : les infractions terroristes et leur "
                        + "financement", null), "2018-10-31", "UNCTED"));
    }

    private Plan handbook(UUID adoptedAt) {
        return roadmap(null, HANDBOOK, text("Handbook on judicial and law-enforcement cooperation",
                "Manuel sur la coopération judiciaire et policière", "دليل التعاون القضائي وتطبيق القانون"),
                text("A practical handbook for the prosecutors, judges and police officers of the region on cooperating across "
                        + "borders, in English, French and Arabic.", "Un manuel pratique pour les procureurs, juges et policiers de "
                        + "la région sur la coopération transfrontalière, en anglais, français et arabe.", "دليل عملي لأعضاء "
                        + "النيابة والقضاة وضباط الشرطة في المنطقة بشأن التعاون عبر الحدود، باللغات الإنكليزية والفرنسية والعربية."),
                List.of(), adoptedAt, null,
                step(text("Chapter 1: central authorities and channels of transmission", "Chapitre 1 : autorités centrales et "
                        + "voies de transmission", null), "2017-12-31", "EMJ"),
                step(text("Chapter 2: drafting and executing a request for mutual legal assistance", "Chapitre 2 : rédiger et "
                        + "exécuter une demande d'entraide judiciaire", null), "2018-03-31", "EJN"),
                step(text("Chapter 3: electronic evidence", "Chapitre 3 : la preuve électronique", null), "2018-06-30", "EUROJUST"),
                step(text("Chapter 4: asset recovery", "Chapitre 4 : le recouvrement des avoirs", null), "2018-09-30", null),
                step(text("Publication in English, French and Arabic", "Publication en anglais, français et arabe", null),
                        "2018-12-31", "EMJ"));
    }

    /** One milestone per country whose fiches are checked, each in the hands of its ministry. */
    private Plan fichesUpdate(UUID adoptedAt) {
        Map<String, String> due = Map.of("DZ", "2018-06-30", "EG", "2018-06-30", "JO", "2018-03-31", "LB", "2018-06-30",
                "MA", "2017-12-31", "TN", "2017-12-31");
        Step[] steps = FICHE_COUNTRIES.stream().map(code -> {
            LanguageMap name = countries.get(code).name();
            return step(text(name.get("en") + ": fiches checked against the law in force", name.get("fr") + " : fiches vérifiées "
                    + "au regard du droit en vigueur", name.get("ar") + ": مراجعة البطاقات في ضوء القانون النافذ"), due.get(code),
                    "MOJ-" + code);
        }).toArray(Step[]::new);
        return roadmap(null, FICHES_UPDATE, text("Update of the EuroMed Fiches", "Mise à jour des fiches EuroMed",
                "تحديث بطاقات يوروميد"), text("Each country checks its EuroMed Fiches against the law in force and sends the changes.",
                "Chaque pays vérifie ses fiches EuroMed au regard du droit en vigueur et transmet les modifications.",
                "يراجع كل بلد بطاقات يوروميد الخاصة به في ضوء القانون النافذ ويرسل التعديلات."), List.of(), adoptedAt, null, steps);
    }

    /** Rabat, 17 to 19 October 2017: the countries present report; Israel and Palestine wait for the next session. */
    private void thirdSession(Plan platforms, Map<String, Plan> national, Plan gaps, Plan fiches) {
        UUID third = session(3);
        report(platforms, third, "2017-10-17", "Papadopoulou", text("First stock-take of the national platforms: the countries "
                + "present reported on their roadmaps.", "Premier bilan des plateformes nationales : les pays présents ont rendu "
                + "compte de leurs feuilles de route.", "أول تقييم للمنصات الوطنية: قدمت البلدان الحاضرة تقارير عن خرائط الطريق "
                + "الخاصة بها."),
                done(1, "2017-05-11", text("Seven national roadmaps were adopted at the 2nd meeting.", "Sept feuilles de route "
                        + "nationales ont été adoptées lors de la 2e réunion.", null)),
                begun(2));
        report(national.get("MA"), third, "2017-10-17", "Alaoui", text("The contact points are designated; the mapping of the "
                + "authorities has begun.", "Les points de contact sont désignés ; le recensement des autorités a commencé.",
                "تم تعيين نقاط الاتصال، وبدأ حصر السلطات."),
                done(1, "2017-09-28", text("A circular of the Minister of Justice names them.", "Une circulaire du ministre de la "
                        + "Justice les désigne.", null)),
                begun(2));
        report(national.get("TN"), third, "2017-10-18", "Benalí", text("The contact points are designated; the decree setting up "
                + "the platform is held up.", "Les points de contact sont désignés ; le décret instituant la plateforme est bloqué.",
                "تم تعيين نقاط الاتصال، أما الأمر المنشئ للمنصة فمتعثر."),
                done(1, "2017-10-10", null),
                begun(2),
                blocked(3, text("The draft decree awaits the opinion of the ministries concerned.", "Le projet de décret attend "
                        + "l'avis des ministères concernés.", null)));
        report(national.get("JO"), third, "2017-10-18", "Haddadin", text("The contact points are designated; talks with the "
                + "Integrity and Anti-Corruption Commission have begun.", "Les points de contact sont désignés ; les échanges avec "
                + "la Commission pour l'intégrité et la lutte contre la corruption ont commencé.", "تم تعيين نقاط الاتصال، وبدأت "
                + "المشاورات مع هيئة النزاهة ومكافحة الفساد."),
                done(1, "2017-09-10", null),
                begun(2));
        report(national.get("EG"), third, "2017-10-19", "El-Sayed", text("The Ministry of Justice is choosing the contact points "
                + "among the prosecution offices.", "Le ministère de la Justice choisit les points de contact parmi les parquets.",
                "تختار وزارة العدل نقاط الاتصال من بين النيابات."),
                begun(1));
        report(gaps, third, "2017-10-19", "Bianchi", text("The questionnaires are in; the chapter on mutual legal assistance is "
                + "being written.", "Les questionnaires sont rentrés ; le chapitre sur l'entraide judiciaire est en cours de "
                + "rédaction.", "وردت الاستبيانات، ويجري تحرير الفصل المتعلق بالمساعدة القانونية المتبادلة."),
                done(1, "2017-10-02", null),
                begun(2));
        report(fiches, third, "2017-10-19", "Papadopoulou", text("Morocco and Tunisia have begun checking their fiches.",
                "Le Maroc et la Tunisie ont commencé à vérifier leurs fiches.", "بدأ المغرب وتونس مراجعة بطاقاتهما."),
                begun(ficheOf("MA")),
                begun(ficheOf("TN")));
    }

    /**
     * Lisbon, 13 to 15 March 2018. Morocco and Jordan sent written reports, which the chair
     * presented; Tunisia did not report again, Algeria never did.
     */
    private void fourthSession(Map<String, Plan> national, Plan gaps, Plan handbook, Plan fiches) {
        UUID fourth = session(4);
        report(national.get("EG"), fourth, "2018-03-13", "Abdelrahman", text("The contact points are designated; the Public "
                + "Prosecution's international cooperation office is being linked to the platform.", "Les points de contact sont "
                + "désignés ; le bureau de la coopération internationale du parquet général est en cours de rattachement à la "
                + "plateforme.", "تم تعيين نقاط الاتصال، ويجري ربط مكتب التعاون الدولي بالنيابة العامة بالمنصة."),
                done(1, "2018-02-05", null),
                begun(2));
        report(handbook, fourth, "2018-03-13", "Ferreira", text("Chapter 1 is final; chapters 2 and 3 are being drafted.",
                "Le chapitre 1 est finalisé ; les chapitres 2 et 3 sont en cours de rédaction.",
                "الفصل الأول جاهز، والفصلان الثاني والثالث قيد الصياغة."),
                done(1, "2018-02-15", null),
                begun(2),
                begun(3));
        report(national.get("IL"), fourth, "2018-03-14", "Rosen", text("The contact points are designated and the authorities "
                + "mapped; the guidelines for prosecutors and the police are in preparation.", "Les points de contact sont désignés "
                + "et les autorités recensées ; les lignes directrices pour les procureurs et la police sont en préparation.",
                "تم تعيين نقاط الاتصال وحصر السلطات، والمبادئ التوجيهية للنيابة والشرطة قيد الإعداد."),
                done(1, "2017-12-20", null),
                done(2, "2018-02-27", null),
                begun(3));
        report(national.get("PS"), fourth, "2018-03-14", "Barghouti", text("Work has begun on the contact points and on their "
                + "training.", "Les travaux ont commencé sur les points de contact et leur formation.",
                "بدأ العمل على تعيين نقاط الاتصال وتدريبها."),
                begun(1),
                begun(2));
        report(fiches, fourth, "2018-03-14", "El-Sayed", text("Morocco and Tunisia have sent their checked fiches; Jordan has "
                + "begun.", "Le Maroc et la Tunisie ont transmis leurs fiches vérifiées ; la Jordanie a commencé.",
                "أرسل المغرب وتونس بطاقاتهما بعد مراجعتها، وبدأ الأردن."),
                done(ficheOf("MA"), "2017-12-12", null),
                done(ficheOf("TN"), "2018-01-22", null),
                begun(ficheOf("JO")));
        report(national.get("MA"), fourth, "2018-03-15", "Benjelloun", text("Written report, presented by the chair: the mapping "
                + "is finished; the Presidency of the Public Prosecution, independent since October 2017, is joining the platform.",
                "Rapport écrit, présenté par le président de séance : le recensement est terminé ; la présidence du ministère public, "
                + "indépendante depuis octobre 2017, rejoint la plateforme.", "تقرير مكتوب قدمه رئيس الاجتماع: اكتمل حصر السلطات، "
                + "وتنضم رئاسة النيابة العامة، المستقلة منذ أكتوبر 2017، إلى المنصة."),
                done(2, "2018-02-20", null),
                begun(3));
        report(national.get("JO"), fourth, "2018-03-15", "Al-Masri", text("Written report, presented by the chair: the Commission "
                + "and the financial intelligence unit have joined, and the platform met for the first time on 1 March 2018.",
                "Rapport écrit, présenté par le président de séance : la Commission et la cellule de renseignement financier ont "
                + "rejoint la plateforme, qui s'est réunie pour la première fois le 1er mars 2018.", "تقرير مكتوب قدمه رئيس "
                + "الاجتماع: انضمت الهيئة ووحدة المعلومات المالية، وعقدت المنصة اجتماعها الأول في 1 مارس 2018."),
                done(2, "2018-02-28", null),
                done(3, "2018-03-01", null),
                begun(4));
        report(gaps, fourth, "2018-03-15", "Ferreira", text("The chapter on mutual legal assistance is final; the one on electronic "
                + "evidence has begun.", "Le chapitre sur l'entraide judiciaire est finalisé ; celui sur la preuve électronique a "
                + "commencé.", "اكتمل الفصل المتعلق بالمساعدة القانونية المتبادلة، وبدأ العمل على فصل الأدلة الإلكترونية."),
                done(2, "2018-02-28", null),
                begun(3));
    }

    /** A milestone to be: its title, due date and, when named, the acronym of the organisation responsible. */
    private record Step(LanguageMap title, LocalDate due, String responsible) {
    }

    /** A roadmap made, with its milestones' ids by position. */
    private record Plan(UUID id, List<UUID> milestones) {

        UUID milestone(int position) {
            return milestones.get(position - 1);
        }
    }

    /** A milestone's new status in a report, the milestone given by its position. */
    private record Update(int position, MilestoneStatus status, LocalDate completedOn, LanguageMap note) {
    }

    private Plan national(String code, UUID parent, UUID adoptedAt, Step... steps) {
        LanguageMap name = countries.get(code).name();
        LanguageMap title = text("National coordination platform: " + name.get("en"), "Plateforme nationale de coordination : "
                + name.get("fr"), "منصة التنسيق الوطنية: " + name.get("ar"));
        return roadmap(code, NATIONAL_COORDINATION_PLATFORM, title, NATIONAL_OBJECTIVE, PRINCIPLES, adoptedAt, parent, steps);
    }

    private Plan roadmap(String country, RoadmapTopic topic, LanguageMap title, LanguageMap objective, List<LanguageMap> principles,
            UUID adoptedAt, UUID parent, Step... steps) {
        RoadmapDto roadmap = roadmaps.create(new RoadmapInput(CRIMEX, country, topic, title, objective, principles,
                RoadmapStatus.ADOPTED, adoptedAt, parent), ACTOR);
        List<UUID> ids = new ArrayList<>();
        for (Step step : steps) {
            UUID responsible = step.responsible() == null ? null : records.organisationId(step.responsible());
            ids.add(milestones.add(roadmap.id(), new MilestoneInput(null, step.title(), null, responsible, step.due(), null, null),
                    ACTOR).id());
        }
        return new Plan(roadmap.id(), ids);
    }

    private void report(Plan plan, UUID meeting, String day, String reporter, LanguageMap summary, Update... updates) {
        List<MilestoneUpdate> applied = Arrays.stream(updates).map(update -> new MilestoneUpdate(plan.milestone(update.position()),
                update.status(), update.completedOn(), update.note())).toList();
        reports.add(plan.id(), new ProgressReportInput(meeting, LocalDate.parse(day), records.memberId(reporter), summary, applied),
                STAFF, ACTOR);
    }

    private static Step step(LanguageMap title, String due, String responsible) {
        return new Step(title, LocalDate.parse(due), responsible);
    }

    private static Update done(int position, String on, LanguageMap note) {
        return new Update(position, MilestoneStatus.DONE, LocalDate.parse(on), note);
    }

    private static Update begun(int position) {
        return new Update(position, MilestoneStatus.IN_PROGRESS, null, null);
    }

    private static Update blocked(int position, LanguageMap note) {
        return new Update(position, MilestoneStatus.BLOCKED, null, note);
    }

    private static int ficheOf(String country) {
        return FICHE_COUNTRIES.indexOf(country) + 1;
    }

    private UUID session(int number) {
        return meetings.findIdBySession(CRIMEX, number).orElseThrow();
    }


    private static LanguageMap text(String en, String fr, String ar) {
        return LanguageMap.of(en, fr, ar);
    }
}
