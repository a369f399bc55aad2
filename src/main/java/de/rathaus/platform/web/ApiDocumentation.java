package de.rathaus.platform.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The title page of the OpenAPI document at {@code /api/v1/openapi.json}: the modules' REST
 * controllers under {@code /api/v1} describe their own operations (springdoc reads them).
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    @Bean
    OpenAPI rathausApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Rathaus API")
                        .version("v1")
                        .description("The public JSON API of a Rathaus town hall. The town is chosen by the host name; "
                                + "errors are RFC 9457 problem details (application/problem+json).")
                        .license(new License().name("EUPL-1.2").identifier("EUPL-1.2")));
    }
}
