package eu.euromedjustice.fiche;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import eu.euromedjustice.common.demo.DemoDataContributor;
import eu.euromedjustice.common.demo.DemoRecords;
import eu.euromedjustice.common.http.Preconditions.IfMatch;
import eu.euromedjustice.common.i18n.LanguageMap;
import eu.euromedjustice.fiche.FicheContent.Authority;
import eu.euromedjustice.fiche.FicheContent.LegalBasis;
import eu.euromedjustice.fiche.FicheContent.Source;
import eu.euromedjustice.fiche.FicheContent.Translations;

import static eu.euromedjustice.fiche.Channel.CENTRAL_AUTHORITY;
import static eu.euromedjustice.fiche.Channel.DIPLOMATIC;
import static eu.euromedjustice.fiche.Channel.INTERPOL;
import static eu.euromedjustice.fiche.DualCriminality.DEPENDS;
import static eu.euromedjustice.fiche.DualCriminality.NOT_REQUIRED;
import static eu.euromedjustice.fiche.DualCriminality.REQUIRED;
import static eu.euromedjustice.fiche.DualCriminality.UNKNOWN;
import static eu.euromedjustice.fiche.Possibility.NO;
import static eu.euromedjustice.fiche.Possibility.PARTIAL;
import static eu.euromedjustice.fiche.Possibility.YES;
import static eu.euromedjustice.fiche.TranslationStatus.MACHINE;
import static eu.euromedjustice.fiche.TranslationStatus.ORIGINAL;
import static eu.euromedjustice.fiche.TranslationStatus.REVIEWED;

/**
 * Published fiches of eight measures in eight South Partner Countries, not every pair (Libya has
 * none, Egypt none for real-time interception), five of them with a second revision after a
 * reform, and one fiche of Lebanon waiting in review. Every fiche says it is sample content: the
 * facts are plausible, not verified. They go through the real workflow, so that revisions, changed
 * fields, the change feed and the audit log look as they do in production.
 */
@ApplicationScoped
public class FicheDemoData implements DemoDataContributor {

    private static final String ACTOR = "demo";

    /** The otherInformation of every demo fiche: it says first that it is sample content. */
    private static final LanguageMap SAMPLE = text("SAMPLE CONTENT for demonstration: not verified legal information. Check the law "
            + "in force with the central authority before relying on this fiche.", "CONTENU D'EXEMPLE pour la démonstration : "
            + "informations juridiques non vérifiées. Vérifiez le droit en vigueur auprès de l'autorité centrale avant de vous fonder "
            + "sur cette fiche.", "محتوى نموذجي لأغراض العرض: معلومات قانونية غير موثقة. يرجى التحقق من القانون النافذ لدى السلطة "
            + "المركزية قبل الاعتماد على هذه البطاقة.");
    private static final Source SAMPLE_SOURCE = new Source(text("Sample data of the EuroMed Justice demo",
            "Données d'exemple de la démonstration EuroMed Justice", "بيانات نموذجية للعرض التجريبي لبرنامج يوروميد للعدالة"), null);
    private static final LanguageMap FIRST = text("First publication.", "Première publication.", "النشر الأول.");

    private static final LanguageMap UNTOC = text("United Nations Convention against Transnational Organized Crime (Palermo, 2000)",
            "Convention des Nations Unies contre la criminalité transnationale organisée (Palerme, 2000)",
            "اتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية (باليرمو، 2000)");
    private static final LanguageMap UNCAC = text("United Nations Convention against Corruption (2003)",
            "Convention des Nations Unies contre la corruption (2003)", "اتفاقية الأمم المتحدة لمكافحة الفساد (2003)");
    private static final LanguageMap RIYADH = text("Riyadh Arab Agreement for Judicial Cooperation (1983)",
            "Convention arabe de Riyad sur la coopération judiciaire (1983)", "اتفاقية الرياض العربية للتعاون القضائي (1983)");
    private static final LanguageMap ARAB_CYBERCRIME = text("Arab Convention on Combating Information Technology Offences (Cairo, 2010)",
            "Convention arabe sur la lutte contre les infractions liées aux technologies de l'information (Le Caire, 2010)",
            "الاتفاقية العربية لمكافحة جرائم تقنية المعلومات (القاهرة، 2010)");
    private static final LanguageMap BUDAPEST = text("Council of Europe Convention on Cybercrime (Budapest, 2001)",
            "Convention du Conseil de l'Europe sur la cybercriminalité (Budapest, 2001)",
            "اتفاقية مجلس أوروبا المتعلقة بالجريمة الإلكترونية (بودابست، 2001)");
    private static final LanguageMap EUROPEAN_MLA = text("European Convention on Mutual Assistance in Criminal Matters (1959)",
            "Convention européenne d'entraide judiciaire en matière pénale (1959)",
            "الاتفاقية الأوروبية للمساعدة المتبادلة في المسائل الجنائية (1959)");
    private static final LanguageMap TN_TERRORISM_LAW = text(
            "Organic Law No. 2015-26 of 7 August 2015 on combating terrorism and suppressing money laundering",
            "Loi organique n° 2015-26 du 7 août 2015 relative à la lutte contre le terrorisme et à la répression du blanchiment d'argent",
            "القانون الأساسي عدد 26 لسنة 2015 المؤرخ في 7 أوت 2015 المتعلق بمكافحة الإرهاب ومنع غسل الأموال");
    private static final LanguageMap DZ_ICT_LAW = text("Law No. 09-04 of 5 August 2009 on the prevention of and fight against offences "
            + "related to information and communication technologies",
            "Loi n° 09-04 du 5 août 2009 portant règles particulières relatives à la prévention et à la lutte contre les infractions "
            + "liées aux technologies de l'information et de la communication",
            "القانون رقم 09-04 المؤرخ في 5 غشت 2009 المتضمن القواعد الخاصة للوقاية من الجرائم المتصلة بتكنولوجيات الإعلام "
            + "والاتصال ومكافحتها");

    private final FicheWorkflow workflow;
    private final DemoRecords records;
    /** The country profiles, built in {@link #load()} once the ministries exist. */
    private final Map<String, Spc> countries = new HashMap<>();

    public FicheDemoData(FicheWorkflow workflow, DemoRecords records) {
        this.workflow = workflow;
        this.records = records;
    }

    @Override
    public int order() {
        return 130; // after the reference data, whose ministries of justice the fiches name
    }

    @Override
    public void load() {
        countryProfiles();
        interceptionInRealTime();
        trafficData();
        videoconference();
        freezing();
        search();
        serviceOfDocuments();
        criminalRecords();
        jointInvestigationTeams();
        lebanonInterceptionInReview();
    }

    /** What every fiche of a country shares: its central authority, languages, channels and urgent procedure. */
    private record Spc(String code, UUID ministry, LanguageMap procedureCode, LanguageMap receiving, List<String> languages,
            LanguageMap languageNote, List<Channel> channels, LanguageMap urgent, Translations translations) {
    }

