package eu.euromedjustice.member;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import eu.euromedjustice.common.demo.DemoDataContributor;
import eu.euromedjustice.common.demo.DemoRecords;
import eu.euromedjustice.common.i18n.LanguageMap;
import eu.euromedjustice.common.i18n.SearchText;
import eu.euromedjustice.reference.Topic;
import eu.euromedjustice.security.UserService;

/**
 * Fictional CrimEx members: invented names, addresses on example domains and numbers that reach no
 * one, so that the directory, its filters and its privacy rules have something to show. The
 * {@code demo-member} account is linked to the first of them.
 */
@ApplicationScoped
public class MemberDemoData implements DemoDataContributor {

    private static final LocalDate CRIMEX_START = LocalDate.of(2017, 3, 1);

    private final PersonRepository people;
    private final DemoRecords records;
    private final MembershipRepository memberships;
    private final UserService users;

    public MemberDemoData(PersonRepository people, MembershipRepository memberships, UserService users, DemoRecords records) {
        this.people = people;
        this.records = records;
        this.memberships = memberships;
        this.users = users;
    }

    @Override
    public int order() {
        return 110; // after the organisations and the demo accounts
    }

    @Override
    public void load() {
        UUID linked = spc("Karim", "Benalí", "Judge", "TN", "Investigating judge, counter-terrorism pole",
                List.of(Topic.TERRORISM, Topic.EXTRADITION), List.of("ar", "fr", "en"), true,
                "Investigating judge since 2006; Tunisia's contact point for requests on terrorism cases.",
                "قاضي تحقيق منذ 2006، نقطة الاتصال التونسية لطلبات قضايا الإرهاب.", MembershipRole.MEMBER);
        spc("Leïla", "Haddad", null, "TN", "Prosecutor, international cooperation office",
                List.of(Topic.MUTUAL_LEGAL_ASSISTANCE, Topic.ASSET_RECOVERY), List.of("ar", "fr"), false, null, null,
                MembershipRole.ALTERNATE);
        spc("Yacine", "Bouzid", null, "DZ", "Deputy prosecutor general", List.of(Topic.ORGANISED_CRIME, Topic.DRUG_TRAFFICKING),
                List.of("ar", "fr"), true, null, null, MembershipRole.MEMBER);
        spc("Amina", "Kheddar", "Judge", "DZ", "Judge at the specialised criminal division", List.of(Topic.CORRUPTION),
                List.of("ar", "fr", "en"), false, null, null, MembershipRole.ALTERNATE);
        spc("Omar", "El-Sayed", "Counsellor", "EG", "Head of the international cooperation department",
                List.of(Topic.EXTRADITION, Topic.MUTUAL_LEGAL_ASSISTANCE), List.of("ar", "en"), true,
                "Twenty years of experience in extradition and mutual legal assistance with European states.",
                "عشرون عامًا من الخبرة في تسليم المطلوبين والمساعدة القانونية المتبادلة مع الدول الأوروبية.",
                MembershipRole.CHAIR);
        spc("Nour", "Abdelrahman", null, "EG", "Public prosecutor, cybercrime unit",
                List.of(Topic.CYBERCRIME, Topic.ELECTRONIC_EVIDENCE), List.of("ar", "en"), false, null, null,
                MembershipRole.MEMBER);
        spc("Avi", "Rosen", "Adv.", "IL", "Senior deputy, department of international affairs",
                List.of(Topic.MUTUAL_LEGAL_ASSISTANCE, Topic.ELECTRONIC_EVIDENCE), List.of("he", "en"), true, null, null,
                MembershipRole.MEMBER);
        spc("Rania", "Al-Masri", "Judge", "JO", "Judge, State Security Court", List.of(Topic.TERRORISM),
                List.of("ar", "en"), true, null, null, MembershipRole.MEMBER);
        spc("Tariq", "Haddadin", null, "JO", "Prosecutor, anti-corruption commission",
                List.of(Topic.CORRUPTION, Topic.MONEY_LAUNDERING), List.of("ar", "en"), false, null, null,
                MembershipRole.ALTERNATE);
        spc("Joumana", "Khoury", "Judge", "LB", "Investigating judge, Beirut", List.of(Topic.MONEY_LAUNDERING, Topic.ASSET_RECOVERY),
                List.of("ar", "fr", "en"), true,
                "Investigating judge in financial crime; co-author of the CrimEx handbook chapter on asset recovery.",
                "قاضية تحقيق في الجرائم المالية.", MembershipRole.COORDINATOR);
        spc("Salem", "Ben Ali", null, "LY", "Prosecutor, office of the attorney general",
                List.of(Topic.MIGRANT_SMUGGLING, Topic.TRAFFICKING_IN_HUMAN_BEINGS), List.of("ar"), false, null, null,
                MembershipRole.MEMBER);
        spc("Fatima Zahra", "Alaoui", "Judge", "MA", "Director of criminal affairs and pardons",
                List.of(Topic.TRAFFICKING_IN_HUMAN_BEINGS, Topic.MUTUAL_LEGAL_ASSISTANCE), List.of("ar", "fr", "en"), true,
                null, "مديرة الشؤون الجنائية والعفو.", MembershipRole.MEMBER);
        spc("Youssef", "Benjelloun", null, "MA", "Deputy prosecutor, Rabat court of appeal",
                List.of(Topic.TERRORISM, Topic.ELECTRONIC_EVIDENCE), List.of("ar", "fr", "es"), false, null, null,
                MembershipRole.ALTERNATE);
        spc("Hana", "Barghouti", null, "PS", "Prosecutor, international cooperation unit",
                List.of(Topic.MUTUAL_LEGAL_ASSISTANCE), List.of("ar", "en"), true, null, null, MembershipRole.MEMBER);
        spc("Mahmoud", "Qasem", "Judge", "PS", "Judge, court of first instance", List.of(Topic.CORRUPTION),
                List.of("ar"), false, null, null, MembershipRole.OBSERVER);

        spc("Aisha", "Gheriani", null, "LY", "Judge, Tripoli court of appeal", List.of(Topic.TERRORISM, Topic.ORGANISED_CRIME),
                List.of("ar", "en"), true, null, null, MembershipRole.ALTERNATE);
        spc("Rami", "Nassar", null, "LB", "Prosecutor, cassation public prosecution", List.of(Topic.CYBERCRIME),
                List.of("ar", "fr"), false, null, null, MembershipRole.ALTERNATE);
        spc("Miriam", "Levi", "Adv.", "IL", "Deputy state attorney, international department",
                List.of(Topic.EXTRADITION, Topic.ASSET_RECOVERY), List.of("he", "en", "fr"), true, null, null,
                MembershipRole.ALTERNATE);

        Person ended = expert("Sophie", "Lemaire", null, "FR", "EJN", "Contact point, European Judicial Network",
                List.of(Topic.MUTUAL_LEGAL_ASSISTANCE), List.of("fr", "en"), true, MembershipRole.EXPERT);
        end(ended, LocalDate.of(2017, 12, 31));
        expert("Marco", "Bianchi", null, "IT", "EUROJUST", "National member for Italy, Eurojust",
                List.of(Topic.ORGANISED_CRIME, Topic.DRUG_TRAFFICKING), List.of("it", "en", "fr"), true, MembershipRole.EXPERT);
        expert("Ana", "Ferreira", null, "PT", "EUROJUST", "Seconded national expert, Eurojust",
                List.of(Topic.ELECTRONIC_EVIDENCE, Topic.CYBERCRIME), List.of("pt", "en"), false, MembershipRole.EXPERT);
        end(expert("Jonas", "Schäfer", "Dr", "DE", "EJN", "Secretariat, European Judicial Network",
                List.of(Topic.EXTRADITION), List.of("de", "en", "fr"), true, MembershipRole.OBSERVER), LocalDate.of(2018, 12, 31));
        expert("Ingrid", "Ødegård", null, "NO", "UNCTED", "Legal officer, counter-terrorism",
                List.of(Topic.TERRORISM, Topic.MONEY_LAUNDERING), List.of("nb", "en"), true, MembershipRole.EXPERT);
        expert("Elena", "Papadopoulou", null, "GR", "EMJ", "Key expert in criminal justice, EuroMed Justice",
                List.of(Topic.MUTUAL_LEGAL_ASSISTANCE, Topic.ASSET_RECOVERY), List.of("el", "en", "fr"), true,
                MembershipRole.COORDINATOR);
        expert("Pablo", "Núñez", null, "ES", "EMJ", "Team leader, EuroMed Justice",
                List.of(Topic.ORGANISED_CRIME), List.of("es", "en", "fr"), false, MembershipRole.COORDINATOR);

        users.linkIfUnlinked("demo-member", linked);
    }

