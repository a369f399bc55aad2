package de.rathaus.catalog.web;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.parameters.Parameter;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * Words for {@code GET /api/v1/search} in the OpenAPI document. springdoc finds the endpoint by
 * itself; the search package stays free of documentation annotations, so they are added here.
 */
@Component
class SearchApiDocumentation implements OpenApiCustomizer {

    static final String PATH = "/api/v1/search";

    @Override
    public void customise(io.swagger.v3.oas.models.OpenAPI api) {
        if (api.getPaths() == null) {
            return;
        }
        PathItem item = api.getPaths().get(PATH);
        if (item == null || item.getGet() == null) {
            return;
        }
        Operation search = item.getGet();
        search.summary("Search the town's published services, FAQs and offices")
                .description("German full text with synonyms and typo tolerance; hits are ranked and carry a "
                        + "snippet whose marked parts matched the query. A corrected query is returned when "
                        + "the search was done with a spelling correction.");
        if (search.getTags() == null || search.getTags().isEmpty()) {
            search.addTagsItem("Catalogue");
        }
        if (search.getParameters() != null) {
            for (Parameter parameter : search.getParameters()) {
                switch (parameter.getName()) {
                    case "q" -> parameter.description("What the citizen looks for, in plain words");
                    case "limit" -> parameter.description("How many hits to return (default 10)");
                    default -> {}
                }
            }
        }
        search.getResponses()
                .computeIfPresent("400", (code, response) -> response.description("Missing query or bad limit"));
    }
}
