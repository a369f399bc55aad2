package de.rathaus.catalog.model;

import static org.assertj.core.api.Assertions.assertThat;

import de.rathaus.catalog.model.TextBlocks.BulletList;
import de.rathaus.catalog.model.TextBlocks.Paragraph;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextBlocksTest {

    @Test
    void paragraphsAndLists() {
        String text =
                "Sie melden sich an.\nDas geht schnell.\n\nSie brauchen:\n- Ausweis\n- Wohnungsgeberbestätigung\n\nFertig.";

        assertThat(TextBlocks.parse(text))
                .containsExactly(
                        new Paragraph("Sie melden sich an. Das geht schnell."),
                        new Paragraph("Sie brauchen:"),
                        new BulletList(List.of("Ausweis", "Wohnungsgeberbestätigung")),
                        new Paragraph("Fertig."));
    }

    @Test
    void markupIsTextNotHtml() {
        assertThat(TextBlocks.parse("<b>fett</b>\r\n- <script>x</script>"))
                .containsExactly(new Paragraph("<b>fett</b>"), new BulletList(List.of("<script>x</script>")));
    }

    @Test
    void emptyTextHasNoBlocks() {
        assertThat(TextBlocks.parse("")).isEmpty();
        assertThat(TextBlocks.parse("\n\n-\n")).isEmpty();
        assertThat(TextBlocks.plain("Eins\n- zwei\n- drei")).isEqualTo("Eins zwei drei");
    }
}