    private void countryProfiles() {
        profile("DZ", text("Code of Criminal Procedure (Ordinance No. 66-155 of 8 June 1966, as amended)",
                "Code de procédure pénale (ordonnance n° 66-155 du 8 juin 1966, modifiée)",
                "قانون الإجراءات الجزائية (الأمر رقم 66-155 المؤرخ في 8 يونيو 1966، المعدل والمتمم)"),
                text("Ministry of Justice, Directorate of Criminal Affairs and Pardons", "Ministère de la Justice, Direction des affaires "
                        + "pénales et des grâces", "وزارة العدل، مديرية الشؤون الجزائية وإجراءات العفو"),
                List.of("ar", "fr"), text(null, "Les demandes rédigées en français sont acceptées ; une traduction en arabe accélère "
                        + "l'exécution.", "تقبل الطلبات المحررة باللغة الفرنسية، وترجمتها إلى اللغة العربية تسرّع تنفيذها."),
                List.of(DIPLOMATIC, CENTRAL_AUTHORITY),
                text("In urgent cases the request may be sent in advance through INTERPOL; the original follows through the diplomatic "
                        + "channel.", "En cas d'urgence, la demande peut être transmise par anticipation via INTERPOL ; l'original suit "
                        + "par la voie diplomatique.", "في حالة الاستعجال، يجوز إرسال الطلب مسبقا عن طريق الإنتربول، على أن يتبعه الأصل "
                        + "بالطريق الدبلوماسي."),
                new Translations(MACHINE, ORIGINAL, REVIEWED));
        profile("EG", text("Code of Criminal Procedure (Law No. 150 of 1950)", "Code de procédure pénale (loi n° 150 de 1950)",
                "قانون الإجراءات الجنائية (القانون رقم 150 لسنة 1950)"),
                text("Ministry of Justice, International and Cultural Cooperation Sector; the Public Prosecution executes the requests",
                        "Ministère de la Justice, secteur de la coopération internationale et culturelle ; le parquet général exécute "
                        + "les demandes", "وزارة العدل، قطاع التعاون الدولي والثقافي؛ وتتولى النيابة العامة تنفيذ الطلبات"),
                List.of("ar"), text("Requests in another language must come with an Arabic translation made by the requesting State.",
                        "Les demandes rédigées dans une autre langue doivent être accompagnées d'une traduction en arabe établie par "
                        + "l'État requérant.", "يجب أن تكون الطلبات المحررة بلغة أخرى مصحوبة بترجمة إلى اللغة العربية تعدها الدولة "
                        + "الطالبة."),
                List.of(CENTRAL_AUTHORITY, DIPLOMATIC),
                text("Urgent requests may be announced by e-mail to the International Cooperation Office of the Public Prosecution; "
                        + "the formal request must follow.", "Les demandes urgentes peuvent être annoncées par courriel au bureau de la "
                        + "coopération internationale du parquet général ; la demande formelle doit suivre.",
                        "يجوز الإخطار بالطلبات العاجلة بالبريد الإلكتروني إلى مكتب التعاون الدولي بالنيابة العامة، على أن يتبعها "
                        + "الطلب الرسمي."),
                new Translations(REVIEWED, MACHINE, ORIGINAL));
        profile("IL", text("Legal Assistance between States Law, 5758-1998", "Loi sur l'entraide judiciaire entre États, 5758-1998",
                "قانون المساعدة القانونية بين الدول لسنة 1998 (5758)"),
                text("Department of International Affairs, Office of the State Attorney (Ministry of Justice)",
                        "Département des affaires internationales du Parquet de l'État (ministère de la Justice)",
                        "قسم الشؤون الدولية في مكتب النائب العام للدولة (وزارة العدل)"),
                List.of("he", "en"), text("Requests in English are executed without translation; documents to be served on a person "
                        + "should be translated into a language the person understands (Hebrew or Arabic).",
                        "Les demandes en anglais sont exécutées sans traduction ; les actes à signifier doivent être traduits dans une "
                        + "langue que le destinataire comprend (hébreu ou arabe).", "تنفذ الطلبات المحررة بالإنجليزية دون ترجمة، "
                        + "أما الوثائق المراد تبليغها فينبغي ترجمتها إلى لغة يفهمها المرسل إليه (العبرية أو العربية)."),
                List.of(CENTRAL_AUTHORITY, INTERPOL),
                text("In urgent cases the request may be sent by e-mail to the Department of International Affairs; the original "
                        + "follows by post.", "En cas d'urgence, la demande peut être envoyée par courriel au Département des affaires "
                        + "internationales ; l'original suit par la poste.", "في حالة الاستعجال، يجوز إرسال الطلب بالبريد الإلكتروني "
                        + "إلى قسم الشؤون الدولية، على أن يتبعه الأصل بالبريد."),
                new Translations(ORIGINAL, MACHINE, REVIEWED));
        profile("JO", text("Code of Criminal Procedure (Law No. 9 of 1961)", "Code de procédure pénale (loi n° 9 de 1961)",
                "قانون أصول المحاكمات الجزائية رقم (9) لسنة 1961"),
                text("Ministry of Justice, International Cooperation Directorate", "Ministère de la Justice, direction de la coopération "
                        + "internationale", "وزارة العدل، مديرية التعاون الدولي"),
                List.of("ar", "en"), text("Requests in English are accepted; the annexes are best translated into Arabic.",
                        "Les demandes en anglais sont acceptées ; il est préférable de traduire les annexes en arabe.",
                        "تقبل الطلبات المحررة بالإنجليزية، ويفضل ترجمة المرفقات إلى اللغة العربية."),
                List.of(CENTRAL_AUTHORITY, DIPLOMATIC, INTERPOL),
                text("Urgent requests may be sent through INTERPOL Amman or by e-mail to the Ministry of Justice, the original to follow.",
                        "Les demandes urgentes peuvent être envoyées via INTERPOL Amman ou par courriel au ministère de la Justice, "
                        + "l'original devant suivre.", "يجوز إرسال الطلبات العاجلة عن طريق الإنتربول في عمّان أو بالبريد الإلكتروني إلى "
                        + "وزارة العدل، على أن يتبعها الأصل."),
                new Translations(REVIEWED, MACHINE, ORIGINAL));
        profile("LB", text("Code of Criminal Procedure (Law No. 328 of 7 August 2001)", "Code de procédure pénale (loi n° 328 du "
                + "7 août 2001)", "قانون أصول المحاكمات الجزائية (القانون رقم 328 تاريخ 7 آب 2001)"),
                text("Ministry of Justice; requests are executed under the Public Prosecutor at the Court of Cassation",
                        "Ministère de la Justice ; les demandes sont exécutées sous l'autorité du procureur général près la Cour de "
                        + "cassation", "وزارة العدل؛ وتنفذ الطلبات بإشراف النائب العام لدى محكمة التمييز"),
                List.of("ar", "fr"), text(null, "Les demandes en anglais sont en pratique acceptées lorsqu'elles sont accompagnées d'une "
                        + "traduction en arabe.", "تقبل عمليا الطلبات المحررة بالإنجليزية إذا أرفقت بترجمة إلى العربية."),
                List.of(DIPLOMATIC, CENTRAL_AUTHORITY),
                text(null, "En cas d'urgence, la demande peut être adressée directement au parquet de cassation, avec copie au "
                        + "ministère de la Justice.", "في حالة الاستعجال، يجوز توجيه الطلب مباشرة إلى النيابة العامة التمييزية مع نسخة إلى "
                        + "وزارة العدل."),
                new Translations(MACHINE, REVIEWED, ORIGINAL));
        profile("MA", text("Code of Criminal Procedure (Law No. 22-01)", "Code de procédure pénale (loi n° 22-01)",
                "قانون المسطرة الجنائية (القانون رقم 22.01)"),
                text("Ministry of Justice, Directorate of Criminal Affairs and Pardons", "Ministère de la Justice, Direction des "
                        + "affaires pénales et des grâces", "وزارة العدل، مديرية الشؤون الجنائية والعفو"),
                List.of("ar", "fr"), text("Requests in French are executed without translation.",
                        "Les demandes en français sont exécutées sans traduction.", "تنفذ الطلبات المحررة بالفرنسية دون حاجة إلى ترجمة."),
                List.of(CENTRAL_AUTHORITY, DIPLOMATIC),
                text("In urgent cases the request may be sent in advance by e-mail to the Directorate of Criminal Affairs and Pardons; "
                        + "the original must follow within 30 days.", "En cas d'urgence, la demande peut être adressée par anticipation "
                        + "par courriel à la Direction des affaires pénales et des grâces ; l'original doit suivre dans les 30 jours.",
                        "في حالة الاستعجال، يجوز توجيه الطلب مسبقا بالبريد الإلكتروني إلى مديرية الشؤون الجنائية والعفو، على أن يتبعه "
                        + "الأصل داخل أجل 30 يوما."),
                new Translations(REVIEWED, ORIGINAL, REVIEWED));
        profile("PS", text("Code of Criminal Procedure (Law No. 3 of 2001)", null, "قانون الإجراءات الجزائية رقم (3) لسنة 2001"),
                text("Ministry of Justice, International Cooperation Unit; the Public Prosecution executes the requests", null,
                        "وزارة العدل، وحدة التعاون الدولي؛ وتتولى النيابة العامة تنفيذ الطلبات"),
                List.of("ar"), text("Requests in another language must come with an Arabic translation.", null,
                        "يجب أن تكون الطلبات المحررة بلغة أخرى مصحوبة بترجمة إلى اللغة العربية."),
                List.of(CENTRAL_AUTHORITY, DIPLOMATIC),
                text("Urgent requests may be sent by e-mail to the International Cooperation Unit, the original to follow.", null,
                        "يجوز إرسال الطلبات العاجلة بالبريد الإلكتروني إلى وحدة التعاون الدولي، على أن يتبعها الأصل."),
                new Translations(REVIEWED, MACHINE, ORIGINAL));
        profile("TN", text("Code of Criminal Procedure", "Code de procédure pénale", "مجلة الإجراءات الجزائية"),
                text("Ministry of Justice, General Directorate of Criminal Affairs", "Ministère de la Justice, direction générale des "
                        + "affaires pénales", "وزارة العدل، الإدارة العامة للشؤون الجزائية"),
                List.of("ar", "fr"), text(null, "Les demandes en français sont acceptées ; les pièces en anglais doivent être traduites.",
                        "تقبل الطلبات المحررة بالفرنسية، ويجب ترجمة الوثائق المحررة بالإنجليزية."),
                List.of(DIPLOMATIC, CENTRAL_AUTHORITY),
                text("Urgent requests may be sent in advance through INTERPOL Tunis; the original follows through the diplomatic "
                        + "channel.", "Les demandes urgentes peuvent être transmises par anticipation via INTERPOL Tunis ; l'original "
                        + "suit par la voie diplomatique.", "يجوز إرسال الطلبات العاجلة مسبقا عن طريق الإنتربول بتونس، على أن يتبعها الأصل "
                        + "بالطريق الدبلوماسي."),
                new Translations(MACHINE, REVIEWED, ORIGINAL));
    }

