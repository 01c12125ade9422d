package org.communique.ingest.releases;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Tag;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Turns pushed text, which may be HTML, into the plain text that is stored and published: markup and
 * scripts dropped, entities decoded, paragraphs kept as blank lines, Unicode NFC, no control characters,
 * runs of spaces (including no-break spaces) collapsed.
 *
 * <p>Every pattern here runs on what outsiders send, so they are RE2/J patterns: linear time in the
 * input whatever it holds (a backtracking engine took 13 s on {@code <a} repeated 32,000 times).
 */
public final class PlainText {

    private static final Pattern TAG = Pattern.compile("</?([a-zA-Z][a-zA-Z0-9]*)\\b[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(?:[a-zA-Z][a-zA-Z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6});");
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0b-\\x1f\\x7f-\\x{9f}]");
    /** Horizontal white space as Java's {@code \\h}: tab, space, no-break and the other Unicode spaces. */
    private static final String HORIZONTAL = "\\t \\x{a0}\\x{1680}\\x{180e}\\x{2000}-\\x{200a}\\x{202f}\\x{205f}\\x{3000}";
    private static final Pattern SPACES = Pattern.compile("[" + HORIZONTAL + "]+");
    private static final Pattern SPACE_AROUND_NEWLINE = Pattern.compile(" ?\\n ?");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");
    /** White space as Java's Unicode {@code \\s}. */
    private static final Pattern WHITESPACE = Pattern.compile(
            "[" + HORIZONTAL + "\\n\\x0b\\f\\r\\x{85}\\x{2028}\\x{2029}]+");

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
        plain = Normalizer.normalize(plain, Normalizer.Form.NFC);
        plain = CONTROL.matcher(plain).replaceAll("");
        plain = SPACES.matcher(plain).replaceAll(" ");
        plain = SPACE_AROUND_NEWLINE.matcher(plain).replaceAll("\n");
        plain = BLANK_LINES.matcher(plain).replaceAll("\n\n");
        return plain.strip();
    }

    /** Plain text on one line, for titles. */
    public static String singleLine(String text) {
        return WHITESPACE.matcher(of(text)).replaceAll(" ");
    }

    static boolean looksLikeHtml(String text) {
        if (ENTITY.matcher(text).find()) {
            return true;
        }
        Matcher tag = TAG.matcher(text);
        while (tag.find()) {
            if (Tag.isKnownTag(tag.group(1).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
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
