package de.rathaus.catalog.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The catalogue's plain-text markup: paragraphs separated by blank lines, lists as lines that
 * start with "- ". Pages render the blocks with escaped text, so no HTML ever comes from content.
 */
public final class TextBlocks {

    /** A block of text on a page. */
    public sealed interface Block permits Paragraph, BulletList {}

    public record Paragraph(String text) implements Block {}

    public record BulletList(List<String> items) implements Block {}

    private TextBlocks() {}

    public static List<Block> parse(String text) {
        List<Block> blocks = new ArrayList<>();
        List<String> paragraph = new ArrayList<>();
        List<String> items = new ArrayList<>();
        for (String raw : text.replace("\r\n", "\n").split("\n", -1)) {
            String line = raw.strip();
            if (line.startsWith("- ") || line.equals("-")) {
                flushParagraph(paragraph, blocks);
                items.add(line.substring(1).strip());
            } else if (line.isEmpty()) {
                flushParagraph(paragraph, blocks);
                flushItems(items, blocks);
            } else {
                flushItems(items, blocks);
                paragraph.add(line);
            }
        }
        flushParagraph(paragraph, blocks);
        flushItems(items, blocks);
        return blocks;
    }

    /** The text without markup, for search and snippets. */
    public static String plain(String text) {
        return String.join(
                " ",
                parse(text).stream()
                        .map(block -> switch (block) {
                            case Paragraph p -> p.text();
                            case BulletList l -> String.join(" ", l.items());
                        })
                        .toList());
    }

    private static void flushParagraph(List<String> lines, List<Block> blocks) {
        if (!lines.isEmpty()) {
            blocks.add(new Paragraph(String.join(" ", lines)));
            lines.clear();
        }
    }

    private static void flushItems(List<String> items, List<Block> blocks) {
        List<String> nonEmpty = items.stream().filter(item -> !item.isEmpty()).toList();
        if (!nonEmpty.isEmpty()) {
            blocks.add(new BulletList(nonEmpty));
        }
        items.clear();
    }
}