    /** A practitioner of a South Partner Country, member of CrimEx on behalf of the country. */
    private UUID spc(String given, String family, String honorific, String country, String position, List<Topic> expertise,
            List<String> languages, boolean consent, String biographyEn, String biographyAr, MembershipRole role) {
        Person person = person(given, family, honorific, country, records.organisationId("MOJ-" + country), position, expertise,
                languages, consent, biographyEn == null && biographyAr == null ? null
                        : LanguageMap.of(biographyEn, null, biographyAr));
        membership(person, role, new OnBehalfOf(country, null));
        return person.id;
    }

    /** An expert of a European or international body, in CrimEx on behalf of that body. */
    private Person expert(String given, String family, String honorific, String country, String organisation, String position,
            List<Topic> expertise, List<String> languages, boolean consent, MembershipRole role) {
        UUID organisationId = records.organisationId(organisation);
        Person person = person(given, family, honorific, country, organisationId, position, expertise, languages, consent, null);
        membership(person, role, new OnBehalfOf(null, organisationId));
        return person;
    }

    private Person person(String given, String family, String honorific, String country, UUID organisationId, String position,
            List<Topic> expertise, List<String> languages, boolean consent, LanguageMap biography) {
        String mailbox = SearchText.fold(given.charAt(0) + "." + family).replaceAll("[^a-z.]", "");
        MemberInput input = new MemberInput(given, family, honorific, country, organisationId,
                LanguageMap.of(Map.of("en", position)), expertise, languages, mailbox + "@justice.example",
                // +999 is a country code no one has: these numbers reach no one
                "+999555" + String.format(Locale.ROOT, "%04d", people.count()),
                consent, biography);
        Person person = new Person();
        MemberMapper.apply(input, person);
        people.persist(person);
        return person;
    }

    private void membership(Person person, MembershipRole role, OnBehalfOf onBehalfOf) {
        Membership membership = new Membership();
        membership.personId = person.id;
        MemberMapper.apply(new MembershipInput("CRIMEX", role, onBehalfOf, CRIMEX_START, null), membership);
        memberships.persist(membership);
    }

    /** Some memberships ended: the person left the group on that day. */
    private void end(Person person, LocalDate lastDay) {
        memberships.list("personId", person.id).forEach(membership -> membership.endDate = lastDay);
    }

}
