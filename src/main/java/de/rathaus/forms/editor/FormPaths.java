package de.rathaus.forms.editor;

import de.rathaus.forms.FormId;

/** The editor's addresses, in one place for controllers and redirects. */
final class FormPaths {

    static final String LIST = "/verwaltung/formulare";
    static final String NEW = LIST + "/neu";
    static final String IMPORT = LIST + "/import";
    static final String PREVIEW = LIST + "/vorschau";

    private FormPaths() {}

    static String form(FormId id) {
        return LIST + "/" + id.value();
    }

    static String version(FormId id, int version) {
        return form(id) + "/versionen/" + version;
    }

    static String publish(FormId id, int version) {
        return version(id, version) + "/veroeffentlichen";
    }

    static String export(FormId id) {
        return form(id) + "/export.json";
    }
}