    // A.11: compare DZ, MA and TN at once; Egypt has no fiche, Lebanon's waits in review
    private void interceptionInRealTime() {
        LanguageMap requirements = text("The request names the target, the telephone numbers or other identifiers, the intended "
                + "duration and the offence, and explains why the interception is necessary.", "La demande indique la cible, les "
                + "numéros de téléphone ou autres identifiants, la durée envisagée et l'infraction, et explique pourquoi l'interception "
                + "est nécessaire.", "يجب أن يبين الطلب الشخص المستهدف وأرقام الهاتف أو المعرفات الأخرى والمدة المتوقعة والجريمة، وأن "
                + "يوضح سبب ضرورة الاعتراض.");

        publish(fiche("DZ", "A.11", PARTIAL, REQUIRED).requirements(requirements).alternatives("A.10")
                .possibilityNote(text("Interceptions are authorised by the public prosecutor or the investigating judge for the offences "
                        + "listed in article 65 bis 5 (drug trafficking, transnational organised crime, terrorism, money laundering, "
                        + "attacks on data processing systems, corruption). The results are sent as recordings and transcripts; live "
                        + "transmission abroad is not provided for.", "Les interceptions sont autorisées par le procureur de la République "
                        + "ou le juge d'instruction pour les infractions énumérées à l'article 65 bis 5 (trafic de drogue, criminalité "
                        + "transnationale organisée, terrorisme, blanchiment, atteintes aux systèmes de traitement automatisé de données, "
                        + "corruption). Les résultats sont transmis sous forme d'enregistrements et de transcriptions ; la transmission "
                        + "en direct à l'étranger n'est pas prévue.", "يأذن وكيل الجمهورية أو قاضي التحقيق باعتراض المراسلات في الجرائم "
                        + "المذكورة في المادة 65 مكرر 5 (المخدرات، الجريمة المنظمة العابرة للحدود الوطنية، الإرهاب، تبييض الأموال، "
                        + "الجرائم الماسة بأنظمة المعالجة الآلية للمعطيات، الفساد). وتحال النتائج في شكل تسجيلات ومحاضر تفريغ، ولا ينص "
                        + "القانون على إحالتها مباشرة إلى الخارج."))
                .law(code("DZ", "Articles 65 bis 5 to 65 bis 10"), basis(DZ_ICT_LAW, "Articles 4 and 16"),
                        basis(UNTOC, "Articles 18 and 20"), basis(RIYADH, null))
                .executing(text(null, "Le procureur de la République territorialement compétent, assisté de la police judiciaire",
                        "وكيل الجمهورية المختص إقليميا بمساعدة الضبطية القضائية"))
                .deadline("P3M", text(null, "L'autorisation est délivrée pour quatre mois au plus, renouvelable.",
                        "يمنح الإذن لمدة أقصاها أربعة أشهر قابلة للتجديد.")),
                LocalDate.of(2018, 5, 2));

        Sheet morocco = fiche("MA", "A.11", YES, REQUIRED).requirements(requirements).alternatives("A.10", "A.50")
                .possibilityNote(text("Interception is authorised by the First President of the Court of Appeal at the request of the "
                        + "Crown Prosecutor General, for the offences listed in article 108 (among them offences against State security, "
                        + "terrorism, organised crime, drug trafficking and money laundering), for four months renewable once.",
                        "L'interception est autorisée par le premier président de la cour d'appel sur réquisition du procureur général "
                        + "du Roi, pour les infractions énumérées à l'article 108 (notamment les atteintes à la sûreté de l'État, le "
                        + "terrorisme, la criminalité organisée, le trafic de stupéfiants et le blanchiment), pour quatre mois "
                        + "renouvelables une fois.", "يأذن الرئيس الأول لمحكمة الاستئناف بالتقاط المكالمات بناء على ملتمس الوكيل العام "
                        + "للملك، في الجرائم المنصوص عليها في المادة 108 (ومنها المس بأمن الدولة والإرهاب والجريمة المنظمة والاتجار في "
                        + "المخدرات وغسل الأموال)، لمدة أربعة أشهر قابلة للتجديد مرة واحدة."))
                .law(code("MA", "Articles 108 to 116"), code("MA", "Article 713 (primacy of international conventions)"),
                        basis(UNTOC, "Articles 18 and 20"),
                        new LegalBasis(text("Bilateral conventions on mutual legal assistance in criminal matters",
                                "Conventions bilatérales d'entraide judiciaire en matière pénale", "الاتفاقيات الثنائية للتعاون القضائي "
                                        + "في المادة الجنائية"), null,
                                text("Among them with France, Spain and Belgium.", "Notamment avec la France, l'Espagne et la Belgique.",
                                        "ومنها الاتفاقيات المبرمة مع فرنسا وإسبانيا وبلجيكا.")))
                .executing(text("The Crown Prosecutor General at the competent Court of Appeal", "Le procureur général du Roi près la "
                        + "cour d'appel compétente", "الوكيل العام للملك لدى محكمة الاستئناف المختصة"))
                .deadline("P60D", text("Counted from receipt by the Crown Prosecutor General.", "À compter de la réception par le "
                        + "procureur général du Roi.", "يحتسب الأجل من تاريخ توصل الوكيل العام للملك بالطلب."));
        publish(morocco, LocalDate.of(2018, 3, 1));
        publish(morocco.languages(List.of("ar", "fr", "en"), text("Since 2020 requests in English are accepted; an Arabic or French "
                        + "translation of the annexes speeds up execution.", "Depuis 2020, les demandes en anglais sont acceptées ; une "
                        + "traduction des annexes en arabe ou en français accélère l'exécution.", "منذ سنة 2020 أصبحت الطلبات المحررة "
                        + "بالإنجليزية مقبولة، وترجمة المرفقات إلى العربية أو الفرنسية تسرّع التنفيذ."))
                .deadline("P30D", text("Since 2020 the Presidency of the Public Prosecution follows every request; the usual time fell "
                        + "from 60 to 30 days.", "Depuis 2020, la Présidence du ministère public suit chaque demande ; le délai usuel est "
                        + "passé de 60 à 30 jours.", "منذ سنة 2020 تتولى رئاسة النيابة العامة تتبع كل طلب، فتقلص الأجل المعتاد من 60 إلى 30 "
                        + "يوما.")),
                LocalDate.of(2020, 2, 3),
                text("Execution deadline shortened from 60 to 30 days since the Presidency of the Public Prosecution follows the "
                        + "requests; requests in English are now accepted.", "Délai d'exécution ramené de 60 à 30 jours depuis que la "
                        + "Présidence du ministère public suit les demandes ; les demandes en anglais sont désormais acceptées.",
                        "تقليص أجل التنفيذ من 60 إلى 30 يوما منذ أن أصبحت رئاسة النيابة العامة تتبع الطلبات؛ وأصبحت الطلبات المحررة "
                        + "بالإنجليزية مقبولة."));

        publish(fiche("TN", "A.11", PARTIAL, REQUIRED).requirements(requirements).alternatives("A.10", "A.50")
                .possibilityNote(text("Only for terrorist offences and money laundering: the public prosecutor or the investigating "
                        + "judge may order the interception by a reasoned written decision, for four months renewable once.",
                        "Uniquement pour les infractions terroristes et le blanchiment : le procureur de la République ou le juge "
                        + "d'instruction peut ordonner l'interception par décision écrite et motivée, pour quatre mois renouvelables une "
                        + "fois.", "يقتصر ذلك على الجرائم الإرهابية وغسل الأموال: يجوز لوكيل الجمهورية أو لقاضي التحقيق الإذن باعتراض "
                        + "الاتصالات بقرار كتابي معلل لمدة أربعة أشهر قابلة للتمديد مرة واحدة."))
                .law(basis(TN_TERRORISM_LAW, "Articles 54 to 56"), code("TN", "Articles 331 to 335"),
                        basis(UNTOC, "Articles 18 and 20"), basis(RIYADH, null))
                .executing(text("The investigating judge of the Judicial Counter-Terrorism Pole", "Le juge d'instruction du pôle "
                        + "judiciaire antiterroriste", "قاضي التحقيق بالقطب القضائي لمكافحة الإرهاب"))
                .deadline("P2M", null),
                LocalDate.of(2018, 9, 17));

        publish(fiche("JO", "A.11", PARTIAL, REQUIRED).requirements(requirements).alternatives("A.10")
                .possibilityNote(text("The public prosecutor may order the monitoring of communications in the investigation of a "
                        + "felony or of a misdemeanour punishable by more than three months' imprisonment. The recordings are sent "
                        + "once the monitoring ends; live transmission abroad is not possible.", null, "يجوز للمدعي العام أن يأمر بمراقبة "
                        + "الاتصالات أثناء التحقيق في جناية أو في جنحة يعاقب عليها بالحبس مدة تزيد على ثلاثة أشهر، وتحال التسجيلات "
                        + "بعد انتهاء المراقبة، ولا يمكن إحالتها مباشرة إلى الخارج."))
                .law(code("JO", "Article 88"), basis(UNTOC, "Articles 18 and 20"), basis(RIYADH, null))
                .deadline("P3M", null),
                LocalDate.of(2019, 4, 1));

        publish(fiche("IL", "A.11", NO, REQUIRED).alternatives("A.50", "A.70")
                .possibilityNote(text("The Secret Monitoring Law allows interception only for an Israeli investigation; it cannot be "
                        + "carried out solely to execute a foreign request. What an Israeli interception found may be shared through "
                        + "the police channel.", "La loi sur les écoutes secrètes ne permet l'interception que pour une enquête "
                        + "israélienne ; elle ne peut être réalisée uniquement pour exécuter une demande étrangère.",
                        "لا يجيز قانون التنصت السري الاعتراض إلا لأغراض تحقيق إسرائيلي، ولا يمكن إجراؤه لمجرد تنفيذ طلب أجنبي."))
                .law(basis(text("Secret Monitoring Law, 5739-1979", "Loi sur les écoutes secrètes, 5739-1979",
                        "قانون التنصت السري لسنة 1979 (5739)"), "Section 6"), code("IL", null)),
                LocalDate.of(2018, 11, 5));
    }

