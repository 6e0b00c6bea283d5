// How a single-page app uses the types openapi-typescript generates from openapi.yaml; `check`
// compiles it with tsc --strict, so a contract that types badly fails CI.
import type { components, paths } from "../target/contract/api";

type Schemas = components["schemas"];

const organisation: Schemas["Organisation"] = {
  id: "0193f2a3-5b7c-7d8e-9f01-23456789abcd",
  name: { en: "Ministry of Justice of Tunisia", ar: "وزارة العدل التونسية" },
  type: "NATIONAL_AUTHORITY",
  countryCode: "TN",
  version: 0,
  createdAt: "2026-11-27T10:15:30Z",
  updatedAt: "2026-11-27T10:15:30Z",
};

type OrganisationPage = paths["/api/v1/organisations"]["get"]["responses"][200]["content"]["application/json"];
const page: OrganisationPage = { items: [organisation], next: "WyJvcmdhbmlzYXRpb25zIl0" };

const patch: Schemas["OrganisationInputPatch"] = { website: "https://www.justice.gov.tn" };

const problem: Schemas["Problem"] = {
  type: "https://euromed-justice.eu/problems/validation-failed",
  title: "Validation failed",
  status: 400,
  errors: [{ field: "name", message: "must contain an English (en) text" }],
};

type LoginProblem = paths["/api/v1/auth/token"]["post"]["responses"][401]["content"]["application/problem+json"];
const unauthorized: LoginProblem = { ...problem, status: 401 };

// @ts-expect-error a language map takes only the languages of the API
const german: Schemas["LanguageMap"] = { de: "Justizministerium" };

// @ts-expect-error an organisation type is one of the documented values
const invalidType: Schemas["Organisation"]["type"] = "MINISTRY";

// a member as a PARTNER sees it: personal properties are absent and named in withheld
const member: Schemas["Member"] = {
  id: "0193f2a3-5b7c-7d8e-9f01-23456789abcd",
  name: "Judge Karim Benalí",
  givenName: "Karim",
  familyName: "Benalí",
  countryCode: "TN",
  expertise: ["TERRORISM", "EXTRADITION"],
  memberships: [{
    id: "0193f2a3-5b7c-7d8e-9f01-23456789abce",
    memberId: "0193f2a3-5b7c-7d8e-9f01-23456789abcd",
    expertGroup: "CRIMEX",
    role: "MEMBER",
    onBehalfOf: { countryCode: "TN" },
    startDate: "2017-03-01",
    version: 0,
    createdAt: "2026-11-27T10:15:30Z",
    updatedAt: "2026-11-27T10:15:30Z",
  }],
  withheld: ["languages", "email", "phone", "contactConsent", "biography"],
  version: 1,
  createdAt: "2026-11-27T10:15:30Z",
  updatedAt: "2026-11-27T10:15:30Z",
};
const emailLabel = member.withheld.includes("email") ? "not shown to your role" : member.email ?? "none given";

type MemberFilters = NonNullable<paths["/api/v1/members"]["get"]["parameters"]["query"]>;
const filters: MemberFilters = { expertGroup: "CRIMEX", role: "CHAIR", activeOn: "2026-11-27", q: "benali" };

const consent: Schemas["MemberInputPatch"] = { contactConsent: true };

// @ts-expect-error expertise is one of the documented topics
const piracy: Schemas["Member"]["expertise"] = ["PIRACY"];

export const examples = [organisation, page, patch, problem, unauthorized, german, invalidType, member, emailLabel,
  filters, consent, piracy];
