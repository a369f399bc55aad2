package de.rathaus.catalog.web;

import de.rathaus.catalog.model.TextBlocks;
import java.util.List;

/**
 * A content text as the page shows it: paragraphs and lists from the catalogue's markup. The
 * template prints every piece escaped, so content never brings its own HTML.
 */
record Text(List<Piece> pieces) {

    /** A paragraph ({@code items} empty) or a bullet list ({@code paragraph} empty). */
    record Piece(String paragraph, List<String> items) {

        public boolean isList() {
            return !items.isEmpty();
        }
    }

    static Text of(String markup) {
        return new Text(TextBlocks.parse(markup).stream()
                .map(block -> switch (block) {
                    case TextBlocks.Paragraph p -> new Piece(p.text(), List.of());
                    case TextBlocks.BulletList l -> new Piece("", l.items());
                })
                .toList());
    }

    public boolean isEmpty() {
        return pieces.isEmpty();
    }
}