    // A.50: Egypt and Jordan show how a new cybercrime law changes a fiche
    private void trafficData() {
        LanguageMap requirements = text("State the number, device or account, the exact period and the link between these data and "
                + "the offence. Retention periods are short: ask for preservation (A.60) first.", "Indiquer le numéro, l'appareil ou "
                + "le compte, la période exacte et le lien entre ces données et l'infraction. Les durées de conservation sont courtes : "
                + "demander d'abord la conservation (A.60).", "يجب تحديد الرقم أو الجهاز أو الحساب والفترة بدقة، وبيان الصلة بين هذه "
                + "البيانات والجريمة. ومدد الاحتفاظ قصيرة، لذا يستحسن طلب التحفظ العاجل على البيانات (A.60) أولا.");

        publish(fiche("DZ", "A.50", YES, DEPENDS).requirements(requirements).alternatives("A.60")
                .possibilityNote(text(null, "Les opérateurs conservent les données relatives au trafic pendant un an (article 11 de la "
                        + "loi n° 09-04).", "يحتفظ مقدمو الخدمات بالمعطيات المتعلقة بحركة السير لمدة سنة واحدة (المادة 11 من القانون رقم "
                        + "09-04)."))
                .law(basis(DZ_ICT_LAW, "Articles 10, 11 and 16"), basis(ARAB_CYBERCRIME, null), basis(UNTOC, "Article 18"))
                .deadline("P2M", null),
                LocalDate.of(2018, 5, 2));

        publish(fiche("MA", "A.50", YES, REQUIRED).requirements(requirements).alternatives("A.60", "A.70")
                .law(basis(BUDAPEST, "Articles 29, 30 and 31"), code("MA", "Article 108"), basis(UNTOC, "Article 18"))
                .possibilityNote(text("The Budapest Convention is in force for Morocco since 1 October 2018; the Crown prosecutor "
                        + "orders the operator to produce the data.", "La Convention de Budapest est en vigueur pour le Maroc depuis le "
                        + "1er octobre 2018 ; le procureur du Roi enjoint à l'opérateur de produire les données.", "دخلت اتفاقية بودابست "
                        + "حيز النفاذ بالنسبة للمغرب منذ فاتح أكتوبر 2018، ويأمر وكيل الملك المشغل بتقديم البيانات."))
                .deadline("P60D", null),
                LocalDate.of(2019, 1, 15));

        LanguageMap egyptianLaw = text("Law No. 175 of 2018 on combating information technology crimes", "Loi n° 175 de 2018 relative à "
                + "la lutte contre la criminalité liée aux technologies de l'information",
                "القانون رقم 175 لسنة 2018 بشأن مكافحة جرائم تقنية المعلومات");
        Sheet egypt = fiche("EG", "A.50", PARTIAL, REQUIRED).requirements(requirements).alternatives("A.60")
                .possibilityNote(text("Operators have no general duty to retain traffic data; what an operator still holds can be "
                        + "seized by order of the investigating judge.", "Les opérateurs n'ont pas d'obligation générale de conservation ; "
                        + "les données encore détenues peuvent être saisies sur ordonnance du juge d'instruction.", "لا يقع على المشغلين "
                        + "التزام عام بالاحتفاظ ببيانات حركة الاتصالات، ويجوز ضبط ما يحتفظ به المشغل منها بأمر من قاضي التحقيق."))
                .law(code("EG", "Articles 95 and 206"), basis(ARAB_CYBERCRIME, null), basis(UNTOC, "Article 18"))
                .deadline("P3M", null);
        publish(egypt, LocalDate.of(2018, 1, 15));
        publish(egypt.possibility(YES, text("Service providers must keep traffic and location data for 180 days; the investigating "
                        + "authority orders their production.", "Les fournisseurs de services doivent conserver les données de trafic et de "
                        + "localisation pendant 180 jours ; l'autorité d'enquête en ordonne la production.", "يلتزم مقدمو الخدمة بالاحتفاظ "
                        + "ببيانات حركة الاتصالات وبيانات الموقع لمدة 180 يوما، وتأمر جهة التحقيق بتقديمها."))
                .law(basis(egyptianLaw, "Articles 2 and 6"), code("EG", "Articles 95 and 206"), basis(ARAB_CYBERCRIME, null),
                        basis(UNTOC, "Article 18"))
                .deadline("P60D", null),
                LocalDate.of(2018, 9, 1),
                text("Law No. 175 of 2018 obliges service providers to keep traffic and location data for 180 days: the measure is now "
                        + "fully possible and the usual time shorter.", "La loi n° 175 de 2018 oblige les fournisseurs de services à "
                        + "conserver les données de trafic et de localisation pendant 180 jours : la mesure est désormais pleinement "
                        + "possible et le délai usuel plus court.", "يلزم القانون رقم 175 لسنة 2018 مقدمي الخدمة بالاحتفاظ ببيانات حركة "
                        + "الاتصالات وبيانات الموقع لمدة 180 يوما، فأصبح الإجراء ممكنا بالكامل وتقلص الأجل المعتاد."));

        Sheet jordan = fiche("JO", "A.50", YES, REQUIRED).requirements(requirements).alternatives("A.60")
                .law(basis(text("Cybercrime Law No. 27 of 2015", "Loi n° 27 de 2015 sur la cybercriminalité",
                        "قانون الجرائم الإلكترونية رقم (27) لسنة 2015"), "Article 13"), code("JO", "Article 88"),
                        basis(ARAB_CYBERCRIME, null))
                .deadline("P60D", null);
        publish(jordan, LocalDate.of(2018, 6, 1));
        publish(jordan.law(basis(text("Cybercrime Law No. 17 of 2023", "Loi n° 17 de 2023 sur la cybercriminalité",
                        "قانون الجرائم الإلكترونية رقم (17) لسنة 2023"), null), code("JO", "Article 88"), basis(ARAB_CYBERCRIME, null)),
                LocalDate.of(2023, 9, 15),
                text("The Cybercrime Law No. 17 of 2023 replaced Law No. 27 of 2015; the practice is unchanged.", "La loi n° 17 de 2023 "
                        + "sur la cybercriminalité a remplacé la loi n° 27 de 2015 ; la pratique est inchangée.", "حل قانون الجرائم "
                        + "الإلكترونية رقم (17) لسنة 2023 محل القانون رقم (27) لسنة 2015، ولم تتغير الممارسة."));

        publish(fiche("IL", "A.50", YES, DEPENDS).requirements(requirements).alternatives("A.60", "A.70")
                .law(basis(text("Criminal Procedure (Enforcement Powers - Communications Data) Law, 5768-2007", "Loi de procédure "
                        + "pénale (pouvoirs d'exécution - données de communication), 5768-2007", "قانون الإجراءات الجنائية (صلاحيات "
                        + "الإنفاذ - بيانات الاتصالات) لسنة 2007 (5768)"), null), basis(BUDAPEST, "Articles 29, 30 and 33"),
                        code("IL", null))
                .deadline("P30D", null),
                LocalDate.of(2018, 7, 2));

        publish(fiche("TN", "A.50", YES, REQUIRED).requirements(requirements).alternatives("A.60")
                .possibilityNote(text(null, "Les opérateurs conservent les données de trafic pendant deux ans au moins.",
                        "يحتفظ مشغلو الاتصالات ببيانات حركة الاتصالات لمدة لا تقل عن سنتين."))
                .law(basis(text("Decree-Law No. 2022-54 of 13 September 2022 on offences relating to information and communication "
                        + "systems", "Décret-loi n° 2022-54 du 13 septembre 2022 relatif à la lutte contre les infractions se rapportant "
                        + "aux systèmes d'information et de communication", "المرسوم عدد 54 لسنة 2022 المؤرخ في 13 سبتمبر 2022 المتعلق "
                        + "بمكافحة الجرائم المتصلة بأنظمة المعلومات والاتصال"), "Article 6"), basis(ARAB_CYBERCRIME, null))
                .deadline("P2M", null),
                LocalDate.of(2022, 11, 1));
    }

