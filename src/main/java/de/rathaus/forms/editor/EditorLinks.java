package de.rathaus.forms.editor;

import de.rathaus.identity.Role;
import de.rathaus.identity.StaffLink;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The form editor's entry on the staff start page, for the roles that may open it. */
@Configuration(proxyBeanMethods = false)
class EditorLinks {

    @Bean
    StaffLink formEditorLink() {
        return new StaffLink(
                FormPaths.LIST,
                "forms.editor.link",
                "forms.editor.link.text",
                Set.of(Role.EDITOR, Role.TENANT_ADMIN),
                310);
    }
}
