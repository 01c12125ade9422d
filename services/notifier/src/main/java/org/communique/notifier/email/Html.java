package org.communique.notifier.email;

import java.util.List;
import java.util.function.Function;

/** Escaping, and text with highlighted spans rendered for HTML ({@code <mark>}) or plain text ({@code *…*}). */
final class Html {

    private Html() {
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    static String highlightedHtml(String text, List<Highlights.Span> spans) {
        return render(text, spans, Html::escape, "<mark>", "</mark>");
    }

    static String highlightedText(String text, List<Highlights.Span> spans) {
        return render(text, spans, Function.identity(), "*", "*");
    }

    private static String render(String text, List<Highlights.Span> spans, Function<String, String> escape,
                                 String open, String close) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (Highlights.Span span : spans) {
            out.append(escape.apply(text.substring(at, span.start())));
            out.append(open).append(escape.apply(text.substring(span.start(), span.end()))).append(close);
            at = span.end();
        }
        return out.append(escape.apply(text.substring(at))).toString();
    }
}