    // G.30: Algeria shows how a reform widens a measure
    private void videoconference() {
        LanguageMap requirements = text("The request states who is to be heard and in which capacity, the proposed date and a "
                + "technical contact; a judge of the requested State attends and checks the identity of the person heard.",
                "La demande indique la personne à entendre et sa qualité, la date proposée et un contact technique ; un juge de "
                + "l'État requis assiste à l'audition et vérifie l'identité de la personne entendue.", "يبين الطلب الشخص المراد سماعه "
                + "وصفته والتاريخ المقترح وجهة الاتصال التقنية، ويحضر قاض من الدولة المطلوب منها ويتحقق من هوية الشخص المستمع إليه.");

        Sheet algeria = fiche("DZ", "G.30", PARTIAL, NOT_REQUIRED).requirements(requirements).alternatives("G.10")
                .possibilityNote(text(null, "La loi n° 15-03 permet d'entendre par visioconférence les témoins et les parties pendant "
                        + "l'instruction ; au stade du jugement, le consentement de la personne est nécessaire.", "يجيز القانون رقم 15-03 "
                        + "سماع الشهود والأطراف عن طريق المحادثة المرئية عن بعد أثناء التحقيق، أما في مرحلة المحاكمة فيشترط رضا الشخص."))
                .law(basis(text("Law No. 15-03 of 1 February 2015 on the modernisation of justice", "Loi n° 15-03 du 1er février 2015 "
                        + "relative à la modernisation de la justice", "القانون رقم 15-03 المؤرخ في 1 فبراير 2015 المتعلق بعصرنة العدالة"),
                        "Articles 14 to 16"), basis(UNTOC, "Article 18, paragraph 18"))
                .deadline("P2M", null);
        publish(algeria, LocalDate.of(2018, 4, 2));
        publish(algeria.possibility(YES, text("Hearing by videoconference is possible at every stage, including the trial of a "
                        + "detained accused person.", "L'audition par visioconférence est possible à tous les stades, y compris le "
                        + "jugement d'un accusé détenu.", "أصبح السماع عن طريق المحادثة المرئية عن بعد ممكنا في جميع المراحل، بما في ذلك "
                        + "محاكمة المتهم المحبوس."))
                .law(basis(text("Law No. 15-03 of 1 February 2015 on the modernisation of justice", "Loi n° 15-03 du 1er février 2015 "
                        + "relative à la modernisation de la justice", "القانون رقم 15-03 المؤرخ في 1 فبراير 2015 المتعلق بعصرنة العدالة"),
                        "Articles 14 to 16"), basis(text("Ordinance No. 20-04 of 30 August 2020 amending the Code of Criminal Procedure",
                        "Ordonnance n° 20-04 du 30 août 2020 modifiant le code de procédure pénale", "الأمر رقم 20-04 المؤرخ في 30 غشت "
                        + "2020 المعدل والمتمم لقانون الإجراءات الجزائية"), null), basis(UNTOC, "Article 18, paragraph 18"))
                .deadline("P30D", null),
                LocalDate.of(2020, 9, 1),
                text("Ordinance No. 20-04 of 2020 extended hearing by videoconference to the trial: the measure is now possible at "
                        + "every stage, and requests are executed faster.", "L'ordonnance n° 20-04 de 2020 a étendu la visioconférence "
                        + "au jugement : la mesure est désormais possible à tous les stades et les demandes sont exécutées plus vite.",
                        "وسع الأمر رقم 20-04 لسنة 2020 السماع عن طريق المحادثة المرئية عن بعد ليشمل مرحلة المحاكمة، فأصبح الإجراء ممكنا "
                        + "في جميع المراحل وصارت الطلبات تنفذ بسرعة أكبر."));

        publish(fiche("MA", "G.30", PARTIAL, NOT_REQUIRED).requirements(requirements).alternatives("G.10")
                .possibilityNote(text("No general provision in Moroccan law: hearings by videoconference are accepted under article 18, "
                        + "paragraph 18, of the UNTOC or a bilateral convention, with the consent of the person heard.", "Pas de "
                        + "disposition générale en droit marocain : l'audition par visioconférence est acceptée sur le fondement de "
                        + "l'article 18, paragraphe 18, de la Convention de Palerme ou d'une convention bilatérale, avec le consentement "
                        + "de la personne entendue.", "لا يتضمن القانون المغربي حكما عاما في هذا الشأن، ويقبل السماع عن طريق الاتصال المرئي "
                        + "استنادا إلى الفقرة 18 من المادة 18 من اتفاقية باليرمو أو إلى اتفاقية ثنائية، برضا الشخص المستمع إليه."))
                .law(basis(UNTOC, "Article 18, paragraph 18"))
                .deadline("P2M", null),
                LocalDate.of(2019, 3, 1));

        publish(fiche("TN", "G.30", YES, NOT_REQUIRED).requirements(requirements)
                .law(code("TN", "Article 141 bis"), basis(TN_TERRORISM_LAW, null), basis(UNTOC, "Article 18, paragraph 18"))
                .possibilityNote(text(null, "La loi organique n° 2015-26 permet l'audition à distance pour protéger les témoins ; "
                        + "depuis 2020, les personnes détenues peuvent aussi être entendues à distance.", "يجيز القانون الأساسي عدد 26 "
                        + "لسنة 2015 السماع عن بعد لحماية الشهود، ومنذ سنة 2020 أصبح من الممكن أيضا سماع الموقوفين عن بعد."))
                .deadline("P45D", null),
                LocalDate.of(2020, 6, 1));

        publish(fiche("JO", "G.30", YES, NOT_REQUIRED).requirements(requirements)
                .possibilityNote(text("Since the amendments of 2017 the Code of Criminal Procedure allows witnesses to be heard by "
                        + "modern technical means.", null, "منذ تعديلات سنة 2017 أصبح قانون أصول المحاكمات الجزائية يجيز سماع الشهود "
                        + "بالوسائل التقنية الحديثة."))
                .law(code("JO", "As amended by Law No. 32 of 2017"), basis(UNTOC, "Article 18, paragraph 18"))
                .deadline("P30D", null),
                LocalDate.of(2018, 9, 3));

        publish(fiche("IL", "G.30", YES, NOT_REQUIRED).requirements(requirements)
                .law(code("IL", null), basis(UNTOC, "Article 18, paragraph 18"), basis(EUROPEAN_MLA, null))
                .deadline("P2M", text("Allow six to eight weeks to book a court room and an interpreter.", "Prévoir six à huit "
                        + "semaines pour réserver une salle d'audience et un interprète.", "يلزم ترك مهلة من ستة إلى ثمانية أسابيع لحجز "
                        + "قاعة المحكمة ومترجم.")),
                LocalDate.of(2018, 5, 2));

        publish(fiche("LB", "G.30", NO, UNKNOWN).alternatives("G.10")
                .possibilityNote(text(null, "Le droit libanais ne prévoit pas l'audition par vidéoconférence pour une procédure "
                        + "étrangère ; le témoin peut être entendu par un juge libanais sur commission rogatoire (G.10).", "لا ينص القانون "
                        + "اللبناني على السماع عن طريق الاتصال المرئي لصالح إجراءات أجنبية، ويمكن أن يستمع قاض لبناني إلى الشاهد بموجب "
                        + "استنابة قضائية (G.10)."))
                .law(code("LB", null)),
                LocalDate.of(2019, 6, 3));
    }

