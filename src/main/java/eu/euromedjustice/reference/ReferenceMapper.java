package eu.euromedjustice.reference;

/** Entity to record and back for the reference feature: the one place that copies fields. */
final class ReferenceMapper {

    private ReferenceMapper() {
    }

    static CountryDto toDto(Country country) {
        return new CountryDto(country.code, country.name, country.region, country.version(), country.updatedAt());
    }

    static OrganisationDto toDto(Organisation organisation) {
        return new OrganisationDto(organisation.id, organisation.name, organisation.acronym, organisation.type,
                organisation.countryCode, organisation.website, organisation.version(), organisation.createdAt(),
                organisation.updatedAt());
    }

    static OrganisationInput toInput(Organisation organisation) {
        return new OrganisationInput(organisation.name, organisation.acronym, organisation.type,
                organisation.countryCode, organisation.website);
    }

    static void apply(OrganisationInput input, Organisation organisation) {
        organisation.name = input.name();
        organisation.acronym = input.acronym();
        organisation.type = input.type();
        organisation.countryCode = input.countryCode();
        organisation.website = input.website();
    }

    static ExpertGroupDto toDto(ExpertGroup group) {
        return new ExpertGroupDto(group.code, group.name, group.mandate, group.startDate, group.endDate,
                group.parentProgramme, group.version(), group.createdAt(), group.updatedAt());
    }

    static ExpertGroupInput toInput(ExpertGroup group) {
        return new ExpertGroupInput(group.code, group.name, group.mandate, group.startDate, group.endDate,
                group.parentProgramme);
    }

    static void apply(ExpertGroupInput input, ExpertGroup group) {
        group.name = input.name();
        group.mandate = input.mandate();
        group.startDate = input.startDate();
        group.endDate = input.endDate();
        group.parentProgramme = input.parentProgramme();
    }
}
