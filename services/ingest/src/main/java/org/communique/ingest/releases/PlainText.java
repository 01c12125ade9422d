package org.communique.ingest.releases;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Tag;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.Locale;
import java.util.Set;

/**
 * Turns pushed text, which may be HTML, into the plain text that is stored and published: markup and
 * scripts dropped, entities decoded, paragraphs kept as blank lines, Unicode NFC, no control characters,
 * runs of spaces (including no-break spaces) collapsed.
 *
 * <p>Everything here runs on what outsiders send, so nothing backtracks: markup goes through jsoup's
 * parser, and the rest are single passes over the characters, linear in the input whatever it holds (the
 * regular expressions they replace took 13 s on {@code <a} repeated 32,000 times). See {@link TextScan}.
 */
public final class PlainText {

    private static final Set<String> PARAGRAPH_ELEMENTS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6",
            "blockquote", "section", "article", "header", "footer", "aside", "main", "nav", "address", "ul", "ol",
            "dl", "table", "pre", "figure", "figcaption", "hr", "form", "fieldset");
    private static final Set<String> LINE_ELEMENTS = Set.of("li", "tr", "dt", "dd", "caption");
    private static final Set<String> CELL_ELEMENTS = Set.of("td", "th");

    private PlainText() {
    }

    /** Plain text with paragraph structure, for bodies. */
    public static String of(String text) {
        String plain = looksLikeHtml(text) ? htmlToText(text) : text.replace("\r\n", "\n").replace('\r', '\n');
        plain = Nfc.of(plain);
        return TextScan.collapseSpacing(plain).strip();
    }

    /** Plain text on one line, for titles. */
    public static String singleLine(String text) {
        return TextScan.collapseWhitespace(of(text));
    }

    static boolean looksLikeHtml(String text) {
        return TextScan.hasEntity(text) || TextScan.tagNames(text).anyMatch(
                name -> Tag.isKnownTag(name.toLowerCase(Locale.ROOT)));
    }

    private static String htmlToText(String html) {
        StringBuilder text = new StringBuilder(html.length());
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode textNode) {
                    text.append(textNode.text());
                } else if (node instanceof Element element) {
                    if (element.normalName().equals("br")) {
                        text.append('\n');
                    } else {
                        separate(element.normalName(), text);
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element) {
                    separate(element.normalName(), text);
                }
            }
        }, Jsoup.parse(html).body());
        return text.toString();
    }

    private static void separate(String element, StringBuilder text) {
        if (PARAGRAPH_ELEMENTS.contains(element)) {
            endWithNewlines(text, 2);
        } else if (LINE_ELEMENTS.contains(element)) {
            endWithNewlines(text, 1);
        } else if (CELL_ELEMENTS.contains(element)) {
            text.append(' ');
        }
    }

    // whitespace between tags must not turn one line break into two
    private static void endWithNewlines(StringBuilder text, int count) {
        while (!text.isEmpty() && text.charAt(text.length() - 1) == ' ') {
            text.setLength(text.length() - 1);
        }
        int trailing = 0;
        while (trailing < text.length() && text.charAt(text.length() - 1 - trailing) == '\n') {
            trailing++;
        }
        text.append("\n".repeat(Math.max(0, count - trailing)));
    }
}