    // E.50: Tunisia no longer requires dual criminality for terrorism financing
    private void freezing() {
        LanguageMap requirements = text("Describe the assets (account numbers, registry references), their link with the offence and, "
                + "when confiscation will follow, the stage of the proceedings.", "Décrire les avoirs (numéros de comptes, références "
                + "des registres), leur lien avec l'infraction et, si une confiscation doit suivre, le stade de la procédure.",
                "يجب وصف الأموال (أرقام الحسابات، مراجع السجلات) وبيان صلتها بالجريمة، وكذا مرحلة الإجراءات إذا كانت المصادرة ستتبع.");

        publish(fiche("DZ", "E.50", YES, REQUIRED).requirements(requirements).alternatives("E.40", "E.60")
                .law(basis(text("Law No. 05-01 of 6 February 2005 on the prevention of and fight against money laundering and "
                        + "terrorist financing", "Loi n° 05-01 du 6 février 2005 relative à la prévention et à la lutte contre le "
                        + "blanchiment d'argent et le financement du terrorisme", "القانون رقم 05-01 المؤرخ في 6 فبراير 2005 المتعلق "
                        + "بالوقاية من تبييض الأموال وتمويل الإرهاب ومكافحتهما"), null), basis(UNTOC, "Articles 12 and 13"),
                        basis(UNCAC, "Articles 54 and 55"))
                .deadline("P2M", null),
                LocalDate.of(2018, 10, 1));

        publish(fiche("EG", "E.50", YES, REQUIRED).requirements(requirements).alternatives("E.60")
                .possibilityNote(text("Freezing is ordered by the competent criminal court at the request of the Public Prosecutor.",
                        null, "تأمر المحكمة الجنائية المختصة بالتجميد بناء على طلب النائب العام."))
                .law(code("EG", "Article 208 bis (a)"), basis(text("Anti-Money Laundering Law No. 80 of 2002", "Loi n° 80 de 2002 "
                        + "relative à la lutte contre le blanchiment d'argent", "قانون مكافحة غسل الأموال رقم 80 لسنة 2002"), null),
                        basis(UNCAC, "Articles 54 and 55"))
                .deadline("P3M", null),
                LocalDate.of(2019, 2, 4));

        publish(fiche("JO", "E.50", YES, DEPENDS).requirements(requirements).alternatives("E.60")
                .law(basis(text("Anti-Money Laundering and Counter-Terrorist Financing Law No. 20 of 2021", "Loi n° 20 de 2021 "
                        + "relative à la lutte contre le blanchiment d'argent et le financement du terrorisme", "قانون مكافحة غسل الأموال "
                        + "وتمويل الإرهاب رقم (20) لسنة 2021"), null), basis(UNTOC, "Articles 12 and 13"), basis(RIYADH, null))
                .deadline("P30D", null),
                LocalDate.of(2021, 9, 1));

        publish(fiche("MA", "E.50", YES, REQUIRED).requirements(requirements).alternatives("E.40", "E.60")
                .law(basis(text("Law No. 43-05 on combating money laundering", "Loi n° 43-05 relative à la lutte contre le "
                        + "blanchiment de capitaux", "القانون رقم 43.05 المتعلق بمكافحة غسل الأموال"), null),
                        basis(UNTOC, "Articles 12 and 13"), basis(UNCAC, "Articles 54 and 55"))
                .deadline("PT48H", text("Urgent freezing is ordered within 48 hours of receipt; seizure with a view to confiscation "
                        + "follows the ordinary procedure.", "Le gel urgent est ordonné dans les 48 heures de la réception ; la saisie "
                        + "en vue de confiscation suit la procédure ordinaire.", "يؤمر بالتجميد العاجل داخل 48 ساعة من التوصل بالطلب، "
                        + "ويخضع الحجز بقصد المصادرة للمسطرة العادية.")),
                LocalDate.of(2018, 7, 2));

        Sheet tunisia = fiche("TN", "E.50", YES, REQUIRED).requirements(requirements).alternatives("E.60")
                .law(basis(TN_TERRORISM_LAW, null), basis(UNTOC, "Articles 12 and 13"), basis(RIYADH, null))
                .deadline("P2M", null);
        publish(tunisia, LocalDate.of(2018, 5, 2));
        publish(tunisia.dualCriminality(DEPENDS)
                .possibilityNote(text(null, "Depuis la loi organique n° 2019-9, les avoirs liés au financement du terrorisme peuvent "
                        + "être gelés sans double incrimination ; pour les autres infractions, elle reste exigée.", "منذ القانون الأساسي "
                        + "عدد 9 لسنة 2019 أصبح من الممكن تجميد الأموال المرتبطة بتمويل الإرهاب دون اشتراط ازدواجية التجريم، ويبقى هذا "
                        + "الشرط قائما بالنسبة لسائر الجرائم."))
                .law(basis(TN_TERRORISM_LAW, null), basis(text("Organic Law No. 2019-9 of 23 January 2019 amending Organic Law "
                        + "No. 2015-26", "Loi organique n° 2019-9 du 23 janvier 2019 modifiant la loi organique n° 2015-26",
                        "القانون الأساسي عدد 9 لسنة 2019 المؤرخ في 23 جانفي 2019 المتعلق بتنقيح القانون الأساسي عدد 26 لسنة 2015"), null),
                        basis(UNTOC, "Articles 12 and 13"), basis(RIYADH, null)),
                LocalDate.of(2019, 2, 1),
                text("Since Organic Law No. 2019-9, dual criminality is no longer required to freeze assets linked to the financing of "
                        + "terrorism.", "Depuis la loi organique n° 2019-9, la double incrimination n'est plus exigée pour geler les avoirs "
                        + "liés au financement du terrorisme.", "منذ القانون الأساسي عدد 9 لسنة 2019 لم تعد ازدواجية التجريم مشترطة لتجميد "
                        + "الأموال المرتبطة بتمويل الإرهاب."));

        publish(fiche("LB", "E.50", YES, DEPENDS).requirements(requirements).alternatives("E.60")
                .possibilityNote(text(null, "Le secret bancaire n'empêche pas la Commission spéciale d'investigation de geler des "
                        + "comptes.", "لا تحول السرية المصرفية دون قيام هيئة التحقيق الخاصة بتجميد الحسابات."))
                .law(basis(text("Law No. 44 of 24 November 2015 on fighting money laundering and terrorist financing", "Loi n° 44 du "
                        + "24 novembre 2015 sur la lutte contre le blanchiment d'argent et le financement du terrorisme", "القانون رقم 44 "
                        + "تاريخ 24 تشرين الثاني 2015 المتعلق بمكافحة تبييض الأموال وتمويل الإرهاب"), null),
                        basis(UNTOC, "Articles 12 and 13"))
                .executing(text("Special Investigation Commission at the Banque du Liban (bank accounts); the investigating judge "
                        + "(other assets)", "Commission spéciale d'investigation auprès de la Banque du Liban (comptes bancaires) ; juge "
                        + "d'instruction (autres avoirs)", "هيئة التحقيق الخاصة لدى مصرف لبنان (الحسابات المصرفية)؛ قاضي التحقيق (سائر "
                        + "الأموال)"))
                .deadline("P30D", null),
                LocalDate.of(2019, 4, 1));
    }

