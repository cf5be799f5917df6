package org.stepline.fhir.internal;

import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Search results as a searchset Bundle, one page at a time. Paging is by offset in the links themselves, so a next
 * link works on any node and needs nothing remembered between requests.
 */
public final class SearchBundles {

    public static final int DEFAULT_COUNT = 20;
    public static final int LARGEST_COUNT = 100;

    private SearchBundles() {}

    public record Page(int offset, int count) {

        public static Page of(String countParam, String offsetParam) {
            return new Page(
                    number(offsetParam, 0, "_offset"),
                    Math.min(LARGEST_COUNT, Math.max(1, number(countParam, DEFAULT_COUNT, "_count"))));
        }

        private static int number(String value, int otherwise, String name) {
            if (value == null || value.isBlank()) {
                return otherwise;
            }
            try {
                int n = Integer.parseInt(value.trim());
                if (n < 0) {
                    throw new NumberFormatException();
                }
                return n;
            } catch (NumberFormatException e) {
                throw FhirProblem.invalid(name + " must be a whole number of 0 or more, not '" + value + "'");
            }
        }

        public <T> List<T> of(List<T> all) {
            return all.subList(Math.min(offset, all.size()), Math.min(all.size(), offset + count));
        }
    }

    /**
     * @param self the request's address (with its query), from which the page links are made
     * @param total every match, across pages
     */
    public static Bundle searchset(
            String base, String self, Page page, List<? extends Resource> resources, long total) {
        var bundle = new Bundle().setType(Bundle.BundleType.SEARCHSET).setTotal((int) total);
        bundle.addLink().setRelation("self").setUrl(self);
        if (page.offset() + page.count() < total) {
            bundle.addLink().setRelation("next").setUrl(at(self, page.offset() + page.count(), page.count()));
        }
        if (page.offset() > 0) {
            bundle.addLink()
                    .setRelation("previous")
                    .setUrl(at(self, Math.max(0, page.offset() - page.count()), page.count()));
        }
        for (var resource : resources) {
            bundle.addEntry()
                    .setFullUrl(base + "/" + resource.fhirType() + "/"
                            + resource.getIdElement().getIdPart())
                    .setResource(resource)
                    .getSearch()
                    .setMode(Bundle.SearchEntryMode.MATCH);
        }
        return bundle;
    }

    private static String at(String self, int offset, int count) {
        return UriComponentsBuilder.fromUriString(self)
                .replaceQueryParam("_offset", offset)
                .replaceQueryParam("_count", count)
                .build()
                .toUriString();
    }
}
