package de.rathaus.catalog.editing;

import de.rathaus.catalog.model.ContentProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Content read from an editing form, with what could not be read at all (an amount like "zwölf"),
 * and the way back from a content path ({@code fees[0].amount}, {@code keywords[2]}) to the form
 * field that holds it: rows left empty are skipped in the content, and one-per-line text areas
 * name the line.
 *
 * @param lineFields one-per-line fields by name
 * @param rowFields for repeated rows by name, the form row of each content item
 * @param renamed content paths spelled differently in the form
 */
record Draft<T>(
        T content,
        List<FormProblem> unreadable,
        Map<String, Lines> lineFields,
        Map<String, List<Integer>> rowFields,
        Map<String, String> renamed) {

    private static final Pattern INDEXED = Pattern.compile("(\\w+)\\[(\\d+)](?:\\.(\\w+))?");

    Draft {
        unreadable = List.copyOf(unreadable);
    }

    /** What could not be read, then each of the rules' problems on its form field. */
    List<FormProblem> problems(List<ContentProblem> contentProblems) {
        List<FormProblem> problems = new ArrayList<>(unreadable);
        contentProblems.stream().map(this::onForm).forEach(problems::add);
        return problems;
    }

    FormProblem onForm(ContentProblem problem) {
        String field = problem.field();
        if (renamed.containsKey(field)) {
            return FormProblem.of(renamed.get(field), problem.code());
        }
        Matcher indexed = INDEXED.matcher(field);
        if (indexed.matches()) {
            String list = indexed.group(1);
            int index = Integer.parseInt(indexed.group(2));
            if (lineFields.containsKey(list)) {
                return new FormProblem(
                        list, problem.code(), lineFields.get(list).line(index));
            }
            List<Integer> rows = rowFields.get(list);
            if (rows != null && index < rows.size() && indexed.group(3) != null) {
                return FormProblem.of(list + "[" + rows.get(index) + "]." + indexed.group(3), problem.code());
            }
            return FormProblem.of(list, problem.code());
        }
        return FormProblem.of(field, problem.code());
    }
}