    private void search() {
        LanguageMap requirements = text("Describe the place precisely, the objects sought and their link with the offence; a copy of "
                + "the order of the requesting judge helps the executing judge.", "Décrire précisément le lieu, les objets recherchés "
                + "et leur lien avec l'infraction ; une copie de l'ordonnance du juge requérant aide le juge d'exécution.", "يجب وصف "
                + "المكان بدقة والأشياء المبحوث عنها وصلتها بالجريمة، ونسخة من أمر القاضي الطالب تساعد القاضي المنفذ.");

        publish(fiche("DZ", "F.10", YES, REQUIRED).requirements(requirements).alternatives("F.20", "D.50")
                .possibilityNote(text(null, "Les perquisitions domiciliaires ont lieu entre 5 heures et 20 heures, sauf pour les "
                        + "infractions de l'article 47, alinéa 3 (drogue, criminalité organisée, terrorisme, blanchiment), où elles "
                        + "peuvent avoir lieu à toute heure.", "يجري تفتيش المساكن بين الساعة الخامسة صباحا والثامنة مساء، إلا في الجرائم "
                        + "المذكورة في الفقرة الثالثة من المادة 47 (المخدرات، الجريمة المنظمة، الإرهاب، تبييض الأموال) حيث يجوز في "
                        + "كل ساعة."))
                .law(code("DZ", "Articles 44 to 47 and 64"), basis(RIYADH, null))
                .deadline("P2M", null),
                LocalDate.of(2018, 6, 1));
        publish(fiche("EG", "F.10", YES, REQUIRED).requirements(requirements)
                .possibilityNote(text("A search of a dwelling requires a reasoned order of the investigating judge or of the Public "
                        + "Prosecution.", null, "يشترط لتفتيش المساكن أمر مسبب من قاضي التحقيق أو من النيابة العامة."))
                .law(code("EG", "Articles 91 and 199"), basis(RIYADH, null))
                .deadline("P3M", null),
                LocalDate.of(2019, 2, 4));
        publish(fiche("MA", "F.10", YES, REQUIRED).requirements(requirements).alternatives("F.20")
                .possibilityNote(text("Searches of dwellings may not begin before 6 a.m. or after 9 p.m., except for terrorist "
                        + "offences.", "Les perquisitions domiciliaires ne peuvent commencer avant 6 heures ni après 21 heures, sauf en "
                        + "matière de terrorisme.", "لا يجوز الشروع في تفتيش المنازل قبل الساعة السادسة صباحا ولا بعد الساعة التاسعة ليلا، "
                        + "إلا في الجرائم الإرهابية."))
                .law(code("MA", "Articles 59 to 62 and 101 to 103"), basis(UNTOC, "Article 18"))
                .deadline("P60D", null),
                LocalDate.of(2018, 3, 1));
        publish(fiche("TN", "F.10", YES, REQUIRED).requirements(requirements)
                .law(code("TN", "Articles 93 to 100"), basis(RIYADH, null))
                .deadline("P2M", null),
                LocalDate.of(2018, 11, 1));
        publish(fiche("IL", "F.10", YES, DEPENDS).requirements(requirements).alternatives("F.20")
                .possibilityNote(text("A magistrate issues the search warrant on the application of the police; the request must "
                        + "show reasonable grounds.", "Un juge délivre le mandat de perquisition à la demande de la police ; la demande "
                        + "doit exposer des motifs raisonnables.", "يصدر القاضي أمر التفتيش بناء على طلب الشرطة، ويجب أن يبين الطلب "
                        + "أسبابا معقولة."))
                .law(basis(text("Criminal Procedure Ordinance (Arrest and Search) [New Version], 5729-1969", "Ordonnance de procédure "
                        + "pénale (arrestation et perquisition) [nouvelle version], 5729-1969", "أمر الإجراءات الجنائية (الاعتقال والتفتيش) "
                        + "[صيغة جديدة] لسنة 1969 (5729)"), null), code("IL", null), basis(EUROPEAN_MLA, "Articles 3 and 5"))
                .deadline("P60D", null),
                LocalDate.of(2018, 9, 3));
    }

    private void serviceOfDocuments() {
        service("DZ", "P2M", LocalDate.of(2018, 4, 2), null);
        service("EG", "P3M", LocalDate.of(2018, 12, 3), null);
        service("JO", "P30D", LocalDate.of(2018, 6, 1), null);
        service("MA", "P60D", LocalDate.of(2018, 3, 1), null);
        service("TN", "P2M", LocalDate.of(2018, 11, 1), null);
        service("PS", "P30D", LocalDate.of(2019, 5, 2), text("Service outside the main cities may take longer.", null,
                "قد يستغرق التبليغ خارج المدن الرئيسية وقتا أطول."));
    }

    private void service(String country, String deadline, LocalDate validFrom, LanguageMap deadlineNote) {
        publish(fiche(country, "D.10", YES, NOT_REQUIRED)
                .requirements(text("Send the document with a translation into a language the addressee understands and the full "
                        + "address, and say whether proof of service or personal service is needed.", "Joindre à l'acte une traduction "
                        + "dans une langue que le destinataire comprend et l'adresse complète, et préciser si une preuve de remise ou une "
                        + "remise à personne est nécessaire.", "يجب إرفاق الوثيقة بترجمة إلى لغة يفهمها المرسل إليه وبعنوانه الكامل، "
                        + "وبيان ما إذا كان يلزم إثبات التبليغ أو التبليغ الشخصي."))
                .law(code(country, null), basis(RIYADH, null), basis(UNTOC, "Article 18, paragraph 3 (d)"))
                .deadline(deadline, deadlineNote),
                validFrom);
    }

    private void criminalRecords() {
        record("DZ", "P30D", LocalDate.of(2018, 4, 2), null);
        record("EG", "P30D", LocalDate.of(2018, 12, 3), null);
        record("JO", "P15D", LocalDate.of(2018, 6, 1), null);
        record("LB", "P30D", LocalDate.of(2019, 4, 1), null);
        record("MA", "P15D", LocalDate.of(2018, 3, 1), text("Central Criminal Records Service of the Ministry of Justice",
                "Service du casier judiciaire central du ministère de la Justice", "مصلحة السجل العدلي المركزي بوزارة العدل"));
        record("TN", "P30D", LocalDate.of(2018, 11, 1), null);
        record("PS", "P15D", LocalDate.of(2019, 5, 2), null);
        publish(records("IL").law(basis(text("Criminal Register and Rehabilitation Law, 5741-1981", "Loi sur le casier judiciaire et la "
                        + "réhabilitation, 5741-1981", "قانون السجل الجنائي وإعادة الاعتبار لسنة 1981 (5741)"), null),
                        basis(EUROPEAN_MLA, "Article 13"))
                .deadline("P14D", text("Urgent requests are answered within 48 hours.", "Les demandes urgentes reçoivent une réponse "
                        + "dans les 48 heures.", "يرد على الطلبات العاجلة داخل 48 ساعة.")),
                LocalDate.of(2018, 7, 2));
    }

    private void record(String country, String deadline, LocalDate validFrom, LanguageMap executing) {
        Sheet sheet = records(country).law(code(country, null), basis(RIYADH, null)).deadline(deadline, null);
        publish(executing == null ? sheet : sheet.executing(executing), validFrom);
    }

    private Sheet records(String country) {
        return fiche(country, "D.20", YES, NOT_REQUIRED).alternatives("D.30")
                .requirements(text("Give the person's full name, parents' names, date and place of birth and nationality, and say "
                        + "what the extract is for.", "Indiquer les nom et prénoms, les noms des parents, la date et le lieu de naissance "
                        + "et la nationalité de la personne, ainsi que l'usage de l'extrait.", "يجب بيان الاسم الكامل للشخص واسمي والديه "
                        + "وتاريخ ومكان ازدياده وجنسيته، والغرض من المستخرج."));
    }

