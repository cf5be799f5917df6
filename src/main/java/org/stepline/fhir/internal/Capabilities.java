package org.stepline.fhir.internal;

import java.util.Date;
import java.util.List;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Enumerations;

/** What the API serves, as the CapabilityStatement at {@code /fhir/metadata}. */
public final class Capabilities {

    private static final Date PUBLISHED = new Date();

    private Capabilities() {}

    public static CapabilityStatement statement(String base, String tokenUrl) {
        var cs = new CapabilityStatement();
        cs.setStatus(Enumerations.PublicationStatus.ACTIVE);
        cs.setDate(PUBLISHED);
        cs.setKind(CapabilityStatement.CapabilityStatementKind.INSTANCE);
        cs.setFhirVersion(Enumerations.FHIRVersion._4_0_1);
        cs.addFormat("application/fhir+json");
        cs.addFormat("application/fhir+xml");
        cs.getSoftware().setName("Stepline");
        cs.getImplementation()
                .setDescription("Stepline NHS Talking Therapies record")
                .setUrl(base);
        var rest = cs.addRest().setMode(CapabilityStatement.RestfulCapabilityMode.SERVER);
        var security = rest.getSecurity();
        security.addService(new CodeableConcept(new Coding(
                "http://terminology.hl7.org/CodeSystem/restful-security-service", "SMART-on-FHIR", "SMART-on-FHIR")));
        // the token endpoint is published at .well-known/smart-configuration (SMART's oauth-uris extension
        // requires an authorize address, which backend services have none of)
        security.setDescription("OAuth 2.0 client credentials with a signed JWT client assertion (SMART Backend "
                + "Services) at " + tokenUrl + "; system scopes such as system/Observation.read");
        for (String type : Scopes.READABLE) {
            var resource = rest.addResource().setType(type);
            resource.addInteraction().setCode(CapabilityStatement.TypeRestfulInteraction.READ);
            resource.addInteraction().setCode(CapabilityStatement.TypeRestfulInteraction.SEARCHTYPE);
            if (Scopes.WRITABLE.contains(type) && type.equals("QuestionnaireResponse")) {
                resource.addInteraction().setCode(CapabilityStatement.TypeRestfulInteraction.CREATE);
            }
            for (var param : searchParams(type)) {
                resource.addSearchParam().setName(param[0]).setType(Enumerations.SearchParamType.fromCode(param[1]));
            }
            resource.addSearchParam().setName("_count").setType(Enumerations.SearchParamType.NUMBER);
        }
        rest.addOperation()
                .setName("export")
                .setDefinition("http://hl7.org/fhir/uv/bulkdata/OperationDefinition/export");
        return cs;
    }

    static List<String[]> searchParams(String type) {
        return switch (type) {
            case "Patient" -> List.of(new String[] {"identifier", "token"}, new String[] {"_lastUpdated", "date"});
            case "Questionnaire" -> List.<String[]>of();
            case "Encounter" -> List.of(new String[] {"patient", "reference"}, new String[] {"date", "date"});
            case "Observation" ->
                List.of(new String[] {"patient", "reference"}, new String[] {"code", "token"}, new String[] {
                    "date", "date"
                });
            default -> List.<String[]>of(new String[] {"patient", "reference"});
        };
    }
}