    private void jointInvestigationTeams() {
        LanguageMap requirements = text("A written agreement sets the purpose, the members, the duration and the use of the "
                + "evidence; discuss its draft with the receiving authority before the formal request.", "Un accord écrit fixe "
                + "l'objet, les membres, la durée et l'utilisation des preuves ; son projet est à discuter avec l'autorité "
                + "destinataire avant la demande formelle.", "يحدد اتفاق مكتوب الغرض والأعضاء والمدة وكيفية استعمال الأدلة، وينبغي "
                + "مناقشة مشروعه مع السلطة المتلقية قبل الطلب الرسمي.");
        LanguageMap caseByCase = text("No specific domestic provision: a team can be set up case by case on the basis of article 19 of "
                + "the UNTOC or of a bilateral convention.", "Pas de disposition interne spécifique : une équipe peut être créée au cas "
                + "par cas sur le fondement de l'article 19 de la Convention de Palerme ou d'une convention bilatérale.",
                "لا يوجد حكم داخلي خاص، ويمكن إنشاء فريق في كل حالة على حدة استنادا إلى المادة 19 من اتفاقية باليرمو أو إلى "
                + "اتفاقية ثنائية.");

        publish(fiche("MA", "H.40", PARTIAL, DEPENDS).requirements(requirements).possibilityNote(caseByCase).alternatives("J.10")
                .law(basis(UNTOC, "Article 19"), basis(UNCAC, "Article 49")),
                LocalDate.of(2019, 1, 15));
        publish(fiche("TN", "H.40", PARTIAL, DEPENDS).requirements(requirements).possibilityNote(caseByCase).alternatives("J.10")
                .law(basis(UNTOC, "Article 19"), basis(TN_TERRORISM_LAW, null)),
                LocalDate.of(2019, 6, 3));
        publish(fiche("JO", "H.40", PARTIAL, DEPENDS).requirements(requirements).possibilityNote(caseByCase)
                .law(basis(UNTOC, "Article 19"), basis(text("Arab Convention against Transnational Organized Crime (2010)", null,
                        "الاتفاقية العربية لمكافحة الجريمة المنظمة عبر الحدود الوطنية (2010)"), null)),
                LocalDate.of(2019, 3, 1));
        publish(fiche("DZ", "H.40", NO, UNKNOWN).alternatives("J.10", "J.30")
                .possibilityNote(text(null, "Le droit algérien ne prévoit pas d'équipes communes d'enquête ; les enquêtes peuvent être "
                        + "coordonnées en parallèle, les informations étant échangées par commissions rogatoires.", "لا ينص القانون "
                        + "الجزائري على فرق التحقيق المشتركة، ويمكن تنسيق التحقيقات بصورة متوازية مع تبادل المعلومات عن طريق الإنابات "
                        + "القضائية.")),
                LocalDate.of(2018, 12, 3));
        publish(fiche("IL", "H.40", PARTIAL, DEPENDS).requirements(requirements)
                .possibilityNote(text("Israel has taken part in joint investigations on the basis of ad hoc agreements between the "
                        + "police and the State Attorney's Office and their foreign counterparts.", "Israël a participé à des enquêtes "
                        + "communes sur la base d'accords ad hoc conclus par la police et le Parquet de l'État avec leurs homologues "
                        + "étrangers.", "شاركت إسرائيل في تحقيقات مشتركة على أساس اتفاقات خاصة أبرمتها الشرطة ومكتب النائب العام للدولة مع "
                        + "نظرائهما الأجانب."))
                .law(basis(UNTOC, "Article 19"), code("IL", null)),
                LocalDate.of(2020, 3, 2));
    }

    /** Shows members the review queue: submitted, never published. */
    private void lebanonInterceptionInReview() {
        Sheet lebanon = fiche("LB", "A.11", PARTIAL, REQUIRED).alternatives("A.10")
                .possibilityNote(text(null, "Le juge d'instruction peut ordonner l'interception par décision motivée, pour deux mois "
                        + "au plus, renouvelables, lorsque l'infraction est punie d'au moins un an d'emprisonnement.", "يجوز لقاضي "
                        + "التحقيق أن يأمر باعتراض المخابرات بقرار معلل لمدة أقصاها شهران قابلة للتجديد، إذا كانت الجريمة معاقبا عليها "
                        + "بالحبس مدة سنة على الأقل."))
                .law(basis(text("Law No. 140 of 27 October 1999 on the secrecy of communications", "Loi n° 140 du 27 octobre 1999 "
                        + "relative à la sauvegarde du droit au secret des communications", "القانون رقم 140 تاريخ 27 تشرين الأول 1999 "
                        + "المتعلق بصون الحق بسرية المخابرات"), "Articles 2 to 8"), code("LB", null), basis(UNTOC, "Articles 18 and 20"))
                .deadline("P2M", null)
                .reviewed(LocalDate.of(2024, 10, 1));
        workflow.putDraft("LB", "A.11", null, new FicheDraftInput(lebanon.content(), text("First draft, for review by the CrimEx "
                + "members.", "Premier projet, soumis à l'examen des membres de CrimEx.", "مشروع أول معروض على أعضاء فريق CrimEx "
                + "للمراجعة.")), ACTOR);
        workflow.submit("LB", "A.11", IfMatch.ANY, ACTOR);
    }

    private void publish(Sheet sheet, LocalDate validFrom) {
        publish(sheet, validFrom, FIRST);
    }

    /** Through the real workflow: draft, review, publication as the next revision. */
    private void publish(Sheet sheet, LocalDate validFrom, LanguageMap changeSummary) {
        sheet.reviewed(validFrom.minusDays(14)); // each revision checked by the country shortly before it is published
        workflow.putDraft(sheet.country.code(), sheet.measure, null, new FicheDraftInput(sheet.content(), changeSummary), ACTOR);
        workflow.submit(sheet.country.code(), sheet.measure, IfMatch.ANY, ACTOR);
        workflow.publish(sheet.country.code(), sheet.measure, IfMatch.ANY, validFrom, ACTOR);
    }

    private Sheet fiche(String country, String measure, Possibility possibility, DualCriminality dualCriminality) {
        return new Sheet(countries.get(country), measure, possibility, dualCriminality);
    }

    private LegalBasis code(String country, String articles) {
        return new LegalBasis(countries.get(country).procedureCode(), articles, null);
    }

    private static LegalBasis basis(LanguageMap instrument, String articles) {
        return new LegalBasis(instrument, articles, null);
    }

    private void profile(String code, LanguageMap procedureCode, LanguageMap receiving, List<String> languages, LanguageMap languageNote,
            List<Channel> channels, LanguageMap urgent, Translations translations) {
        UUID ministry = records.organisationId("MOJ-" + code);
        countries.put(code, new Spc(code, ministry, procedureCode, receiving, languages, languageNote, channels, urgent, translations));
    }

    private static LanguageMap text(String en, String fr, String ar) {
        return LanguageMap.of(en, fr, ar);
    }

    /**
     * One fiche being written: starts from the country's profile, and is changed in place between
     * two publications, so that a second revision reads as "the first one, but...".
     */
    private static final class Sheet {

        final Spc country;
        final String measure;
        Possibility possibility;
        LanguageMap possibilityNote;
        List<LegalBasis> legalFramework = List.of();
        LanguageMap executing;
        List<String> languages;
        LanguageMap languageNote;
        String deadline;
        LanguageMap deadlineNote;
        DualCriminality dualCriminality;
        LanguageMap requirements;
        List<String> alternatives = List.of();
        LocalDate lastReviewedOn;

        Sheet(Spc country, String measure, Possibility possibility, DualCriminality dualCriminality) {
            this.country = country;
            this.measure = measure;
            this.possibility = possibility;
            this.dualCriminality = dualCriminality;
            this.languages = country.languages();
            this.languageNote = country.languageNote();
        }

        Sheet possibility(Possibility value, LanguageMap note) {
            possibility = value;
            possibilityNote = note;
            return this;
        }

        Sheet possibilityNote(LanguageMap note) {
            possibilityNote = note;
            return this;
        }

        Sheet dualCriminality(DualCriminality value) {
            dualCriminality = value;
            return this;
        }

        Sheet law(LegalBasis... instruments) {
            legalFramework = List.of(instruments);
            return this;
        }

        Sheet executing(LanguageMap authority) {
            executing = authority;
            return this;
        }

        Sheet languages(List<String> tags, LanguageMap note) {
            languages = tags;
            languageNote = note;
            return this;
        }

        Sheet deadline(String duration, LanguageMap note) {
            deadline = duration;
            deadlineNote = note;
            return this;
        }

        Sheet requirements(LanguageMap text) {
            requirements = text;
            return this;
        }

        Sheet alternatives(String... measureCodes) {
            alternatives = List.of(measureCodes);
            return this;
        }

        Sheet reviewed(LocalDate day) {
            lastReviewedOn = day;
            return this;
        }

        FicheContent content() {
            return new FicheContent(possibility, possibilityNote, legalFramework, new Authority(country.ministry(), country.receiving()),
                    executing == null ? null : new Authority(null, executing), languages, languageNote, deadline, deadlineNote,
                    dualCriminality, country.channels(), country.urgent(), requirements, SAMPLE, alternatives,
                    List.of(SAMPLE_SOURCE), lastReviewedOn, country.translations());
        }
    }
}
